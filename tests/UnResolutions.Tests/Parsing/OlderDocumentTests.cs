using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// Resolutions of the 1990s: an adoption line in capitals without a date (<c>RESOLUTION ADOPTED BY THE GENERAL
/// ASSEMBLY</c>), the date given only by the closing, and footnotes cited and numbered <c>1/</c>. Lines of 49/75
/// (15 December 1994) laid out as an ODS export lays them out.
/// </summary>
[TestFixture]
public class OlderDocumentTests
{
    private const string Resolution4975 =
        "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY\n" +
        "[on the report of the First Committee (A/49/699)]\n" +
        "49/75.\tGeneral and complete disarmament\n" +
        "\tThe General Assembly,\n" +
        "\tBearing in mind resolutions CM/Res.1153 (XLVIII) of 1988 1/ and CM/Res.1225 (L) of 1989, 2/ adopted by the Council of Ministers of the Organization of African Unity, concerning the dumping of nuclear and industrial wastes in Africa,\n" +
        "\tRecalling its resolutions 43/75 Q of 7 December 1988, 44/116 R of 15 December 1989 and 48/75 D of 16 December 1993,\n" +
        "\tDesirous of promoting the implementation of paragraph 76 of the Final Document of the Tenth Special Session of the General Assembly, 3/\n" +
        "\t1.\tTakes note of the part of the report of the Conference on Disarmament relating to a future convention on the prohibition of radiological weapons; 1/\n" +
        "\t2.\tRequests the Secretary-General to submit a report on the implementation of the present resolution to the General Assembly at its fiftieth session.\n\n" +
        "90th plenary meeting\n15 December 1994\n" +
        "1/ CM/Res.1153 (XLVIII).\n" +
        "2/ CM/Res.1225 (L).\n" +
        "3/ Resolution S-10/2.\n";

    private static ResolutionSyntaxTree Parse(string text)
    {
        ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
        return tree;
    }

    [Test]
    public void An_adoption_line_in_capitals_without_a_date_takes_the_date_of_the_closing()
    {
        ResolutionSyntaxTree tree = Parse(Resolution4975);
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        Assert.Multiple(() =>
        {
            Assert.That(tree.GetRoot().Resolution!.Header!.AdoptionLine, Is.Not.Null);
            Assert.That(tree.GetRoot().Resolution!.Header!.AdoptionLine!.Date, Is.Null);
            Assert.That(d.Adoption, Is.EqualTo(new Adoption { Date = new DateOnly(1994, 12, 15), Meeting = "90th plenary meeting" }));
            Assert.That((d.Symbol, d.Body, d.DocumentType, d.Session), Is.EqualTo(("A/RES/49/75", (Organ?)Organ.GeneralAssembly, "resolution", (int?)49)));
            Assert.That(d.Title, Is.EqualTo("General and complete disarmament"));
            Assert.That(d.Origin!.Committee, Is.EqualTo("First Committee"));
        });
    }

    [Test]
    public void Footnotes_cited_and_numbered_with_a_slash_are_linked()
    {
        ResolutionSyntaxTree tree = Parse(Resolution4975);
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        SyntaxToken first = tree.GetRoot().Resolution!.Preamble!.Recitals[0].Body.FootnoteReferences.First();
        Assert.Multiple(() =>
        {
            Assert.That(d.Footnotes.Select(f => (f.Number, f.Text)), Is.EqualTo(new[] { (1, "CM/Res.1153 (XLVIII)."), (2, "CM/Res.1225 (L)."), (3, "Resolution S-10/2.") }));
            Assert.That(d.Preamble.Select(p => p.FootnoteRefs), Is.EqualTo(new[] { new[] { 1, 2 }, [], new[] { 3 } }));
            Assert.That(d.Operative.Select(p => p.FootnoteRefs), Is.EqualTo(new[] { new[] { 1 }, [] }));
            Assert.That(d.Preamble[0].Text, Does.Contain("of 1988 and CM/Res.1225 (L) of 1989, adopted by"));
            Assert.That(first.Text, Is.EqualTo("1/"));
            Assert.That(first.GetFootnote()!.NumberValue, Is.EqualTo(1));
            // Paragraph 1 cites note 1 again: the one diagnostic.
            Assert.That(tree.GetDiagnostics().Select(d => d.Code), Is.EqualTo(new[] { "UNR0205" }));
        });
    }

    // The heading's "1/" was read as a reference by the linker and lost by the model, which read "1/" as no number.
    [Test]
    public void A_heading_cites_a_footnote_with_a_slash()
    {
        const string text = "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY\n[on the report of the First Committee (A/49/699)]\n" +
            "49/75.\tGeneral and complete disarmament\n\tThe General Assembly,\n\t\tI\n\t\tRadiological weapons 1/\n" +
            "\tRecalling its resolution 48/75 D of 16 December 1993,\n\t1.\tTakes note of the report; 2/\n\n" +
            "90th plenary meeting\n15 December 1994\n1/ CM/Res.1153 (XLVIII).\n2/ CM/Res.1225 (L).\n";
        ResolutionDocument d = ResolutionModel.FromTree(Parse(text)).Single();
        Assert.That(d.Preamble.Concat(d.Operative).Select(p => (p.Heading, p.HeadingFootnoteRefs, p.FootnoteRefs)),
            Is.EqualTo(new[] { ("I Radiological weapons", new[] { 1 }, Array.Empty<int>()), (null, [], [2]) }));
    }

    [TestCase("12", 12)]
    [TestCase("1/", 1)]
    [TestCase("", null)]
    [TestCase("/", null)]
    [TestCase("+1", null)]
    [TestCase(" 1", null)]
    [TestCase("1//", null)]
    [TestCase("99999999999", null)]
    public void The_number_of_a_footnote_token(string text, int? number) =>
        Assert.That(SyntaxFacts.FootnoteNumber(text), Is.EqualTo(number));

    [Test]
    public void An_adoption_line_of_the_2000s_without_a_date_takes_the_date_of_the_closing()
    {
        // 55/2: "Resolution adopted by the General Assembly", the date only in the closing.
        const string text = "Resolution adopted by the General Assembly\n" +
            "[without reference to a Main Committee (A/55/L.2)]\n" +
            "55/2.\tUnited Nations Millennium Declaration\n" +
            "\tThe General Assembly\n" +
            "\tAdopts the following Declaration:\n\n" +
            "8th plenary meeting\n8 September 2000\n";
        ResolutionSyntaxTree tree = Parse(text);
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        Assert.Multiple(() =>
        {
            Assert.That(tree.GetRoot().Resolution!.Header!.AdoptionLine, Is.Not.Null);
            Assert.That(d.Adoption, Is.EqualTo(new Adoption { Date = new DateOnly(2000, 9, 8), Meeting = "8th plenary meeting" }));
            Assert.That((d.Symbol, d.Title), Is.EqualTo(("A/RES/55/2", "United Nations Millennium Declaration")));
            Assert.That(d.Origin!.Document, Is.EqualTo("A/55/L.2"));
        });
    }

    [TestCase("Resolution adopted by the Conference of the Parties")]
    [TestCase("RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY AT ITS FORTY-NINTH SESSION")]
    public void Other_lines_of_that_shape_are_no_adoption_line(string line)
    {
        ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseText(line + "\n");
        Assert.That(tree.GetRoot().Resolution?.Header?.AdoptionLine, Is.Null);
    }

    [Test]
    public void Resolutions_adopted_in_capitals_start_parts()
    {
        const string text = "RESOLUTIONS ADOPTED BY THE GENERAL ASSEMBLY\n" +
            "49/75.\tGeneral and complete disarmament\n" +
            "A\nProhibition of the dumping of radioactive wastes\n" +
            "\tThe General Assembly,\n\t1.\tRequests the Conference to continue.\n\n" +
            "B\nNuclear disarmament\n" +
            "\tThe General Assembly,\n\t1.\tUrges the States to continue.\n\n" +
            "90th plenary meeting\n15 December 1994\n";
        ResolutionDocument d = ResolutionModel.FromTree(Parse(text)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Parts.Select(p => p.Label), Is.EqualTo(new[] { "A", "B" }));
            Assert.That((d.Symbol, d.PartLetter), Is.EqualTo(("A/RES/49/75 A-B", (string?)null)));
            Assert.That(d.Adoption.Date, Is.EqualTo(new DateOnly(1994, 12, 15)));
        });
    }
}
