using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// The family of resolutions beyond the corpus: shapes the format guide describes (Security Council,
/// roman sessions, parts, headings, annexes, unnumbered paragraphs, other organs), built from real lines.
/// </summary>
[TestFixture]
public class FamilyTests
{
    private static ResolutionSyntax Parse(string text, out ResolutionSyntaxTree tree)
    {
        tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
        return tree.GetRoot().Resolution ?? throw new AssertionException("no resolution");
    }

    [Test]
    public void Security_council_resolution_with_chapter_vii_headings_and_no_closing()
    {
        const string text = "Resolution 2334 (2016)\n" +
            "Adopted by the Security Council at its 7853rd meeting, on 23 December 2016\n\n" +
            "\tThe Security Council,\n" +
            "\tReaffirming its relevant resolutions, including resolutions 242 (1967), 338 (1973), 446 (1979),\n" +
            "\tGuided by the purposes and principles of the Charter of the United Nations,\n" +
            "\tActing under Chapter VII of the Charter of the United Nations,\n" +
            "Measures\n" +
            "\t1.\tReaffirms that the establishment by Israel of settlements has no legal validity;\n" +
            "\t2.\tReiterates its demand that Israel immediately cease all settlement activities;\n" +
            "Reporting\n" +
            "\t3.\tRequests the Secretary-General to report to the Council every three months;\n" +
            "\t4.\tDecides to remain seized of the matter.\n";
        ResolutionSyntax resolution = Parse(text, out ResolutionSyntaxTree tree);
        Assert.Multiple(() =>
        {
            Assert.That(resolution.Header!.TitleLine!.Number.Text, Is.EqualTo("2334 (2016)"));
            Assert.That(resolution.Header.TitleLine.Title, Is.Null);
            Assert.That(resolution.Header.AdoptionLine!.Date, Is.EqualTo(new DateOnly(2016, 12, 23)));
            Assert.That(resolution.Header.AdoptionLine.Meeting.Text, Is.EqualTo("7853rd meeting"));
            Assert.That(resolution.Header.AdoptionLine.Body, Is.EqualTo("Security Council"));
            Assert.That(resolution.Preamble!.Recitals.Select(r => r.LeadPhrase.Text), Is.EqualTo(new[] { "Reaffirming", "Guided", "Acting" }));
            Assert.That(resolution.OperativePart!.Paragraphs.Select(p => p.NumberValue), Is.EqualTo(new int?[] { 1, 2, 3, 4 }));
            Assert.That(resolution.OperativePart.Headings.Select(h => h.Title!.ToString()), Is.EqualTo(new[] { "Measures", "Reporting" }));
            Assert.That(resolution.OperativePart.Paragraphs.ElementAt(1).LeadPhrase.Text, Is.EqualTo("Reiterates its demand").Or.EqualTo("Reiterates"));
            Assert.That(resolution.Closing, Is.Null);
            Assert.That(tree.GetDiagnostics(), Is.Empty);
        });
    }

    [Test]
    public void Roman_session_number_and_single_unnumbered_operative_paragraph()
    {
        const string text = "Resolution adopted by the General Assembly on 25 October 1971\n" +
            "[without reference to a Main Committee (A/L.630 and Add.1 and 2)]\n" +
            "2758 (XXVI).\tRestoration of the lawful rights of the People's Republic of China in the United Nations\n" +
            "\tThe General Assembly,\n" +
            "\tRecalling the principles of the Charter of the United Nations,\n" +
            "\tConsidering that the restoration of the lawful rights of the People's Republic of China is essential,\n" +
            "\tDecides to restore all its rights to the People's Republic of China.\n\n" +
            "1976th plenary meeting\n25 October 1971\n";
        ResolutionSyntax resolution = Parse(text, out ResolutionSyntaxTree tree);
        Assert.Multiple(() =>
        {
            Assert.That(resolution.Header!.TitleLine!.Number.Text, Is.EqualTo("2758 (XXVI)"));
            Assert.That(resolution.Header.OriginLine!.IsWithoutReference, Is.True);
            Assert.That(resolution.Header.OriginLine.Committee.IsMissing, Is.True);
            Assert.That(resolution.Preamble!.Recitals, Has.Count.EqualTo(2));
            OperativeParagraphSyntax only = resolution.OperativePart!.Paragraphs.Single();
            Assert.That(only.Number.IsMissing, Is.True);
            Assert.That(only.LeadPhrase.Text, Is.EqualTo("Decides"));
            Assert.That(resolution.Closing!.Meeting.Text, Is.EqualTo("1976th plenary meeting"));
            Assert.That(tree.GetDiagnostics(), Is.Empty);
        });
    }

    [Test]
    public void Three_parts_each_with_its_own_closing_and_restarting_numbers()
    {
        string Part(string letter, string title) =>
            $"{letter}\n{title}\n\n\tThe General Assembly,\n\tRecalling its resolution 70/1,\n\t1.\tDecides to act;\n\t2.\tRequests a report.\n\n60th plenary meeting\n5 December 2019\n\n";
        string text = "Resolutions adopted by the General Assembly on 5 December 2019\n" +
            "[on the report of the Fourth Committee (A/74/410)]\n74/90.\tQuestions relating to information\n\n" +
            Part("A", "Information in the service of humanity") + Part("B", "Global communications") + Part("C", "Outreach");
        ResolutionSyntax resolution = Parse(text, out ResolutionSyntaxTree tree);
        Assert.Multiple(() =>
        {
            Assert.That(resolution.Parts.Select(p => p.Heading.Label.Text), Is.EqualTo(new[] { "A", "B", "C" }));
            Assert.That(resolution.Parts.Select(p => p.Heading.Title!.ToString()), Is.EqualTo(new[] { "Information in the service of humanity", "Global communications", "Outreach" }));
            Assert.That(resolution.Parts.Select(p => p.OperativePart!.Paragraphs.Count()), Is.EqualTo(new[] { 2, 2, 2 }));
            Assert.That(resolution.Parts.All(p => p.Closing!.Date == new DateOnly(2019, 12, 5)), Is.True);
            Assert.That(resolution.Preamble, Is.Null);
            Assert.That(resolution.Header!.OriginLine!.Committee.Text, Is.EqualTo("Fourth Committee"));
            Assert.That(tree.GetDiagnostics(), Is.Empty);
        });
    }

    [Test]
    public void Sections_with_roman_headings_and_letter_i_after_h()
    {
        const string text = "\tThe General Assembly,\n\tNoting the report,\n" +
            "I\nGeneral matters\n\t1.\tDecides the following:\n" +
            "\t(a)\tone;\n\t(b)\ttwo;\n\t(c)\tthree;\n\t(d)\tfour;\n\t(e)\tfive;\n\t(f)\tsix;\n\t(g)\tseven;\n\t(h)\teight;\n\t(i)\tnine;\n\t(j)\tten;\n" +
            "II\nBudget\n\t1.\tApproves the following:\n\t(a)\tfirst:\n\t(i)\tsub one;\n\t(ii)\tsub two;\n\t(b)\tsecond.\n";
        ResolutionSyntax resolution = Parse(text, out ResolutionSyntaxTree tree);
        List<OperativeParagraphSyntax> paragraphs = resolution.OperativePart!.Paragraphs.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(resolution.OperativePart.Headings.Select(h => h.Label.Text), Is.EqualTo(new[] { "I", "II" }));
            Assert.That(paragraphs[0].Subparagraphs.Select(s => s.Label.Text), Is.EqualTo("abcdefghij".Select(c => $"({c})")));
            Assert.That(paragraphs[1].Subparagraphs.Select(s => s.Label.Text), Is.EqualTo(new[] { "(a)", "(b)" }));
            Assert.That(paragraphs[1].Subparagraphs[0].Subparagraphs.Select(s => s.Label.Text), Is.EqualTo(new[] { "(i)", "(ii)" }));
            // Numbering restarts in a new section: not an error.
            Assert.That(tree.GetDiagnostics().Where(d => d.Code == "UNR0104"), Is.Empty);
            // No header: reported, not thrown.
            Assert.That(tree.GetDiagnostics().Select(d => d.Code), Does.Contain("UNR0102"));
        });
    }

    [Test]
    public void Annexes_with_inline_titles_and_their_own_numbering()
    {
        string text = Fixtures.Ods("S_RES_2744_2024").Replace("Annex I\nDelisting procedures\n", "Annex I: Delisting procedures\n", StringComparison.Ordinal);
        ResolutionSyntax resolution = Parse(text, out _);
        Assert.Multiple(() =>
        {
            Assert.That(resolution.Annexes, Has.Count.EqualTo(2));
            Assert.That(resolution.Annexes[0].Label.Text, Is.EqualTo("I"));
            Assert.That(resolution.Annexes[0].InlineTitle!.ToString(), Is.EqualTo(": Delisting procedures"));
            Assert.That(resolution.Annexes[1].Label.Text, Is.EqualTo("II"));
            Assert.That(resolution.OperativePart!.Paragraphs.Count(), Is.EqualTo(6));
            Assert.That(resolution.Annexes[0].Paragraphs.First(p => p.NumberValue != null).NumberValue, Is.EqualTo(1));
        });
    }

    [Test]
    public void Other_organs_formulas_are_recognized()
    {
        foreach (string formula in new[] { "The Economic and Social Council,", "The Human Rights Council,", "The Security Council," })
        {
            string text = $"Resolution adopted by the Human Rights Council on 7 October 2016\n31/1.\tA title\n\t{formula}\n\tRecalling its resolution 30/1,\n\t1.\tDecides to continue.\n";
            ResolutionSyntax resolution = Parse(text, out ResolutionSyntaxTree tree);
            Assert.That(resolution.Formula?.Text.Text, Is.EqualTo(formula), formula);
            Assert.That(resolution.Header!.AdoptionLine!.Body, Is.EqualTo("Human Rights Council"));
            Assert.That(tree.GetDiagnostics(), Is.Empty, formula);
        }
    }

    [Test]
    public void Resolutions_back_to_back_are_parsed_one_by_one()
    {
        string first = Fixtures.Ods("A_RES_71_242");
        string second = Fixtures.Ods("A_RES_67_225");
        var tree = ResolutionSyntaxTree.ParseText(first + second);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(first + second));
        var resolutions = tree.GetRoot().Resolutions.Select(r => new ResolutionFacts(r)).ToList();
        Assert.That(resolutions.Select(r => (r.Recitals.Count, r.OperativeNumbers.Count)), Is.EqualTo(new[] { (22, 41), (13, 31) }));
        Assert.That(resolutions.Select(r => r.Resolution.Trailer!.JobNumber), Is.EqualTo(new[] { "N1646151E", "N1249210E" }));
        Assert.That(resolutions.Select(r => r.FootnoteReferences.Count), Is.EqualTo(new[] { 13, 7 }));
    }

    [Test]
    public void Indentation_with_spaces_or_non_breaking_spaces_reads_like_tabs()
    {
        string text = Fixtures.Ods("A_RES_71_242").Replace("\n\t", "\n\u00A0\u00A0\u00A0\u00A0", StringComparison.Ordinal).Replace(".\t", ". ", StringComparison.Ordinal);
        ResolutionSyntax resolution = Parse(text, out _);
        var facts = new ResolutionFacts(resolution);
        Assert.That((facts.Recitals.Count, facts.OperativeNumbers.Count, facts.FootnoteReferences.Count), Is.EqualTo((22, 41, 13)));
    }

    [Test]
    public void Parts_numbered_in_roman_each_with_a_formula()
    {
        string Part(string label, string title) =>
            $"{label}\n{title}\n\tThe General Assembly,\n\tRecalling its resolution 70/1,\n\t1.\tDecides to act;\n\t2.\tRequests a report.\n\n70th plenary meeting\n20 December 2023\n\n";
        string text = "Resolutions adopted by the General Assembly on 20 December 2023\n[on the report of the Fifth Committee (A/78/600)]\n" +
            "78/252.\tQuestions relating to the proposed programme budget for 2024\n\n" + Part("I", "Special subjects") + Part("II", "Revised estimates");
        ResolutionSyntax resolution = Parse(text, out ResolutionSyntaxTree tree);
        Assert.Multiple(() =>
        {
            Assert.That(tree.GetRoot().Resolutions, Has.Count.EqualTo(1));
            Assert.That(resolution.Parts.Select(p => p.Heading.Label.Text), Is.EqualTo(new[] { "I", "II" }));
            Assert.That(resolution.Parts.Select(p => p.Preamble!.Recitals.Count), Is.EqualTo(new[] { 1, 1 }));
            Assert.That(resolution.Parts.Select(p => p.OperativePart!.Paragraphs.Count()), Is.EqualTo(new[] { 2, 2 }));
            Assert.That(tree.GetDiagnostics(), Is.Empty);
        });
    }

    [Test]
    public void A_roman_numeral_without_a_formula_after_it_is_a_section_heading()
    {
        const string text = "\tThe General Assembly,\n\tNoting the report,\nI\nGeneral matters\n\t1.\tDecides to act;\nII\nBudget\n\t1.\tApproves the budget.\n";
        ResolutionSyntax resolution = Parse(text, out _);
        Assert.That(resolution.Parts, Is.Empty);
        Assert.That(resolution.OperativePart!.Headings.Select(h => h.Label.Text), Is.EqualTo(new[] { "I", "II" }));
    }

    [Test]
    public void A_title_wrapped_onto_a_second_line_stays_in_the_header()
    {
        string original = Fixtures.Ods("A_RES_75_308");
        // Only the title line (the first occurrence); the running heads of the trailer keep theirs.
        const string title = "of the high-level meeting on improving global road safety\n";
        int at = original.IndexOf(title, StringComparison.Ordinal);
        string text = original[..at] + "of the high-level meeting\non improving global road safety\n" + original[(at + title.Length)..];
        Assert.That(text, Is.Not.EqualTo(original));
        ResolutionSyntax resolution = Parse(text, out ResolutionSyntaxTree tree);
        var facts = new ResolutionFacts(resolution);
        Assert.Multiple(() =>
        {
            Assert.That(tree.GetRoot().Resolutions, Has.Count.EqualTo(1));
            Assert.That((facts.Recitals.Count, facts.OperativeNumbers.Count), Is.EqualTo((11, 14)));
            Assert.That(resolution.Header!.TitleContinuation.Single().Title!.ToString(), Is.EqualTo("on improving global road safety"));
            Assert.That(UnResolutions.Model.ResolutionModel.FromTree(tree)[0].Title,
                Is.EqualTo("Scope, modalities, format and organization of the high-level meeting on improving global road safety"));
            Assert.That(tree.GetDiagnostics(), Is.Empty);
        });
    }
}
