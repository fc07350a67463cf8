using System.Text.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;
using UnResolutions.Tools.Citations;

namespace UnResolutions.Tests.Tools;

[TestFixture]
public class CitationFinderTests
{
    [Test]
    public void Every_resolution_of_the_first_recital_of_71_242_is_an_edge_with_its_date()
    {
        var first = CitationFinder.Find(ToolFixtures.Document("A_RES_71_242")).Where(c => c.Section == "preamble" && c.Position == 1).ToList();
        var want = new (string, string)[]
        {
            ("A/RES/49/108", "1994-12-19"), ("A/RES/51/170", "1996-12-16"), ("A/RES/53/177", "1998-12-15"), ("A/RES/55/187", "2000-12-20"),
            ("A/RES/57/243", "2002-12-20"), ("A/RES/59/249", "2004-12-22"), ("A/RES/61/215", "2006-12-20"), ("A/RES/63/231", "2008-12-19"),
            ("A/RES/65/175", "2010-12-20"), ("A/RES/67/225", "2012-12-21"), ("A/RES/69/235", "2014-12-19"),
        };
        Assert.That(first.Select(c => (c.Cited, c.CitedDate?.ToString("yyyy-MM-dd"))), Is.EqualTo(want));
        Assert.That(first, Has.All.Matches<Citation>(c => c.Citing == "A/RES/71/242" && c.LeadPhrase == "Recalling" && c.CitedKind == "resolution" && !c.InFootnote));
    }

    [Test]
    public void The_span_is_the_citation_in_the_source()
    {
        string text = Fixtures.Ods("A_RES_71_242");
        foreach (Citation c in CitationFinder.Find(ToolFixtures.FromText(text)))
        {
            Assert.That(text.Substring(c.Start, c.Length), Is.EqualTo(c.Text));
        }
    }

    [Test]
    public void A_citation_in_a_footnote_belongs_to_the_paragraph_that_cites_the_footnote()
    {
        // Recital 6: "Taking note of the outcome documents of the fourteenth session of UNCTAD …" with footnote 3, "TD/519/Add.1 and 2."
        Citation c = CitationFinder.Find(ToolFixtures.Document("A_RES_71_242")).Single(c => c.Cited == "TD/519/Add.1");
        Assert.That((c.Section, c.Position, c.LeadPhrase, c.InFootnote, c.Footnote, c.CitedKind), Is.EqualTo(("preamble", (int?)6, (string?)"Taking note", true, (int?)3, "document")));
    }

    [Test]
    public void An_operative_citation_has_the_paragraph_number()
    {
        var cites = CitationFinder.Find(ToolFixtures.Document("A_RES_71_242")).Where(c => c.Section == "operative" && c.Paragraph == "25").Select(c => c.Cited);
        Assert.That(cites, Is.EqualTo(new[] { "A/RES/69/313", "A/RES/70/1" }));
    }

    [Test]
    public void Security_council_resolutions_are_normalized_with_their_year()
    {
        var cites = CitationFinder.Find(ToolFixtures.Dev("sc", "S_RES_2509_2020")).Where(c => c.Section == "preamble" && c.Position == 1).ToList();
        Assert.That(cites.Select(c => c.Cited), Does.Contain("S/RES/1970 (2011)").And.Contain("S/RES/1973 (2011)"));
        Assert.That(cites.Select(c => c.CitedKind), Is.All.EqualTo("security-council-resolution"));
        Assert.That(cites.Select(c => c.Citing), Is.All.EqualTo("S/RES/2509 (2020)"));
    }

    [Test]
    public void A_decision_is_an_edge_with_its_symbol_and_date()
    {
        // 80/110 recital 2: "… resolution 78/272 of 24 April 2024, decision 78/560 of 13 August 2024 and …".
        Citation c = CitationFinder.Find(ToolFixtures.Document("A_RES_80_110")).Single(c => c.CitedKind == "decision");
        Assert.That((c.Cited, c.Text, c.CitedDate?.ToString("yyyy-MM-dd"), c.Section, c.Position, c.LeadPhrase), Is.EqualTo(("A/DEC/78/560", "78/560", (string?)"2024-08-13", "preamble", (int?)2, (string?)"Recalling")));
    }

    /// <summary>
    /// The acts a translation cites, with their dates, are those its English version cites: the texts are translations.
    /// Where they differ the texts do, as read: 75/23's French names part B of 74/92 again ("74/92 A et 74/92 B", where the
    /// English writes "74/92 A, entitled …, and 74/92 B"), and 2522's French and Spanish write "la résolution 2367 (2017)"
    /// where the English has "the values set forth in 2367 (2017)", with no keyword.
    /// </summary>
    [TestCase("A_RES_75_129", "fr")]
    [TestCase("A_RES_75_23", "es")]
    [TestCase("A_RES_75_23", "fr")]
    [TestCase("A_RES_75_231", "es")]
    [TestCase("A_RES_75_308", "es")]
    [TestCase("A_RES_75_308", "fr")]
    [TestCase("A_RES_77_128_A-B", "es")]
    [TestCase("A_RES_77_128_A-B", "fr")]
    [TestCase("A_RES_77_261", "es")]
    [TestCase("A_RES_79_222", "fr")]
    [TestCase("A_RES_80_110", "es")]
    [TestCase("A_RES_80_110", "fr")]
    [TestCase("S_RES_2522_2020", "es", "S/RES/2367 (2017)")]
    [TestCase("S_RES_2522_2020", "fr", "S/RES/2367 (2017)")]
    [TestCase("S_RES_2744_2024", "es")]
    [TestCase("S_RES_2744_2024", "fr")]
    public void A_translation_cites_the_acts_its_english_version_cites(string name, string language, params string[] onlyTranslated)
    {
        static HashSet<(string, string?)> Acts(string text) =>
        [
            .. ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text)).SelectMany(CitationFinder.Find)
                .Where(c => c.CitedKind is "resolution" or "security-council-resolution" or "decision")
                .Select(c => (c.Cited, c.CitedDate?.ToString("yyyy-MM-dd"))),
        ];
        HashSet<(string, string?)> english = Acts(Fixtures.Ods(name));
        HashSet<(string, string?)> translated = Acts(File.ReadAllText(ToolFixtures.Path2("translations", "ods", $"{name}-{language}.txt")));
        if (name == "A_RES_75_23" && language == "fr") { english.Add(("A/RES/74/92 B", null)); }
        translated.RemoveWhere(a => onlyTranslated.Contains(a.Item1));
        Assert.That(english, Is.Not.Empty);
        Assert.That(translated, Is.EquivalentTo(english));
    }

    [Test]
    public void An_empty_document_has_no_citation() =>
        Assert.That(CitationFinder.Find(ToolFixtures.FromText("")), Is.Empty);

    [Test]
    public void Csv_has_a_header_and_quotes_what_needs_it()
    {
        var writer = new StringWriter();
        CitationWriter.WriteCsvHeader(writer);
        CitationWriter.WriteCsv([new Citation { Citing = "A/RES/1/1", Cited = "S/RES/2334 (2016)", CitedKind = "security-council-resolution", Section = "preamble", Position = 2, LeadPhrase = "Recalling", Text = "2334 (2016)", Source = "a,\"b\".txt" }], writer);
        string[] lines = writer.ToString().Split("\r\n");
        Assert.That(lines[0], Is.EqualTo(CitationWriter.CsvHeader));
        Assert.That(lines[1], Is.EqualTo("A/RES/1/1,S/RES/2334 (2016),security-council-resolution,,preamble,,2,,Recalling,false,,2334 (2016),0,0,\"a,\"\"b\"\".txt\""));
    }

    [Test]
    public void Json_lines_are_one_object_per_citation()
    {
        var writer = new StringWriter();
        IReadOnlyList<Citation> all = CitationFinder.Find(ToolFixtures.Document("A_RES_71_242"));
        CitationWriter.WriteJsonLines(all, writer);
        string[] lines = writer.ToString().TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(all.Count));
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        Assert.That(first.RootElement.GetProperty("cited").GetString(), Is.EqualTo("A/RES/49/108"));
        Assert.That(first.RootElement.GetProperty("citedDate").GetString(), Is.EqualTo("1994-12-19"));
        Assert.That(first.RootElement.GetProperty("inFootnote").GetBoolean(), Is.False);
    }
}
