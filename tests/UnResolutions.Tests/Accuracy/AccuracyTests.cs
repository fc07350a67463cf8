using System.Text.Json.Nodes;
using UnResolutions.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Accuracy;

/// <summary>
/// Scores every committed fixture (Fixtures/ods and Fixtures/dev/&lt;set&gt;/ods, each with its expected facts) as
/// <c>shared/tools/score.py</c> scores a dev set, and fails below the floor. docs/accuracy.md explains the measure and
/// gives the dev-set numbers; <c>dotnet test --filter Category=Accuracy</c> runs this alone and prints the table.
/// </summary>
[TestFixture]
[Category("Accuracy")]
public class AccuracyTests
{
    /// <summary>Documents with every fact but the recital lead phrases right, in percent. Every committed fixture is exact.</summary>
    private const double StructureFloorPct = 100.0;

    /// <summary>
    /// Recitals whose lead phrase is the UN's, in percent, over the fixtures whose recital count is right, per body: the
    /// issue's targets. The UN's own markup sets the same words with different italics on about 0.2 % of GA recitals
    /// and 4 % of SC recitals, so these are near the ceiling.
    /// </summary>
    private static readonly Dictionary<string, double> LeadPhraseFloorPct = new() { ["GA"] = 99.5, ["SC"] = 95.0 };

    private sealed record Scored(string Name, string Body, List<string> Wrong, (List<string?> Got, List<string?> Want)? Leads);

    /// <summary>Every committed fixture with expected facts: (display name, text path, expected path).</summary>
    public static IEnumerable<(string Name, string Text, string Expected)> Sources()
    {
        string root = Fixtures.Directory;
        foreach (string text in Directory.GetFiles(Path.Combine(root, "ods"), "*.txt").Order(StringComparer.Ordinal))
        {
            string expected = Path.Combine(root, "expected", Path.GetFileNameWithoutExtension(text) + ".json");
            if (File.Exists(expected)) { yield return ("fixtures/" + Path.GetFileNameWithoutExtension(text), text, expected); }
        }
        string dev = Path.Combine(root, "dev");
        if (!Directory.Exists(dev)) { yield break; }
        foreach (string set in Directory.GetDirectories(dev).Order(StringComparer.Ordinal))
        {
            foreach (string text in Directory.GetFiles(Path.Combine(set, "ods"), "*.txt").Order(StringComparer.Ordinal))
            {
                string expected = Path.Combine(set, "expected", Path.GetFileNameWithoutExtension(text) + ".json");
                if (File.Exists(expected)) { yield return ($"dev/{Path.GetFileName(set)}/{Path.GetFileNameWithoutExtension(text)}", text, expected); }
            }
        }
    }

    private static Scored Score((string Name, string Text, string Expected) source)
    {
        var tree = ResolutionSyntaxTree.ParseText(File.ReadAllText(source.Text));
        // As score.py: the last document of a file is the one matched to the file's expected facts.
        ResolutionDocument? last = null;
        foreach (ResolutionDocument document in ResolutionModel.EnumerateDocuments(tree)) { last = document; }
        var expected = (JsonObject)JsonNode.Parse(File.ReadAllText(source.Expected))!;
        string body = expected["symbol"]?.GetValue<string>().StartsWith("S/", StringComparison.Ordinal) == true ? "SC" : "GA";
        if (last == null) { return new Scored(source.Name, body, ["(no document)"], null); }
        var json = (JsonObject)JsonNode.Parse(ResolutionJson.Serialize(last))!;
        return new Scored(source.Name, body, AccuracyScorer.WrongFields(json, expected), AccuracyScorer.LeadPhrases(json, expected));
    }

    [Test]
    public void The_committed_fixtures_score_at_or_above_the_floor()
    {
        List<Scored> scored = Sources().Select(Score).ToList();
        Assert.That(scored, Has.Count.GreaterThanOrEqualTo(13), "the fixtures were not found");

        int structureExact = scored.Count(s => s.Wrong.All(f => f == "preambleLeadPhrases"));
        double structurePct = 100.0 * structureExact / scored.Count;
        var leadPct = new Dictionary<string, double>();
        foreach (string body in LeadPhraseFloorPct.Keys)
        {
            int recitals = scored.Where(s => s.Body == body).Sum(s => s.Leads?.Want.Count ?? 0);
            int right = scored.Where(s => s.Body == body).Sum(s => s.Leads is { } l ? l.Got.Zip(l.Want).Count(p => p.First == p.Second) : 0);
            leadPct[body] = recitals == 0 ? 100.0 : 100.0 * right / recitals;
            TestContext.Out.WriteLine($"{body}: {scored.Count(s => s.Body == body)} documents, leadPhraseRecitalPct {leadPct[body]:0.00} ({recitals} recitals)");
        }
        TestContext.Out.WriteLine($"{scored.Count} documents; structureExactPct {structurePct:0.00}");
        foreach (string field in AccuracyScorer.Fields)
        {
            int wrong = scored.Count(s => s.Wrong.Contains(field));
            TestContext.Out.WriteLine($"  {field,-22} {100.0 * (scored.Count - wrong) / scored.Count,7:0.00} %");
        }
        string failures = string.Join("; ", scored.Where(s => s.Wrong.Count > 0).Select(s => $"{s.Name}: {string.Join(", ", s.Wrong)}"));
        TestContext.Out.WriteLine(failures.Length == 0 ? "every fixture exact" : "not exact: " + failures);

        Assert.Multiple(() =>
        {
            Assert.That(structurePct, Is.GreaterThanOrEqualTo(StructureFloorPct), "structureExactPct below the floor: " + failures);
            foreach ((string body, double floor) in LeadPhraseFloorPct)
            {
                Assert.That(leadPct[body], Is.GreaterThanOrEqualTo(floor), $"{body} leadPhraseRecitalPct below the floor: " + failures);
            }
        });
    }

    [Test]
    public void The_scorer_sees_a_wrong_count()
    {
        // The port of score.py must be able to fail: a document with one recital too few is not exact.
        (string Name, string Text, string Expected) source = Sources().First(s => s.Name == "fixtures/A_RES_71_242");
        var tree = ResolutionSyntaxTree.ParseText(File.ReadAllText(source.Text));
        var json = (JsonObject)JsonNode.Parse(ResolutionJson.Serialize(ResolutionModel.FromTree(tree)[0]))!;
        var expected = (JsonObject)JsonNode.Parse(File.ReadAllText(source.Expected))!;
        Assert.That(AccuracyScorer.WrongFields(json, expected), Is.Empty);

        ((JsonArray)json["preamble"]!).RemoveAt(0);
        Assert.That(AccuracyScorer.WrongFields(json, expected), Does.Contain("preambleCount").And.Contain("preambleLeadPhrases"));
    }
}
