using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Json.Schema;
using UnResolutions.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Json;

/// <summary>
/// The committed schema is a contract, checked by a real JSON Schema validator (JsonSchema.Net): the document JSON of
/// every fixture (English, French, Spanish) is valid, and what the model never writes is not.
/// </summary>
[TestFixture]
public class SchemaValidationTests
{
    private static readonly string SchemaPath = Path.Combine(Fixtures.RepositoryRoot, "docs", "schema", "resolution.schema.json");

    // Built once: the validator's registry keeps each $id it has seen.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>Every raw text fixture: Fixtures/ods, the dev sets in Fixtures/dev and the French and Spanish ones in Fixtures/languages.</summary>
    public static IEnumerable<TestCaseData> AllFixtures() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "Fixtures"), path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => new TestCaseData(relative).SetArgDisplayNames(relative));

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors != null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).Take(10));

    private static EvaluationResults Evaluate(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, Options);
    }

    [TestCaseSource(nameof(AllFixtures))]
    public void The_document_json_of_every_fixture_is_valid(string relative)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relative));
        IReadOnlyList<ResolutionDocument> documents = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text));
        Assert.That(documents, Is.Not.Empty);
        foreach (ResolutionDocument document in documents)
        {
            // As the library writes it, and as the CLI does (with its source).
            foreach (string json in new[] { ResolutionJson.Serialize(document), ResolutionJson.Serialize(document with { Source = relative }, indent: true) })
            {
                EvaluationResults results = Evaluate(json);
                Assert.That(results.IsValid, Is.True, $"{relative}: {document.Symbol}\n{Errors(results)}");
            }
        }
    }

    [Test]
    public void Json_the_model_never_writes_is_invalid()
    {
        JsonObject valid = JsonNode.Parse(ResolutionJson.Serialize(ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(Fixtures.Ods("A_RES_77_128_A-B")))[0]))!.AsObject();
        Assert.That(Evaluate(valid.ToJsonString()).IsValid, Is.True);

        JsonObject Changed(Action<JsonObject> change)
        {
            JsonObject copy = valid.DeepClone().AsObject();
            change(copy);
            return copy;
        }

        var invalid = new Dictionary<string, string>
        {
            ["the empty object"] = "{}",
            ["an array"] = "[]",
            ["a member missing"] = Changed(o => o.Remove("title")).ToJsonString(),
            ["a member unknown"] = Changed(o => o["titel"] = "x").ToJsonString(),
            ["a member unknown in a nested object"] = Changed(o => o["adoption"]!["meetingg"] = "x").ToJsonString(),
            ["a member missing in a list item"] = Changed(o => o["parts"]![0]!["operative"]![0]!.AsObject().Remove("leadPhrase")).ToJsonString(),
            ["another schema version"] = Changed(o => o["schemaVersion"] = "0.9").ToJsonString(),
            ["a date that is no date"] = Changed(o => o["adoption"]!["date"] = "7 December 2022").ToJsonString(),
            ["an unknown organ"] = Changed(o => o["body"] = "Trusteeship").ToJsonString(),
        };
        Assert.Multiple(() =>
        {
            foreach ((string what, string json) in invalid)
            {
                Assert.That(Evaluate(json).IsValid, Is.False, what);
            }
        });
    }

    [Test]
    public void Every_object_of_the_schema_requires_all_its_members_and_allows_no_other()
    {
        JsonNode schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        var objects = new List<(string Path, JsonObject Node)>();
        void Walk(JsonNode? node, string path)
        {
            if (node is JsonObject obj)
            {
                if (obj["properties"] is JsonObject) { objects.Add((path, obj)); }
                foreach ((string key, JsonNode? child) in obj) { Walk(child, path + "/" + key); }
            }
            else if (node is JsonArray array)
            {
                for (int i = 0; i < array.Count; i++) { Walk(array[i], path + "/" + i); }
            }
        }
        Walk(schema, "#");
        Assert.That(objects, Has.Count.GreaterThan(10));
        Assert.Multiple(() =>
        {
            foreach ((string path, JsonObject obj) in objects)
            {
                Assert.That(obj["required"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(obj["properties"]!.AsObject().Select(p => p.Key)), path);
                Assert.That(obj["additionalProperties"]?.GetValue<bool>(), Is.False, path);
            }
        });
    }

    [Test]
    public void The_id_is_the_raw_url_of_the_committed_file_in_the_repository_of_the_packages()
    {
        string id = JsonNode.Parse(File.ReadAllText(SchemaPath))!["$id"]!.GetValue<string>();
        string repository = XDocument.Load(Path.Combine(Fixtures.RepositoryRoot, "Directory.Build.props")).Descendants("RepositoryUrl").Single().Value;
        Assert.That(repository, Does.StartWith("https://github.com/"));
        string raw = repository.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal) + "/main/";
        Assert.That(id, Is.EqualTo(raw + Path.GetRelativePath(Fixtures.RepositoryRoot, SchemaPath).Replace('\\', '/')));
        Assert.That(File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "docs", "json.md")), Does.Contain(id), "docs/json.md gives the $id");
    }
}
