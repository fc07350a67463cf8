using System.Text.Json.Nodes;
using UnResolutions.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Json;

/// <summary>The committed JSON Schema is the one the types give, and the JSON the model writes has its members.</summary>
[TestFixture]
public class SchemaTests
{
    private static string SchemaPath => Path.Combine(Fixtures.RepositoryRoot, "docs", "schema", "resolution.schema.json");

    [Test]
    public void Committed_schema_is_current()
    {
        string generated = SchemaGenerator.Generate();
        if (Environment.GetEnvironmentVariable("UNRES_UPDATE_SCHEMA") == "1") { File.WriteAllText(SchemaPath, generated); }
        Assert.That(File.Exists(SchemaPath), Is.True, "docs/schema/resolution.schema.json is missing: run the tests with UNRES_UPDATE_SCHEMA=1");
        Assert.That(File.ReadAllText(SchemaPath).ReplaceLineEndings("\n"), Is.EqualTo(generated),
            "docs/schema/resolution.schema.json is stale: run 'UNRES_UPDATE_SCHEMA=1 dotnet test --filter Committed_schema_is_current' and commit the file");
    }

    [Test]
    public void Every_member_of_the_model_json_is_in_the_schema_with_a_description()
    {
        JsonObject schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
        var document = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(Fixtures.Ods("A_RES_77_128_A-B")))[0];
        JsonObject json = JsonNode.Parse(ResolutionJson.Serialize(document))!.AsObject();
        JsonObject properties = schema["properties"]!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(json.Select(p => p.Key), Is.EqualTo(properties.Select(p => p.Key)));
            foreach (KeyValuePair<string, JsonNode?> property in properties)
            {
                Assert.That(property.Value?["description"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, property.Key);
            }
            Assert.That(schema["description"]?.GetValue<string>(), Does.Contain("resolution"));
        });
    }
}
