using System.Buffers;
using System.Text.Json;
using UnResolutions.Model;

namespace UnResolutions.Json;

/// <summary>Reads and writes <see cref="ResolutionDocument"/> as JSON (see <c>docs/json.md</c> and <c>docs/schema/resolution.schema.json</c>).</summary>
public static class ResolutionJson
{
    // The source-generation attribute cannot name an encoder: the contexts that write carry JsonOutput's.
    private static readonly ResolutionJsonContext OneLine = new(new JsonSerializerOptions(ResolutionJsonContext.Default.Options) { Encoder = JsonOutput.Encoder });
    private static readonly ResolutionJsonContext Indented = new(new JsonSerializerOptions(OneLine.Options) { WriteIndented = true });

    private static ResolutionJsonContext Context(bool indent) => indent ? Indented : OneLine;

    /// <summary>The document as a JSON string; one line unless <paramref name="indent"/>; text unescaped (<see cref="JsonOutput"/>).</summary>
    public static string Serialize(ResolutionDocument document, bool indent = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, Context(indent).ResolutionDocument);
    }

    /// <summary>Writes the document as UTF-8 JSON to <paramref name="output"/>.</summary>
    public static void Serialize(ResolutionDocument document, IBufferWriter<byte> output, bool indent = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, JsonOutput.WriterOptions(indent));
        JsonSerializer.Serialize(writer, document, Context(indent).ResolutionDocument);
    }

    /// <summary>Writes the document as UTF-8 JSON to <paramref name="output"/>.</summary>
    public static void Serialize(ResolutionDocument document, Stream output, bool indent = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        JsonSerializer.Serialize(output, document, Context(indent).ResolutionDocument);
    }

    /// <summary>Reads a document written by <see cref="Serialize(ResolutionDocument, bool)"/>.</summary>
    /// <exception cref="JsonException">The JSON is not a resolution document.</exception>
    public static ResolutionDocument Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, ResolutionJsonContext.Default.ResolutionDocument)
            ?? throw new JsonException("The JSON is null, not a resolution document.");
    }
}
