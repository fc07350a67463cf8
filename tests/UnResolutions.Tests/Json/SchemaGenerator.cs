using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using UnResolutions.Json;
using UnResolutions.Model;

namespace UnResolutions.Tests.Json;

/// <summary>
/// Generates docs/schema/resolution.schema.json from the model types with <see cref="JsonSchemaExporter"/>, the
/// descriptions taken from the library's XML documentation. <see cref="SchemaTests"/> fails when the committed file
/// is stale; run it with UNRES_UPDATE_SCHEMA=1 to rewrite the file.
/// </summary>
internal static partial class SchemaGenerator
{
    /// <summary>
    /// The schema's <c>$id</c>: the raw URL of the committed file on the main branch of the repository (the
    /// packages' RepositoryUrl), so that it resolves; docs/json.md says so.
    /// </summary>
    public const string Id = "https://raw.githubusercontent.com/unresolutions/unresolutions/main/docs/schema/resolution.schema.json";

    public static string Generate()
    {
        Dictionary<string, string> docs = ReadXmlDocs(Path.Combine(AppContext.BaseDirectory, "UnResolutions.xml"));
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                string? description = null;
                if (context.PropertyInfo?.AttributeProvider is MemberInfo member && member.DeclaringType != null)
                {
                    docs.TryGetValue($"P:{member.DeclaringType.FullName}.{member.Name}", out description);
                }
                else if (context.Path.IsEmpty || context.TypeInfo.Type.IsEnum)
                {
                    docs.TryGetValue($"T:{context.TypeInfo.Type.FullName}", out description);
                }
                if (node is not JsonObject obj) { return node; }
                if (description != null) { obj.Insert(0, "description", description); }
                if (context.PropertyInfo is { Name: "schemaVersion", DeclaringType: var type } && type == typeof(ResolutionDocument))
                {
                    obj["const"] = ResolutionModel.SchemaVersion;
                }
                // A contract, not a hint: every member is always written (null or [] when the text does not give
                // it), and no other member is allowed, so {} or a misspelt member does not validate.
                if (obj["properties"] is JsonObject properties)
                {
                    obj["required"] = new JsonArray([.. properties.Select(p => JsonValue.Create(p.Key))]);
                    obj["additionalProperties"] = false;
                }
                return node;
            },
        };
        JsonNode schema = ResolutionJsonContext.Default.Options.GetJsonSchemaAsNode(typeof(ResolutionDocument), exporterOptions);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Id,
            ["title"] = "UN resolution (UnResolutions document model, schema version " + ResolutionModel.SchemaVersion + ")",
        };
        foreach (KeyValuePair<string, JsonNode?> property in schema.AsObject().ToList())
        {
            schema.AsObject().Remove(property.Key);
            root[property.Key] = property.Value;
        }
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static Dictionary<string, string> ReadXmlDocs(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (XElement member in XDocument.Load(path).Descendants("member"))
        {
            XElement? summary = member.Element("summary");
            string? name = member.Attribute("name")?.Value;
            if (summary == null || name == null) { continue; }
            string text = string.Concat(summary.Nodes().Select(n => n switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "see" } see => (see.Attribute("cref")?.Value ?? see.Attribute("langword")?.Value ?? string.Empty).Split('.', ':')[^1],
                XElement e => e.Value,
                _ => string.Empty,
            }));
            result[name] = Whitespace().Replace(text, " ").Trim();
        }
        return result;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
