using System.Text.Json;
using System.Text.Json.Serialization;

namespace UnResolutions.Tools.Diff;

/// <summary>Writes a <see cref="ResolutionComparison"/> as JSON (camelCase, enums as strings; see docs/tools.md).</summary>
public static class DiffJson
{
    private static readonly DiffJsonContext Indented = new(new JsonSerializerOptions(DiffJsonContext.Default.Options) { WriteIndented = true });

    /// <summary>The comparison as a JSON string; one line unless <paramref name="indent"/>.</summary>
    public static string Serialize(ResolutionComparison comparison, bool indent = false)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return JsonSerializer.Serialize(comparison, (indent ? Indented : DiffJsonContext.Default).ResolutionComparison);
    }
}

/// <summary>The source-generated JSON context of the comparison (no reflection: trimmed and AOT builds work).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ResolutionComparison))]
internal sealed partial class DiffJsonContext : JsonSerializerContext
{
}
