using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using UnResolutions.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Json;

/// <summary>The document model and its JSON, against golden files, the expected facts and the UN's own markup.</summary>
[TestFixture]
public partial class ModelJsonTests
{
    public static IEnumerable<string> Names() => Fixtures.OdsNames();

    public static IEnumerable<string> AknNames() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "akn"), "*.xml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    private static ResolutionDocument Model(string name) => ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(Fixtures.Ods(name))).Single();

    private static string GoldenPath(string name) => Path.Combine(Fixtures.RepositoryRoot, "tests", "UnResolutions.Tests", "Fixtures", "golden", name + ".json");

    [TestCase("A_RES_71_242")]
    [TestCase("A_RES_67_225")]
    public void Json_matches_the_golden_file(string name)
    {
        string json = ResolutionJson.Serialize(Model(name), indent: true).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("UNRES_UPDATE_GOLDEN") == "1") { File.WriteAllText(GoldenPath(name), json); }
        Assert.That(json, Is.EqualTo(File.ReadAllText(GoldenPath(name)).ReplaceLineEndings("\n")));
    }

    [Test]
    public void Values_of_71_242_are_as_specified()
    {
        ResolutionDocument d = Model("A_RES_71_242");
        Assert.Multiple(() =>
        {
            Assert.That(d.Body, Is.EqualTo(Organ.GeneralAssembly));
            Assert.That(d.DocumentType, Is.EqualTo("resolution"));
            Assert.That((d.Number, d.Session, d.Symbol), Is.EqualTo(("71/242", (int?)71, "A/RES/71/242")));
            Assert.That(d.Adoption, Is.EqualTo(new Adoption { Date = new DateOnly(2016, 12, 21), Meeting = "66th plenary meeting" }));
            Assert.That((d.Origin!.Committee, d.Origin.Document, d.Origin.WithoutReference), Is.EqualTo(("Second Committee", "A/71/467/Add.2", false)));
            Assert.That(d.Footnotes[0], Is.EqualTo(d.Footnotes[0] with { Number = 1, Text = "See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex." }));
            Assert.That(d.Preamble[4].Text, Does.Contain("the Paris Agreement and its early entry into force"));
            Assert.That(d.Preamble[4].FootnoteRefs, Is.EqualTo(new[] { 1, 2 }));
            Assert.That(d.Operative[1].FootnoteRefs, Is.EqualTo(new[] { 4 }));
            Assert.That(d.Ods!.Docket, Is.EqualTo("16-22825 (E)"));
            Assert.That(d.Ods.JobNumber, Is.EqualTo("N1646151E"));
        });
        string json = ResolutionJson.Serialize(d);
        Assert.That(json, Does.Contain("\"body\":\"GeneralAssembly\""));
        Assert.That(json, Does.Contain("\"adoption\":{\"date\":\"2016-12-21\",\"meeting\":\"66th plenary meeting\"}"));
    }

    [Test]
    public void Strings_are_clean()
    {
        foreach (string name in Names())
        {
            string json = ResolutionJson.Serialize(Model(name));
            Assert.That(json, Does.Not.Contain("\\t"), name);
            Assert.That(json, Does.Not.Contain("  "), name);
        }
        Assert.That(Model("A_RES_71_242").Operative[1].Text, Does.EndWith("towards inclusive and sustainable industrial development;"));
    }

    [Test]
    public void Origin_document_is_the_symbol_alone_and_the_paragraph_an_integer()
    {
        Origin origin = Model("A_RES_75_231").Origin!;
        Assert.That((origin.Document, origin.Paragraph), Is.EqualTo(("A/75/462/Add.2", (int?)7)));
        Origin without = Model("A_RES_75_129").Origin!;
        Assert.That((without.Committee, without.WithoutReference, without.Document), Is.EqualTo(((string?)null, true, "A/75/L.48")));
        Assert.That(without.Documents, Is.EqualTo(new[] { "A/75/L.48", "A/75/L.48/Add.1" }));
    }

    [Test]
    public void Security_council_values()
    {
        ResolutionDocument d = Model("S_RES_2744_2024");
        Assert.Multiple(() =>
        {
            Assert.That((d.Body, d.Symbol, d.Number), Is.EqualTo(((Organ?)Organ.SecurityCouncil, "S/RES/2744 (2024)", "2744 (2024)")));
            Assert.That((d.Session, d.Title, d.Origin), Is.EqualTo(((int?)null, (string?)null, (Origin?)null)));
            Assert.That(d.Adoption, Is.EqualTo(new Adoption { Date = new DateOnly(2024, 7, 19), Meeting = "9689th meeting" }));
        });
        ResolutionDocument written = Model("S_RES_2522_2020");
        Assert.That(written.Adoption, Is.EqualTo(new Adoption { Date = new DateOnly(2020, 5, 29), Meeting = null }), "adoption by written procedure has no meeting");
    }

    [Test]
    public void Parts_hold_the_paragraphs_and_the_top_level_lists_are_empty()
    {
        ResolutionDocument d = Model("A_RES_77_128_A-B");
        Assert.Multiple(() =>
        {
            Assert.That((d.Preamble.Count, d.Operative.Count), Is.EqualTo((0, 0)));
            Assert.That(d.Parts.Select(p => (p.Label, p.Title, p.Preamble.Count, p.Operative.Count(o => o.Number != null))),
                Is.EqualTo(new[] { ("A", "Information in the service of humanity", 2, 0), ("B", "United Nations global communications policies and activities", 19, 159) }));
            Assert.That(d.Parts[1].Operative[0].Heading, Is.EqualTo("I Introduction"));
            Assert.That(d.Parts[0].Operative[0].Subparagraphs.Select(s => s.Label), Is.EqualTo(new[] { "a", "b", "c", "d", "e", "f" }));
            Assert.That(d.Parts[0].Operative[0].Subparagraphs[4].Subparagraphs.Select(s => s.Label), Is.EqualTo(new[] { "i", "ii", "iii", "iv" }));
        });
    }

    [Test]
    public void References_of_the_first_recital_and_footnotes_of_71_242()
    {
        ResolutionDocument d = Model("A_RES_71_242");
        var resolutions = d.Preamble[0].References.Where(r => r.Kind == ReferenceKind.Resolution).ToList();
        var dates = d.Preamble[0].References.Where(r => r.Kind == ReferenceKind.Date).ToList();
        string source = Fixtures.Ods("A_RES_71_242");
        Assert.Multiple(() =>
        {
            Assert.That(resolutions.Select(r => r.Text), Is.EqualTo(new[] { "49/108", "51/170", "53/177", "55/187", "57/243", "59/249", "61/215", "63/231", "65/175", "67/225", "69/235" }));
            Assert.That(resolutions.Select(r => r.Value), Has.All.StartsWith("A/RES/"));
            Assert.That(dates.Select(r => r.Value), Is.EqualTo(new[] { "1994-12-19", "1996-12-16", "1998-12-15", "2000-12-20", "2002-12-20", "2004-12-22", "2006-12-20", "2008-12-19", "2010-12-20", "2012-12-21", "2014-12-19" }));
            Assert.That(d.Preamble[0].References.All(r => source.Substring(r.Start, r.Length) == r.Text), Is.True, "positions point into the source");
            Assert.That(d.Footnotes[7].References.Select(r => (r.Kind, r.Value)), Is.EqualTo(new[] { (ReferenceKind.DocumentSymbol, "A/71/264") }));
            Assert.That(d.Footnotes[0].References.Select(r => (r.Kind, r.Value)), Is.EqualTo(new[] { (ReferenceKind.DocumentSymbol, "FCCC/CP/2015/10/Add.1") }));
        });
    }

    /// <summary>
    /// On a many-resolution input, the streamed documents are those of each resolution, and the diagnostics outside every
    /// resolution go to the nearest one.
    /// </summary>
    [Test]
    public void EnumerateDocuments_gives_one_document_per_resolution_with_the_diagnostics_around_it()
    {
        // Every corpus file back to back, with garbage before the first and after the last (kept in the last trailer).
        string text = string.Join("\n", Names().Select(Fixtures.Ods).Prepend("\u0001before\n").Append("\u0001after"));
        var tree = ResolutionSyntaxTree.ParseText(text);
        List<ResolutionSyntax> resolutions = tree.GetRoot().Resolutions.ToList();
        List<ResolutionDocument> streamed = ResolutionModel.EnumerateDocuments(tree).ToList();

        Assert.That(streamed, Has.Count.EqualTo(resolutions.Count).And.Count.GreaterThanOrEqualTo(Names().Count()));
        for (int i = 0; i < resolutions.Count; i++)
        {
            ResolutionDocument own = ResolutionModel.FromResolution(resolutions[i]);
            Assert.That(streamed[i] with { Diagnostics = [] }, Is.EqualTo(own with { Diagnostics = [] }), $"resolution {i}");
        }
        Assert.That(streamed.Sum(d => d.Diagnostics.Count), Is.EqualTo(tree.GetDiagnostics().Count));
        Assert.That(streamed[0].Diagnostics.Select(d => (d.Code, d.Line)), Does.Contain(("UNR0101", 1)));
        Assert.That(streamed[^1].Diagnostics.Select(d => (d.Code, d.Line)), Does.Contain(("UNR0301", text.Split('\n').Length)));
        Assert.That(ResolutionModel.FromTree(tree), Is.EqualTo(streamed));
        Assert.That(() => ResolutionModel.EnumerateDocuments(null!), Throws.ArgumentNullException, "thrown at the call, before any step");
    }

    [TestCaseSource(nameof(Names))]
    public void Model_json_round_trips_to_an_equal_model(string name)
    {
        ResolutionDocument d = Model(name);
        ResolutionDocument back = ResolutionJson.Deserialize(ResolutionJson.Serialize(d));
        Assert.That(back, Is.EqualTo(d));
        Assert.That(back, Is.Not.EqualTo(d with { Diagnostics = [.. d.Diagnostics, new DiagnosticEntry { Code = "UNR9999" }] }), "equality looks into the lists");
    }

    [TestCaseSource(nameof(Names))]
    public void Syntax_json_round_trips_to_the_same_text(string name)
    {
        string text = Fixtures.Ods(name);
        var tree = ResolutionSyntaxTree.ParseText(text);
        string json = SyntaxJson.Serialize(tree.GetRoot());
        ResolutionSyntaxTree back = SyntaxJson.Read(json);
        Assert.That(back.GetRoot().ToFullString(), Is.EqualTo(text));
        Assert.That(SyntaxJson.Serialize(back.GetRoot()), Is.EqualTo(json));
        Assert.That(back.GetDiagnostics().Select(x => x.ToString()), Is.EqualTo(tree.GetDiagnostics().Select(x => x.ToString())));
    }

    [Test]
    public void Syntax_json_keeps_skipped_text_and_its_diagnostics()
    {
        string text = "\u0001garbage\n" + Fixtures.Ods("A_RES_75_23");
        var tree = ResolutionSyntaxTree.ParseText(text);
        ResolutionSyntaxTree back = SyntaxJson.Read(SyntaxJson.Serialize(tree.GetRoot()));
        Assert.That(back.GetRoot().ToFullString(), Is.EqualTo(text));
        Assert.That(back.GetDiagnostics().Select(d => d.Code), Is.EqualTo(tree.GetDiagnostics().Select(d => d.Code)).And.Contains("UNR0101"));
    }

    /// <summary>Every corpus file's JSON against Fixtures/expected: counts, lead phrases, footnotes, header fields.</summary>
    [TestCaseSource(nameof(Names))]
    public void Json_agrees_with_the_expected_facts(string name)
    {
        JsonElement expected = Fixtures.Expected(name);
        ResolutionDocument d = Model(name);
        List<Paragraph> preamble = d.Parts.Count > 0 ? d.Parts.SelectMany(p => p.Preamble).ToList() : d.Preamble.ToList();
        List<Paragraph> operative = d.Parts.Count > 0 ? d.Parts.SelectMany(p => p.Operative).ToList() : d.Operative.ToList();
        string? Str(string property) => expected.TryGetProperty(property, out JsonElement e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        Assert.Multiple(() =>
        {
            Assert.That(d.Symbol, Is.EqualTo(Str("symbol")));
            Assert.That(d.Number, Is.EqualTo(Str("number")));
            Assert.That(d.Session, Is.EqualTo(expected.GetProperty("session").ValueKind == JsonValueKind.Number ? expected.GetProperty("session").GetInt32() : (int?)null));
            // The model's strings have their white space normalized (non-breaking spaces become spaces).
            Assert.That(d.Title, Is.EqualTo(Str("title") is { } title ? Normalize(title) : null));
            Assert.That(d.Adoption.Date?.ToString("yyyy-MM-dd"), Is.EqualTo(Str("adoptionDate")));
            Assert.That(d.Adoption.Meeting, Is.EqualTo(Str("meeting")));
            Assert.That(d.Origin?.Committee, Is.EqualTo(Str("committee")));
            Assert.That(d.Origin?.Document, Is.EqualTo(Str("originatingDocument")?.Split(" and ")[0]));
            // Trailer fields exist only where the export kept its trailer (ES-10/24 has none).
            bool trailer = !(expected.TryGetProperty("variant", out JsonElement variant) && variant.GetProperty("trailerOmitted").GetBoolean());
            Assert.That(d.Ods is not null, Is.EqualTo(trailer), "trailer");
            if (trailer)
            {
                Assert.That(d.Ods!.AgendaItem, Is.EqualTo(Str("agendaItem")), "agenda item");
                Assert.That(d.Ods.SessionName, Is.EqualTo(Str("sessionName")), "session name");
                Assert.That(d.Ods.IssueDate?.ToString("yyyy-MM-dd"), Is.EqualTo(Str("publicationDate")), "issue date");
            }
            Assert.That(preamble.Select(p => p.LeadPhrase), Is.EqualTo(expected.GetProperty("preambleLeadPhrases").EnumerateArray().Select(e => e.GetString())));
            Assert.That(operative.Where(p => p.Number != null).Select(p => $"{p.Number}."), Is.EqualTo(expected.GetProperty("operativeNumbers").EnumerateArray().Select(e => e.GetString())));
            Assert.That(d.Footnotes.Select(f => f.Number.ToString()), Is.EqualTo(expected.GetProperty("footnoteMarkers").EnumerateArray().Select(e => e.GetString())));
            if (expected.TryGetProperty("footnotes", out JsonElement footnotes))
            {
                // The UN's markup drops a footnote's trailing full stop now and then; compare the text without it.
                Assert.That(d.Footnotes.Select(f => Normalize(f.Text)), Is.EqualTo(footnotes.EnumerateArray().Select(f => Normalize(f.GetProperty("text").GetString()!))));
            }
            // Every footnote is cited somewhere: in a paragraph, or (ES-10/24) in the title.
            var inTitle = ResolutionSyntaxTree.ParseText(Fixtures.Ods(name)).GetRoot().Resolution!.Header!.TitleLine!.Tokens
                .Where(t => t.Kind == SyntaxKind.FootnoteReferenceToken).Select(t => int.Parse(t.Text));
            var cited = preamble.Concat(operative).SelectMany(AllRefs).Concat(d.Annexes.SelectMany(a => a.Paragraphs).SelectMany(AllRefs)).Concat(inTitle);
            Assert.That(cited.Distinct().Order(), Is.EqualTo(d.Footnotes.Select(f => f.Number)));
        });
    }

    private static IEnumerable<int> AllRefs(Paragraph p) => p.FootnoteRefs.Concat(p.Subparagraphs.SelectMany(AllRefs));

    private static IEnumerable<int> AllRefs(Subparagraph s) => s.FootnoteRefs.Concat(s.Subparagraphs.SelectMany(AllRefs));

    private static string Normalize(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim().TrimEnd('.');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Every corpus file with the UN's Akoma Ntoso markup: recitals (containers), numbered paragraphs, footnote markers.</summary>
    [TestCaseSource(nameof(AknNames))]
    public void Json_agrees_with_the_akoma_ntoso_markup(string name)
    {
        XNamespace akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
        XDocument xml = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "akn", name + ".xml"));
        var containers = xml.Descendants(akn + "preamble").Elements(akn + "container").Select(c => (string?)c.Attribute("name")).ToList();
        var numbers = xml.Descendants(akn + "mainBody").Where(b => !b.Ancestors(akn + "attachments").Any())
            .Descendants(akn + "paragraph").Select(p => p.Element(akn + "num")?.Value.Trim()).OfType<string>()
            .Where(n => NumberedParagraph().IsMatch(n)).ToList();
        var markers = xml.Descendants(akn + "authorialNote").Select(n => (string?)n.Attribute("marker")).Distinct().ToList();

        ResolutionDocument d = Model(name);
        List<Paragraph> preamble = d.Parts.Count > 0 ? d.Parts.SelectMany(p => p.Preamble).ToList() : d.Preamble.ToList();
        List<Paragraph> operative = d.Parts.Count > 0 ? d.Parts.SelectMany(p => p.Operative).ToList() : d.Operative.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(preamble.Select(p => p.LeadPhrase), Is.EqualTo(containers));
            Assert.That(operative.Where(p => p.Number != null).Select(p => $"{p.Number}."), Is.EqualTo(numbers));
            Assert.That(d.Footnotes.Select(f => f.Number.ToString()), Is.EqualTo(markers));
        });
    }

    [GeneratedRegex(@"^\d+\.$")]
    private static partial Regex NumberedParagraph();

    /// <summary>Any text, however odd: the model, its JSON and the syntax JSON never throw and round-trip.</summary>
    [Test]
    public void Model_and_json_never_throw_on_random_text()
    {
        string[] fragments =
        [
            "\t", "\n", "\r\n", "1.", "(a)", "(i)", "[Start1]", "Recalling", "Decides", " ", "2016", ",", ";", "A/RES/71/242", "resolution 70/1",
            "<<ODS JOB NO>>", "Annex", "The General Assembly,", "1 ", "\u00A0", "\uFEFF", "x", "resolutions 49/108 of 19 December 1994, 51/170",
            "Resolution adopted by the General Assembly on 21 December 2016\n", "66th plenary meeting\n", "\u0001", "2758 (XXVI)", "S/RES/2334 (2016)",
        ];
        var random = new Random(3_000);
        for (int n = 0; n < 300; n++)
        {
            var builder = new System.Text.StringBuilder();
            int count = random.Next(1, 80);
            for (int k = 0; k < count; k++) { builder.Append(fragments[random.Next(fragments.Length)]); }
            string text = builder.ToString();
            var tree = ResolutionSyntaxTree.ParseText(text);
            foreach (ResolutionDocument document in ResolutionModel.FromTree(tree))
            {
                Assert.That(ResolutionJson.Deserialize(ResolutionJson.Serialize(document)), Is.EqualTo(document), text);
            }
            Assert.That(SyntaxJson.Read(SyntaxJson.Serialize(tree.GetRoot())).GetRoot().ToFullString(), Is.EqualTo(text));
        }
    }
}
