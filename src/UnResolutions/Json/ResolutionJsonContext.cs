using System.Text.Json.Serialization;
using UnResolutions.Model;

namespace UnResolutions.Json;

/// <summary>
/// The source-generated System.Text.Json context of the document model: no reflection at run time, so it works
/// trimmed and with native AOT. Names are camelCase, enums are strings, members keep the declared order.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ResolutionDocument))]
public sealed partial class ResolutionJsonContext : JsonSerializerContext
{
}
