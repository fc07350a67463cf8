using System.Text.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// The header beyond the common shape: a single part issued alone (its letter on its own line or after the number),
/// a title that wrapped, the symbol of a resolution in parts, a symbol written with a stray space. Real documents of
/// dev/ga (Fixtures/dev/ga) against the facts of the UN's markup, and lines of the same shapes.
/// </summary>
[TestFixture]
public class HeaderTests
{
    private static ResolutionSyntaxTree DevTree(string name) => ResolutionSyntaxTree.ParseText(DevFixtures.Ods(name));

    private static JsonElement DevExpected(string name) => DevFixtures.Expected(name);

    private static string? Text(JsonElement e, string property) => e.GetProperty(property).ValueKind == JsonValueKind.Null ? null : e.GetProperty(property).GetString();

    [TestCase("A_RES_75_242 B")] // B1: the letter, with the footnote that says what became of part A
    [TestCase("A_RES_75_251 C")] // C alone
    [TestCase("A_RES_75_290 A")] // a title on two lines, then the letter and the part's own title
    public void A_single_part_issued_alone_keeps_its_letter_in_the_header(string name)
    {
        ResolutionSyntaxTree tree = DevTree(name);
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        JsonElement e = DevExpected(name);
        Assert.Multiple(() =>
        {
            Assert.That(tree.GetRoot().Resolutions, Has.Count.EqualTo(1));
            Assert.That(d.Symbol, Is.EqualTo(Text(e, "symbol")));
            Assert.That(d.Title, Is.EqualTo(Text(e, "title")));
            Assert.That(d.PartLetter, Is.EqualTo(Text(e, "partLetter")));
            Assert.That(d.Parts, Is.Empty);
            Assert.That(d.Formula, Is.EqualTo("The General Assembly,"));
            Assert.That(d.Adoption.Date, Is.EqualTo(DateOnly.Parse(Text(e, "adoptionDate")!, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(d.Preamble, Has.Count.EqualTo(e.GetProperty("preambleCount").GetInt32()));
        });
    }

    [Test]
    public void The_footnote_glued_to_a_part_letter_is_a_reference_in_the_header()
    {
        ResolutionSyntax resolution = DevTree("A_RES_75_242 B").GetRoot().Resolution!;
        HeadingSyntax letter = resolution.Header!.PartLetterHeading!;
        Assert.Multiple(() =>
        {
            Assert.That(letter.ToString(), Is.EqualTo("B1"));
            Assert.That(letter.Title!.FootnoteReferences.Select(t => t.Text), Is.EqualTo(new[] { "1" }));
            Assert.That(resolution.Header.TitleContinuation, Is.Empty);
        });
    }

    [Test]
    public void The_own_title_of_a_part_issued_alone_is_not_the_resolution_title()
    {
        ResolutionDocument d = ResolutionModel.FromTree(DevTree("A_RES_75_290 A")).Single();
        Assert.That(d.PartTitle, Is.EqualTo("Economic and Social Council"));
    }

    [Test]
    public void A_resolution_in_parts_has_the_range_of_its_parts_in_its_symbol()
    {
        // No ODS trailer in this export: the symbol is made from the number and the parts A and B.
        ResolutionDocument d = ResolutionModel.FromTree(DevTree("A_RES_75_101 A-B")).Single();
        JsonElement e = DevExpected("A_RES_75_101 A-B");
        Assert.Multiple(() =>
        {
            Assert.That(d.Ods, Is.Null);
            Assert.That(d.Symbol, Is.EqualTo(Text(e, "symbol")));
            Assert.That(d.Parts.Select(p => p.Label), Is.EqualTo(new[] { "A", "B" }));
            Assert.That(d.PartLetter, Is.Null);
            Assert.That(d.Title, Is.EqualTo(Text(e, "title")));
        });
    }

    private const string Lines75242 =
        "[on the report of the Fifth Committee (A/75/665/Add.1, para. 6)]\n" +
        "{0}.\tFinancial reports and audited financial statements, and reports of the Board of Auditors\n" +
        "\tThe General Assembly,\n" +
        "\tRecalling its resolutions 74/249 B of 30 June 2020 and 75/242 of 31 December 2020,\n" +
        "\t1.\tTakes note of the audit opinions and findings, and endorses the recommendations, contained in the report of the Board of Auditors.\n\n" +
        "88th plenary meeting\n30 June 2021\n";

    [Test]
    public void A_part_letter_after_the_number_is_the_part_issued_alone()
    {
        string text = "Resolution adopted by the General Assembly on 30 June 2021\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Lines75242, "75/242 B");
        ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseText(text);
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        Assert.Multiple(() =>
        {
            Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
            Assert.That(tree.GetRoot().Resolution!.Header!.TitleLine!.PartLetter.Text, Is.EqualTo("B"));
            Assert.That((d.Number, d.Symbol, d.PartLetter), Is.EqualTo(("75/242", "A/RES/75/242 B", "B")));
            Assert.That(d.Title, Is.EqualTo("Financial reports and audited financial statements, and reports of the Board of Auditors"));
            Assert.That(d.Operative, Has.Count.EqualTo(1));
        });
    }

    [TestCase("75/ 242")]
    [TestCase("75 /242")]
    public void A_number_written_with_a_stray_space_gives_the_clean_symbol(string written)
    {
        string text = "Resolution adopted by the General Assembly on 30 June 2021\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Lines75242, written);
        ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseText(text);
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        Assert.Multiple(() =>
        {
            Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
            Assert.That((d.Number, d.Symbol, d.Session), Is.EqualTo(("75/242", "A/RES/75/242", (int?)75)));
            Assert.That(d.Title, Does.StartWith("Financial reports"));
        });
    }

    [Test]
    public void A_footnote_cited_in_the_title_does_not_cut_the_title()
    {
        const string text = "Resolution adopted by the General Assembly on 21 December 2016\n[on the report of the Second Committee (A/71/467)]\n" +
            "71/247.\tPermanent sovereignty of the Palestinian people in the Occupied Palestinian Territory, including East Jerusalem,1 and of the Arab population in the occupied Syrian Golan over their natural resources\n" +
            "\tThe General Assembly,\n\tRecalling its resolution 70/225,2\n\t1.\tDecides to include the item.\n\n66th plenary meeting\n21 December 2016\n1 See A/71/1.\n2 See A/70/2.\n";
        ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseText(text);
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Title, Is.EqualTo("Permanent sovereignty of the Palestinian people in the Occupied Palestinian Territory, including East Jerusalem, "
                + "and of the Arab population in the occupied Syrian Golan over their natural resources"));
            Assert.That(tree.GetRoot().Resolution!.Header!.TitleLine!.Tokens.Count(t => t.Kind == SyntaxKind.FootnoteReferenceToken), Is.EqualTo(1));
            Assert.That(tree.GetDiagnostics(), Is.Empty);
        });
    }

    [TestCase("Resolution 2522(2020)")]
    [TestCase("Resolution 2522  (2020)")]
    public void A_security_council_number_with_a_stray_space_gives_the_clean_symbol(string numberLine)
    {
        string text = numberLine + "\nAdopted by the Security Council at its 8748th meeting, on 29 June 2020\n\n" +
            "\tThe Security Council,\n\tRecalling its previous resolutions,\n\t1.\tDecides to remain seized of the matter.\n";
        ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseText(text);
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        Assert.Multiple(() =>
        {
            Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
            Assert.That((d.Number, d.Symbol, d.Body), Is.EqualTo(("2522 (2020)", "S/RES/2522 (2020)", (Organ?)Organ.SecurityCouncil)));
            Assert.That(d.Adoption.Meeting, Is.EqualTo("8748th meeting"));
        });
    }

    [Test]
    public void A_roman_session_number_without_its_space_is_a_number()
    {
        string text = "Resolution adopted by the General Assembly on 25 October 1971\n2758(XXVI).\tRestoration of the lawful rights of the People's Republic of China in the United Nations\n" +
            "\tThe General Assembly,\n\tDecides to restore all its rights to the People's Republic of China.\n\n1976th plenary meeting\n25 October 1971\n";
        ResolutionDocument d = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text)).Single();
        Assert.That((d.Number, d.Symbol, d.Session), Is.EqualTo(("2758 (XXVI)", "A/RES/2758 (XXVI)", (int?)26)));
    }

    [TestCase("A/RES/75/ 242", "A/RES/75/242")]
    [TestCase("A/RES /75/242 B", "A/RES/75/242 B")]
    [TestCase("S/RES/2334(2016)", "S/RES/2334 (2016)")]
    [TestCase("S/RES/2334  (2016)", "S/RES/2334 (2016)")]
    [TestCase("A/RES/75/101 A-B", "A/RES/75/101 A-B")]
    public void A_symbol_of_the_ods_fields_is_written_as_the_UN_writes_it(string written, string clean)
    {
        string text = "Resolution adopted by the General Assembly on 30 June 2021\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Lines75242, "75/242") +
            $"<<ODS JOB NO>>N2108986E<<ODS JOB NO>>\n<<ODS DOC SYMBOL1>>{written}<<ODS DOC SYMBOL1>>\n";
        Assert.That(ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text)).Single().Symbol, Is.EqualTo(clean));
    }

    [TestCase("Resolution adopted by the General Assembly on 10 December 2020\n")]
    [TestCase("")]
    public void A_first_part_letter_is_a_part_when_the_next_part_follows(string adoption)
    {
        string text = adoption + "75/101.\tQuestions relating to information\n" +
            "A\nInformation in the service of humanity\n\tThe General Assembly,\n\t1.\tUrges all countries to cooperate.\n\n" +
            "B\nUnited Nations global communications policies and activities\n\tThe General Assembly,\n\t1.\tRequests the Department to continue.\n\n" +
            "41st plenary meeting\n10 December 2020\n";
        ResolutionDocument d = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Parts.Select(p => p.Label), Is.EqualTo(new[] { "A", "B" }));
            Assert.That((d.PartLetter, d.Symbol), Is.EqualTo(((string?)null, "A/RES/75/101 A-B")));
        });
    }

    [Test]
    public void A_part_letter_with_no_part_after_it_is_the_part_issued_alone_even_without_an_adoption_line()
    {
        // 75/251 C without its adoption and origin lines.
        string[] lines = File.ReadAllLines(DevFixtures.PathOf("ga", "ods", "A_RES_75_251 C"));
        string text = string.Join("\n", lines.Where(l => !l.StartsWith("Resolution adopted", StringComparison.Ordinal) && !l.StartsWith("[on the report", StringComparison.Ordinal))) + "\n";
        ResolutionDocument d = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text)).Single();
        Assert.Multiple(() =>
        {
            Assert.That((d.PartLetter, d.Symbol), Is.EqualTo(("C", "A/RES/75/251 C")));
            Assert.That(d.Parts, Is.Empty);
            Assert.That(d.Title, Is.EqualTo("Financing of the African Union-United Nations Hybrid Operation in Darfur"));
        });
    }

    [Test]
    public void Resolutions_adopted_together_keep_a_first_part_letter_as_a_part()
    {
        // "Resolutions adopted": the letter after the title starts part A, even when the title wrapped before it.
        const string text = "Resolutions adopted by the General Assembly on 10 December 2020\n" +
            "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/75/415, para. 8)]\n" +
            "75/101.\tQuestions relating to information\n" +
            "and to communications\n" +
            "A\nInformation in the service of humanity\n" +
            "\tThe General Assembly,\n" +
            "\tTaking note of the comprehensive and important report of the Committee on Information,\n" +
            "\t1.\tUrges all countries to cooperate.\n\n" +
            "B\nUnited Nations global communications policies and activities\n" +
            "\tThe General Assembly,\n" +
            "\t1.\tRequests the Department to continue.\n\n" +
            "41st plenary meeting\n10 December 2020\n";
        ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseText(text);
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        Assert.Multiple(() =>
        {
            Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
            Assert.That(d.Parts.Select(p => p.Label), Is.EqualTo(new[] { "A", "B" }));
            Assert.That(d.PartLetter, Is.Null);
            Assert.That(d.Symbol, Is.EqualTo("A/RES/75/101 A-B"));
            Assert.That(d.Title, Is.EqualTo("Questions relating to information and to communications"));
        });
    }
}
