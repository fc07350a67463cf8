using System.Text.Json;
using UnResolutions.Diagnostics;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Corpus;

/// <summary>Every corpus file against the facts read from the UN's own markup (Fixtures/expected).</summary>
[TestFixture]
public class CorpusCountTests
{
    public static IEnumerable<string> Names() => Fixtures.OdsNames();

    private static (ResolutionSyntaxTree Tree, ResolutionFacts Facts, JsonElement Expected) Load(string name)
    {
        var tree = ResolutionSyntaxTree.ParseText(Fixtures.Ods(name));
        ResolutionSyntax resolution = tree.GetRoot().Resolution ?? throw new AssertionException($"{name}: no resolution");
        return (tree, new ResolutionFacts(resolution), Fixtures.Expected(name));
    }

    [TestCaseSource(nameof(Names))]
    public void Has_one_resolution(string name)
    {
        var tree = ResolutionSyntaxTree.ParseText(Fixtures.Ods(name));
        Assert.That(tree.GetRoot().Resolutions, Has.Count.EqualTo(1));
    }

    [TestCaseSource(nameof(Names))]
    public void Recital_count_matches(string name)
    {
        var (_, facts, expected) = Load(name);
        Assert.That(facts.Recitals, Has.Count.EqualTo(expected.GetProperty("preambleCount").GetInt32()));
    }

    [TestCaseSource(nameof(Names))]
    public void Recital_lead_phrases_match(string name)
    {
        var (_, facts, expected) = Load(name);
        var phrases = expected.GetProperty("preambleLeadPhrases").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.That(facts.LeadPhrases, Is.EqualTo(phrases));
    }

    [TestCaseSource(nameof(Names))]
    public void Operative_numbers_match(string name)
    {
        var (_, facts, expected) = Load(name);
        var numbers = expected.GetProperty("operativeNumbers").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.That(facts.OperativeNumbers, Is.EqualTo(numbers));
        Assert.That(facts.OperativeNumbers, Has.Count.EqualTo(expected.GetProperty("operativeCount").GetInt32()));
    }

    [TestCaseSource(nameof(Names))]
    public void Unnumbered_paragraph_count_matches(string name)
    {
        var (_, facts, expected) = Load(name);
        if (!expected.TryGetProperty("unnumberedParagraphCount", out JsonElement count)) { Assert.Ignore("not recorded for this file"); }
        // The UN's markup sometimes lays sub-paragraphs out flat, as unnumbered paragraphs (75/23: "(a)" to "(f)"
        // under paragraph 3), and counts them there; here they are sub-paragraphs of their paragraph.
        int flat = expected.GetProperty("subparagraphs").GetProperty("flat").GetInt32();
        Assert.That(facts.UnnumberedCount, Is.AnyOf(count.GetInt32(), count.GetInt32() - flat));
    }

    [TestCaseSource(nameof(Names))]
    public void Subparagraph_count_matches(string name)
    {
        var (_, facts, expected) = Load(name);
        Assert.That(facts.Subparagraphs, Has.Count.EqualTo(expected.GetProperty("subparagraphCount").GetInt32()));
    }

    [TestCaseSource(nameof(Names))]
    public void Footnote_markers_match(string name)
    {
        var (_, facts, expected) = Load(name);
        var markers = expected.GetProperty("footnoteMarkers").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.That(facts.FootnoteMarkers, Is.EqualTo(markers));
    }

    [TestCaseSource(nameof(Names))]
    public void Every_footnote_is_cited_in_order(string name)
    {
        var (tree, facts, expected) = Load(name);
        List<string> references = facts.FootnoteReferences;
        if (expected.TryGetProperty("footnoteReferences", out JsonElement all))
        {
            Assert.That(references, Is.EqualTo(all.EnumerateArray().Select(e => e.GetString()).ToList()));
        }
        // New numbers first appear in order 1, 2, 3, …; every footnote is cited.
        var firsts = references.Distinct().ToList();
        Assert.That(firsts, Is.EqualTo(facts.FootnoteMarkers));
        Assert.That(tree.GetDiagnostics().Where(d => d.Code == "UNR0201"), Is.Empty);
    }

    [TestCaseSource(nameof(Names))]
    public void Header_matches(string name)
    {
        var (_, facts, expected) = Load(name);
        HeaderSyntax header = facts.Resolution.Header!;
        Assert.Multiple(() =>
        {
            Assert.That(header.AdoptionLine?.Date?.ToString("yyyy-MM-dd"), Is.EqualTo(expected.GetProperty("adoptionDate").GetString()));
            Assert.That(header.TitleLine?.Number.Text, Is.EqualTo(expected.GetProperty("number").GetString()));
            string? title = expected.GetProperty("title").GetString();
            Assert.That(header.TitleLine!.Title, Is.EqualTo(title));
            string? committee = expected.GetProperty("committee").GetString();
            Assert.That(header.OriginLine?.Committee.IsMissing == false ? header.OriginLine.Committee.Text : null, Is.EqualTo(committee));
            string? document = expected.GetProperty("originatingDocument").GetString();
            if (document != null) { Assert.That(header.OriginLine!.Documents.First().Text, Is.EqualTo(document.Split(" and ")[0])); }
            string? meeting = expected.GetProperty("meeting").GetString();
            string? actual = facts.Resolution.Closing?.Meeting.Text ?? facts.Resolution.Parts.FirstOrDefault()?.Closing?.Meeting.Text
                ?? (header.AdoptionLine?.Meeting.IsMissing == false ? header.AdoptionLine.Meeting.Text : null);
            Assert.That(actual, Is.EqualTo(meeting));
        });
    }

    [TestCaseSource(nameof(Names))]
    public void Has_no_warnings(string name)
    {
        var (tree, _, _) = Load(name);
        // Infos say what the reader may want to know (71/242 cites its note 4 twice, UNR0205); none is a warning.
        Assert.That(tree.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => d.ToString()), Is.Empty);
    }
}
