using System.Xml.Linq;
using UnResolutions.Akn;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Akn;

/// <summary>The Akoma Ntoso writer: schema-valid, conformant and unique eIds, no dangling reference, on every fixture and random input.</summary>
[TestFixture]
public class AknWriterTests
{
    /// <summary>Every raw fixture of the repository: the UN's fixtures, their translations, the dev copies and the language sets.</summary>
    public static IEnumerable<string> AllFixtures()
    {
        return new[] { "ods", "translations", "dev", "languages" }
            .SelectMany(f => Directory.EnumerateFiles(AknFacts.FixturePath(f), "*.txt", SearchOption.AllDirectories))
            .Select(p => Path.GetRelativePath(AknFacts.FixturePath(), p)).Order(StringComparer.Ordinal);
    }

    private static List<string> Outputs(string text) => AknFacts.Convert(text).Select(c => c.Xml).ToList();

    /// <summary>Schema errors, non-conformant or repeated eIds and dangling references of one output.</summary>
    internal static List<string> Problems(string xml)
    {
        var problems = AknFacts.SchemaErrors(xml);
        XDocument document = XDocument.Parse(xml);
        List<string> ids = AknFacts.EIds(document);
        problems.AddRange(ids.Where(id => !AknFacts.ConformantEId().IsMatch(id)).Select(id => "eId not conformant: " + id));
        problems.AddRange(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => "eId repeated: " + g.Key));
        problems.AddRange(AknFacts.DanglingLocalReferences(document).Select(id => "dangling reference: #" + id));
        return problems;
    }

    [TestCaseSource(nameof(AllFixtures))]
    public void Every_fixture_is_valid_AKN_with_conformant_unique_eIds(string fixture)
    {
        string text = File.ReadAllText(AknFacts.FixturePath(fixture));
        foreach (string xml in Outputs(text))
        {
            Assert.That(Problems(xml), Is.Empty, fixture);
        }
    }

    [TestCaseSource(nameof(AllFixtures))]
    public void The_text_of_every_recital_paragraph_and_note_is_the_models(string fixture)
    {
        XNamespace akn = AknWriter.Namespace;
        foreach ((ResolutionDocument document, string xml) in AknFacts.Convert(File.ReadAllText(AknFacts.FixturePath(fixture))))
        {
            List<string> expected = ModelTexts(document).Order(StringComparer.Ordinal).ToList();
            // Each text block: a recital's, a paragraph's or point's (content, intro), a recital's item, a note's (not the placeholder of an empty body).
            List<string> actual = XDocument.Parse(xml).Descendants(akn + "p")
                .Where(p => p.Attribute("class") == null && p.Parent!.Name.LocalName is "container" or "content" or "intro" or "item" or "authorialNote"
                    && p.Parent.Parent?.Name.LocalName != "hcontainer")
                .Select(p => string.Concat(p.DescendantNodes().OfType<XText>()
                    .Where(t => !t.Ancestors().TakeWhile(a => a != p).Any(a => a.Name.LocalName == "authorialNote")).Select(t => t.Value)))
                .Order(StringComparer.Ordinal).ToList();
            Assert.That(actual, Is.EqualTo(expected), fixture);
        }
    }

    /// <summary>The texts the XML must hold: each paragraph's lead phrase and text, each sub-paragraph's, each footnote's once, cited or not.</summary>
    private static IEnumerable<string> ModelTexts(ResolutionDocument d)
    {
        static string Text(string? lead, string text) => lead == null ? text : text.Length > 0 ? lead + " " + text : lead;
        static IEnumerable<string> Points(IEnumerable<Subparagraph> points) => points.SelectMany(s => Points(s.Subparagraphs).Prepend(s.Text));
        IEnumerable<Paragraph> paragraphs = d.Preamble.Concat(d.Operative).Concat(d.Parts.SelectMany(p => p.Preamble.Concat(p.Operative)))
            .Concat(d.Annexes.SelectMany(a => a.Paragraphs));
        var cited = d.TitleFootnoteRefs.Concat(d.Parts.SelectMany(p => p.TitleFootnoteRefs)).Concat(d.Annexes.SelectMany(a => a.TitleFootnoteRefs))
            .Concat(paragraphs.SelectMany(p => p.HeadingFootnoteRefs.Concat(p.FootnoteRefs).Concat(Refs(p.Subparagraphs))))
            .Concat(d.Footnotes.Select(f => f.Number)).ToHashSet();
        static IEnumerable<int> Refs(IEnumerable<Subparagraph> points) => points.SelectMany(s => s.FootnoteRefs.Concat(Refs(s.Subparagraphs)));
        // A paragraph with sub-paragraphs and no text of its own has no intro; a note whose footnote is missing has an empty text.
        return paragraphs.SelectMany(p => Points(p.Subparagraphs).Concat(p.Subparagraphs.Count > 0 && p.LeadPhrase == null && p.Text.Length == 0 && p.FootnoteRefs.Count == 0 ? [] : [Text(p.LeadPhrase, p.Text)]))
            .Concat(cited.Select(n => d.Footnotes.FirstOrDefault(f => f.Number == n)?.Text ?? string.Empty));
    }

    [Test]
    public void Random_inputs_give_valid_AKN()
    {
        // Pieces of real resolutions shuffled, plus characters XML cannot hold: whatever the parser makes of them is written validly.
        string[] lines = File.ReadAllLines(Fixtures.OdsPath("A_RES_71_242")).Concat(File.ReadAllLines(Fixtures.OdsPath("S_RES_2522_2020")))
            .Concat(["\u0001\u000B control\u0000", "\uD800 lone surrogate", "1.\tDecides\u000C;", "(a)\t", "Annex", "\t1\tfootnote\uFFFF"]).ToArray();
        var random = new Random(20261202);
        for (int round = 0; round < 60; round++)
        {
            string text = string.Join(random.Next(3) == 0 ? "\r\n" : "\n", Enumerable.Range(0, random.Next(1, 120)).Select(_ => lines[random.Next(lines.Length)]));
            foreach (string xml in Outputs(text))
            {
                Assert.That(Problems(xml), Is.Empty, $"round {round}:\n{text}");
            }
        }
    }

    [Test]
    public void The_schema_check_rejects_what_the_schema_forbids()
    {
        // So that the checks above cannot pass by validating nothing: an unknown element, a required attribute left out.
        string valid = AknWriter.WriteToString(ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(Fixtures.Ods("A_RES_71_242"))).Single());
        Assert.That(AknFacts.SchemaErrors(valid), Is.Empty);
        Assert.That(valid, Does.Contain("<num>1.</num>"));
        Assert.That(AknFacts.SchemaErrors("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><foo/></akomaNtoso>"), Is.Not.Empty);
        Assert.That(AknFacts.SchemaErrors(valid.Replace("<num>1.</num>", "<num>1.</num><bogus/>", StringComparison.Ordinal)), Is.Not.Empty);
        Assert.That(AknFacts.SchemaErrors(valid.Replace("<formula name=\"enactingFormula\"", "<formula", StringComparison.Ordinal)), Is.Not.Empty);
    }

    [TestCase("A_RES_71_242")]
    [TestCase("S_RES_2744_2024")]
    [TestCase("A_RES_77_128_A-B")]
    public void An_XmlWriter_gets_the_same_XML_as_a_stream(string name)
    {
        // The stream and string overloads use their own UTF-8 writer: it must write what the XmlWriter path writes.
        // The text gets the characters both must escape, in text and in an attribute (a container's name).
        string text = Fixtures.Ods(name).Replace("Recalling", "Recalling & <also> \"quoted\"", StringComparison.Ordinal)
            .Replace("Reaffirming", "Reaffirming\t&", StringComparison.Ordinal);
        foreach ((ResolutionDocument document, string xml) in AknFacts.Convert(text))
        {
            var builder = new System.Text.StringBuilder();
            using (var writer = System.Xml.XmlWriter.Create(builder, new System.Xml.XmlWriterSettings { Indent = true }))
            {
                AknWriter.Write(document, writer);
            }
            Assert.That(XNode.DeepEquals(XDocument.Parse(xml), XDocument.Parse(builder.ToString())), Is.True, name);
            Assert.That(Problems(xml), Is.Empty);
        }
    }

    [Test]
    public void An_empty_input_gives_a_valid_document()
    {
        Assert.That(Problems(AknWriter.WriteToString(ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText("")).Single())), Is.Empty);
    }
}
