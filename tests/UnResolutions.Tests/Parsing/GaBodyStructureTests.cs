using System.Text.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// The body structure of General Assembly resolutions from dev/ga (copied to <c>Fixtures/dev/ga</c>): a formula
/// without its comma, headings before the operative paragraphs, section letters inside one body, a part issued
/// alone, tables. Each document is checked against the facts read from the UN's own markup.
/// </summary>
[TestFixture]
public class GaBodyStructureTests
{
    private static string DevPath(string kind, string name, string extension) =>
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "dev", "ga", kind, name + extension);

    private static ResolutionDocument Convert(string name, out ResolutionSyntaxTree tree)
    {
        string text = File.ReadAllText(DevPath("ods", name, ".txt"));
        tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text), "lossless");
        IReadOnlyList<ResolutionDocument> documents = ResolutionModel.FromTree(tree);
        Assert.That(documents, Has.Count.EqualTo(1), "one resolution, not two");
        return documents[0];
    }

    private static JsonElement Expected(string name) => JsonDocument.Parse(File.ReadAllText(DevPath("expected", name, ".json"))).RootElement;

    private static int Subparagraphs(IEnumerable<Subparagraph> list) => list.Sum(s => 1 + Subparagraphs(s.Subparagraphs));

    /// <summary>The structural facts, counted the way <c>score.py</c> counts them.</summary>
    private static void AssertStructure(string name)
    {
        ResolutionDocument d = Convert(name, out _);
        JsonElement e = Expected(name);
        List<Paragraph> preamble = [.. d.Preamble, .. d.Parts.SelectMany(p => p.Preamble)];
        List<Paragraph> operative = [.. d.Operative, .. d.Parts.SelectMany(p => p.Operative)];
        Assert.Multiple(() =>
        {
            Assert.That(preamble, Has.Count.EqualTo(e.GetProperty("preambleCount").GetInt32()), "preambleCount");
            Assert.That(operative.Where(p => p.Number != null).Select(p => p.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Is.EqualTo(e.GetProperty("operativeNumbers").EnumerateArray().Select(n => n.GetString()!.TrimEnd('.'))), "operativeNumbers");
            Assert.That(d.Parts.Select(p => p.Label), Is.EqualTo(e.GetProperty("parts").EnumerateArray().Select(p => p.GetString())), "parts");
            Assert.That(preamble.Concat(operative).Sum(p => Subparagraphs(p.Subparagraphs)), Is.EqualTo(e.GetProperty("subparagraphCount").GetInt32()), "subparagraphCount");
            Assert.That(d.Footnotes, Has.Count.EqualTo(e.GetProperty("footnoteCount").GetInt32()), "footnoteCount");
        });
    }

    // "\tThe General Assembly" alone before "\tAdopts the following declaration:" and before "\t1.\tAuthorizes …".
    [TestCase("A_RES_75_1")]
    [TestCase("A_RES_75_255")]
    public void A_formula_without_its_comma_is_the_formula(string name)
    {
        AssertStructure(name);
        Assert.That(Convert(name, out _).Formula, Is.EqualTo("The General Assembly"));
    }

    // "\t\tGovernance of the United Nations Human Settlements Programme (UN-Habitat)" between the last recital and "1.".
    [Test]
    public void A_heading_before_the_first_operative_paragraph_is_a_heading_not_a_recital()
    {
        AssertStructure("A_RES_75_224");
        ResolutionDocument d = Convert("A_RES_75_224", out _);
        Assert.That(d.Operative[0].Heading, Is.EqualTo("Governance of the United Nations Human Settlements Programme (UN-Habitat)"));
    }

    // Sections "\t\tA" to "\t\tD" with their titles among the operative paragraphs (numbering restarts), no formula after them.
    [Test]
    public void A_section_letter_inside_the_body_is_a_heading_not_a_part()
    {
        AssertStructure("A_RES_75_245");
        ResolutionDocument d = Convert("A_RES_75_245", out _);
        Assert.Multiple(() =>
        {
            Assert.That(d.Title, Is.EqualTo("United Nations common system"));
            Assert.That(d.Adoption.Meeting, Is.EqualTo("48th (resumed) plenary meeting"));
            Assert.That(d.Operative.Select(p => p.Heading).OfType<string>(), Does.Contain("B Evolution of the margin and margin management around the desirable midpoint"));
        });
    }
}
