using System.Text.Json;
using UnResolutions.Diagnostics;
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
    private static ResolutionDocument Convert(string name, out ResolutionSyntaxTree tree)
    {
        string text = DevFixtures.Ods(name);
        tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text), "lossless");
        IReadOnlyList<ResolutionDocument> documents = ResolutionModel.FromTree(tree);
        Assert.That(documents, Has.Count.EqualTo(1), "one resolution, not two");
        return documents[0];
    }

    private static JsonElement Expected(string name) => DevFixtures.Expected(name);

    private static int Subparagraphs(IEnumerable<Subparagraph> list) => list.Sum(s => 1 + Subparagraphs(s.Subparagraphs));

    /// <summary>The structural facts, counted the way <c>score.py</c> counts them; the document, for more checks.</summary>
    private static ResolutionDocument AssertStructure(string name) => AssertStructure(name, out _);

    private static ResolutionDocument AssertStructure(string name, out ResolutionSyntaxTree tree)
    {
        ResolutionDocument d = Convert(name, out tree);
        JsonElement e = Expected(name);
        List<Paragraph> preamble = [.. d.Preamble, .. d.Parts.SelectMany(p => p.Preamble)];
        List<Paragraph> operative = [.. d.Operative, .. d.Parts.SelectMany(p => p.Operative)];
        Assert.Multiple(() =>
        {
            Assert.That(preamble, Has.Count.EqualTo(e.GetProperty("preambleCount").GetInt32()), "preambleCount");
            Assert.That(operative.Where(p => p.Number != null).Select(p => p.Number),
                Is.EqualTo(e.GetProperty("operativeNumbers").EnumerateArray().Select(n => n.GetString()!.TrimEnd('.'))), "operativeNumbers");
            Assert.That(d.Parts.Select(p => p.Label), Is.EqualTo(e.GetProperty("parts").EnumerateArray().Select(p => p.GetString())), "parts");
            Assert.That(preamble.Concat(operative).Sum(p => Subparagraphs(p.Subparagraphs)), Is.EqualTo(e.GetProperty("subparagraphCount").GetInt32()), "subparagraphCount");
            Assert.That(d.Footnotes, Has.Count.EqualTo(e.GetProperty("footnoteCount").GetInt32()), "footnoteCount");
        });
        return d;
    }

    // "\tThe General Assembly" alone before "\tAdopts the following declaration:" and before "\t1.\tAuthorizes …".
    [TestCase("A_RES_75_1")]
    [TestCase("A_RES_75_255")]
    public void A_formula_without_its_comma_is_the_formula(string name)
    {
        Assert.That(AssertStructure(name).Formula, Is.EqualTo("The General Assembly"));
    }

    // "\t\tGovernance of the United Nations Human Settlements Programme (UN-Habitat)" between the last recital and "1.".
    [Test]
    public void A_heading_before_the_first_operative_paragraph_is_a_heading_not_a_recital()
    {
        ResolutionDocument d = AssertStructure("A_RES_75_224");
        Assert.That(d.Operative[0].Heading, Is.EqualTo("Governance of the United Nations Human Settlements Programme (UN-Habitat)"));
    }

    // Sections "\t\tA" to "\t\tD" with their titles among the operative paragraphs (numbering restarts), no formula after them.
    [Test]
    public void A_section_letter_inside_the_body_is_a_heading_not_a_part()
    {
        ResolutionDocument d = AssertStructure("A_RES_75_245");
        Assert.Multiple(() =>
        {
            Assert.That(d.Title, Is.EqualTo("United Nations common system"));
            Assert.That(d.Adoption.Meeting, Is.EqualTo("48th (resumed) plenary meeting"));
            Assert.That(d.Operative.Select(p => p.Heading).OfType<string>(), Does.Contain("B Evolution of the margin and margin management around the desirable midpoint"));
        });
    }

    // Parts A, B, C, each "A" + title + "\tThe General Assembly" (no comma); part A's table of 71 rows
    // ("1\tOverall policymaking …\t78 809 400"), part B's rows "1.\tIncome from staff assessment\t283 437 900".
    [Test]
    public void Budget_tables_are_tables_not_footnotes_or_paragraphs()
    {
        ResolutionDocument d = AssertStructure("A_RES_75_254 A-C", out ResolutionSyntaxTree tree);
        Assert.Multiple(() =>
        {
            Assert.That(d.Parts.Select(p => p.Tables.Count), Is.EqualTo(new[] { 1, 1, 0 }));
            DocumentTable appropriations = d.Parts[0].Tables[0];
            Assert.That(appropriations.AfterParagraph, Is.EqualTo("1"));
            Assert.That(appropriations.Rows, Has.Count.EqualTo(71));
            Assert.That(appropriations.Rows[0].Cells, Is.EqualTo(new[] { "Section", "Amount (United States dollars)" }));
            Assert.That(appropriations.Rows[1].Cells, Is.EqualTo(new[] { "Part I. Overall policymaking, direction and coordination" }));
            Assert.That(appropriations.Rows[2].Cells, Is.EqualTo(new[] { "1", "Overall policymaking, direction and coordination", "78 809 400" }));
            Assert.That(appropriations.Rows[^1].Cells, Is.EqualTo(new[] { "Total", "3 208 080 100" }));
            Assert.That(d.Parts[1].Tables[0].Rows[1].Cells, Is.EqualTo(new[] { "1.", "Income from staff assessment", "283 437 900" }));
            Assert.That(d.Footnotes.Select(f => f.Number), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(tree.GetDiagnostics().Count(x => x.Code == "UNR0110"), Is.EqualTo(2), "subtotal rows lack the section number");
        });
    }

    // Annex I and annex II hold tables whose rows start "1\tNGS\t…" and "1\tP-4\t…": one resolution, footnotes 1-4 after them.
    [Test]
    public void Table_rows_in_an_annex_do_not_start_a_footnote_section_or_a_second_resolution()
    {
        ResolutionDocument d = AssertStructure("A_RES_75_293");
        Assert.Multiple(() =>
        {
            Assert.That(d.Symbol, Is.EqualTo("A/RES/75/293"));
            Assert.That(d.Annexes.Select(a => a.Label), Is.EqualTo(new[] { "I", "II" }));
            Assert.That(d.Annexes[1].Tables[0].Rows[0].Cells, Is.EqualTo(new[] { "Department/office", "Organizational unit", "Number", "Level", "Function", "Status" }));
            Assert.That(d.Annexes.SelectMany(a => a.Paragraphs).Select(p => p.Text), Has.None.StartsWith("NGS"));
        });
    }

    [Test]
    public void Table_rows_keep_every_tab_and_space_and_a_heading_set_flush_left_is_not_a_row()
    {
        const string text = "\tThe General Assembly,\n\t1.\tApproves the following:\nSection\tAmount \n1\tOverall  policymaking\t78 809 400\n" +
            "Subtotal, part I\t419 788 600\nI.\tInvesting in people\n\t2.\tDecides to act.\n";
        var tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
        OperativePartSyntax operative = tree.GetRoot().Resolution!.OperativePart!;
        TableSyntax table = operative.Items.OfType<TableSyntax>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(table.Rows.Select(r => r.Cells.Select(c => c.Body.ToString())),
                Is.EqualTo(new[] { new[] { "Section", "Amount" }, new[] { "1", "Overall  policymaking", "78 809 400" }, new[] { "Subtotal, part I", "419 788 600" } }));
            Assert.That(table.ToFullString(), Is.EqualTo("Section\tAmount \n1\tOverall  policymaking\t78 809 400\nSubtotal, part I\t419 788 600\n"));
            Assert.That(operative.Headings.Single().Label.Text, Is.EqualTo("I."));
            Assert.That(operative.Paragraphs.Select(p => p.NumberValue), Is.EqualTo(new int?[] { 1, 2 }));
            Assert.That(table.GetDiagnostics().Select(x => x.Code), Is.EqualTo(new[] { "UNR0110" }));
            Assert.That(table.WithRows(table.Rows), Is.SameAs(table), "an unchanged edit is the same node");
            TableRowSyntax row = table.Rows[1];
            Assert.That(row.WithCells(row.Cells), Is.SameAs(row));
            Assert.That(row.Cells[0].WithBody(row.Cells[0].Body), Is.SameAs(row.Cells[0]));
            Assert.That(row.Parent, Is.SameAs(table));
        });
    }

    // 75/257 B: note 1 (on the part letter of the part issued before) is not in the source; the section opens at
    // "2 Resolution 75/257, …" right after the last line of the annex, which must not take it as a paragraph.
    [Test]
    public void A_footnote_section_that_opens_after_a_gap_ends_the_annex()
    {
        ResolutionDocument d = AssertStructure("A_RES_75_257 B", out ResolutionSyntaxTree tree);
        Assert.Multiple(() =>
        {
            Assert.That(d.Footnotes.Select(f => f.Number), Is.EqualTo(new[] { 2, 3, 4 }));
            Assert.That(d.Annexes.Single().Paragraphs.Select(p => p.Text), Has.None.StartsWith("2 Resolution"));
            Assert.That(d.TitleFootnoteRefs, Is.EqualTo(new[] { 2 }), "the part letter B2 cites note 2");
            Assert.That(tree.GetDiagnostics().Select(x => x.Code), Does.Contain("UNR0111"));
        });
    }

    // A closing date in another language reads as a footnote line ("7 décembre 2020": digits and a space); in lower
    // case after its number it is no note, so it opens no footnote section after a gap.
    [Test]
    public void A_date_in_lower_case_after_its_number_opens_no_footnote_section()
    {
        const string text = "Résolution adoptée par l’Assemblée générale le 7 décembre 2020\n75/68.\tTitre\n\tL’Assemblée générale,\n"
            + "\tRappelant sa résolution 74/1,\n\t1.\tDécide de poursuivre l’examen de la question.\n\n37e séance plénière\n7 décembre 2020\n\n"
            + "[Start1]<<ODS JOB NO>>N2016888F<<ODS JOB NO>>\n<<ODS DOC SYMBOL1>>A/RES/75/68<<ODS DOC SYMBOL1>>\n";
        var tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
        Assert.That(tree.GetRoot().Resolutions.Select(r => r.FootnoteSection), Is.All.Null);
    }

    // 76/297: the section starts at "2 See FCCC/CP/2015/10/Add.1 …" (note 1 is not in the source); 76/266: "3 A/76/642." then "8 The African …".
    [TestCase("A_RES_76_297", 2)]
    [TestCase("A_RES_76_266", 8)]
    public void A_footnote_section_that_lacks_notes_is_still_the_footnote_section(string name, int afterGap)
    {
        ResolutionDocument d = AssertStructure(name, out ResolutionSyntaxTree tree);
        JsonElement e = Expected(name);
        Assert.Multiple(() =>
        {
            Assert.That(d.Title, Is.Not.Null);
            Assert.That(d.Footnotes.Select(f => f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Is.EqualTo(e.GetProperty("footnoteMarkers").EnumerateArray().Select(m => m.GetString())));
            Assert.That(d.Preamble.Concat(d.Operative).SelectMany(p => p.FootnoteRefs.Concat(p.Subparagraphs.SelectMany(s => s.FootnoteRefs))).Concat(d.Annexes.SelectMany(a => a.Paragraphs.SelectMany(p => p.FootnoteRefs))).Distinct().Order(),
                Is.EqualTo(e.GetProperty("footnoteMarkers").EnumerateArray().Select(m => int.Parse(m.GetString()!, System.Globalization.CultureInfo.InvariantCulture))), "every note is cited");
            Diagnostic missing = tree.GetDiagnostics().Single(x => x.Code == "UNR0111");
            Assert.That(tree.Text.Text.Substring(missing.Span.Start, missing.Span.Length), Is.EqualTo(afterGap.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    // Resolution 58/4 annexes the United Nations Convention against Corruption, whose preamble has its own formula.
    [Test]
    public void The_formula_of_an_annexed_convention_does_not_start_another_resolution()
    {
        const string text = "Resolution adopted by the General Assembly on 31 October 2003\n" +
            "58/4.\tUnited Nations Convention against Corruption\n" +
            "\tThe General Assembly,\n" +
            "\tRecalling its resolution 55/61 of 4 December 2000,\n" +
            "\t1.\tAdopts the United Nations Convention against Corruption annexed to the present resolution;\n" +
            "\t2.\tRequests the Secretary-General to designate the United Nations Office on Drugs and Crime to serve as the secretariat.\n\n" +
            "51st plenary meeting\n31 October 2003\n\n" +
            "Annex\n\t\tUnited Nations Convention against Corruption\n" +
            "\t\tPreamble\n" +
            "\tThe States Parties to this Convention,\n" +
            "\tConcerned about the seriousness of problems and threats posed by corruption to the stability and security of societies,\n" +
            "\tHave agreed as follows:\n" +
            "\t\tArticle 1\n" +
            "\t\tStatement of purpose\n";
        var tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Operative.Select(p => p.Number), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(d.Annexes.Single().Paragraphs.Select(p => p.Text), Does.Contain("The States Parties to this Convention,"));
            Assert.That(d.Annexes.Single().Paragraphs.Last().Heading, Is.EqualTo("Article 1\nStatement of purpose"));
        });
    }

    // The end of the addendum annexed to 75/257 B: a signature block set with one tab is not a table.
    [Test]
    public void One_line_of_two_cells_is_not_a_table()
    {
        const string text = "\tThe General Assembly,\n\t1.\tApproves the addendum annexed to the present resolution.\n\n" +
            "Annex\n\t\tEntry into force\n" +
            "\tDone at [place] on [day, month] 2021 in two originals in both the Khmer and English languages. In a case of divergence, the English text shall prevail.\n" +
            "For the Royal Government of Cambodia\tFor the United Nations\n";
        var tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
        AnnexSyntax annex = tree.GetRoot().Resolution!.Annexes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(annex.Items.OfType<TableSyntax>(), Is.Empty);
            Assert.That(annex.Items.Last(), Is.InstanceOf<HeadingSyntax>());
            Assert.That(((HeadingSyntax)annex.Items.Last()).Title!.ToString(), Is.EqualTo("For the Royal Government of Cambodia\tFor the United Nations"));
        });
    }

    // 76/3 numbers the targets of each objective "1.1<TAB>.<TAB>Raise …" … "4.10", between "19." and "20.": paragraphs,
    // numbered as printed, that neither end the numbering nor break it.
    [Test]
    public void Decimal_paragraph_numbers_are_paragraphs_numbered_as_printed()
    {
        ResolutionDocument d = AssertStructure("A_RES_76_3", out ResolutionSyntaxTree tree);
        List<string?> numbers = d.Operative.Where(p => p.Number != null).Select(p => p.Number).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(numbers.GetRange(18, 3), Is.EqualTo(new[] { "19", "1.1", "1.2" }));
            Assert.That(numbers, Does.Contain("3.10").And.Contain("4.10"));
            Assert.That(numbers[^11], Is.EqualTo("20"));
            Assert.That(tree.GetDiagnostics().Select(x => x.Code), Has.None.EqualTo("UNR0104"), "20. follows 19.: the decimal numbers stand outside the sequence");
        });
    }

    [TestCase("\t3.2 million people\n", TestName = "A decimal number before a space is prose")]
    [TestCase("\t3.2.1\tItem\n", TestName = "Three levels are not read as a paragraph number")]
    public void Not_a_decimal_paragraph_number(string line)
    {
        string text = "\tThe General Assembly,\n\t1.\tDecides to act;\n" + line;
        var tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
        Assert.That(ResolutionModel.FromTree(tree)[0].Operative.Select(p => p.Number), Has.None.StartsWith("3"));
    }

    // 76/256: "\tl.\tDecides to designate 12 May as the International Day of Plant Health;" then "\t2.\tInvites …".
    [Test]
    public void Paragraph_one_typed_with_the_letter_l_is_paragraph_one_with_a_diagnostic()
    {
        ResolutionDocument d = AssertStructure("A_RES_76_256", out ResolutionSyntaxTree tree);
        Assert.Multiple(() =>
        {
            Assert.That(d.Operative[0].Number, Is.EqualTo("l"));
            Assert.That(d.Operative[0].LeadPhrase, Is.EqualTo("Decides"));
            Assert.That(d.Preamble.Last().Subparagraphs, Is.Empty);
            Assert.That(tree.GetDiagnostics().Select(x => x.Code), Is.EquivalentTo(new[] { "UNR0105" }));
        });
    }

    // A list lettered "a." to "l.": its "l." is the twelfth item, not a paragraph, even before paragraph 2.
    [Test]
    public void The_letter_l_in_a_lettered_list_stays_a_label()
    {
        string items = string.Concat("abcdefghijk".Select(c => $"\t{c}.\tItem {c};\n"));
        string text = "\tThe General Assembly,\n\t1.\tDecides:\n" + items + "\tl.\tItem l;\n\t2.\tRequests a report.\n";
        var tree = ResolutionSyntaxTree.ParseText(text);
        ResolutionDocument d = ResolutionModel.FromTree(tree)[0];
        Assert.Multiple(() =>
        {
            Assert.That(d.Operative.Select(p => p.Number), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(d.Operative[0].Subparagraphs.Select(s => s.Label), Is.EqualTo("abcdefghijkl".Select(c => c.ToString())));
            Assert.That(tree.GetDiagnostics().Select(x => x.Code), Has.None.EqualTo("UNR0105"));
        });
    }
}
