using System.Text;
using UnResolutions.Diagnostics;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// The footnote linker on real text: the references it must find (glued to digits, in pairs, displaced by the
/// source), how it resynchronizes after one it cannot find, and the title line whose text a reference cuts.
/// </summary>
[TestFixture]
public class FootnoteLinkerTests
{
    // ---- The title line --------------------------------------------------------------------------

    [Test]
    public void A_reference_inside_the_title_does_not_cut_the_title_short()
    {
        // ES-10/24's title line, with words after its note: the reference cuts the title's text token in two.
        string text = Fixtures.Ods("A_RES_ES-10_24").Replace("in the Occupied Palestinian Territory1\n", "in the Occupied Palestinian Territory1 and beyond\n", StringComparison.Ordinal);
        var tree = ResolutionSyntaxTree.ParseText(text);
        TitleLineSyntax title = tree.GetRoot().Resolution!.Header!.TitleLine!;
        Assert.Multiple(() =>
        {
            Assert.That(title.Title, Does.StartWith("Advisory opinion of the International Court of Justice").And.EndWith("in the Occupied Palestinian Territory and beyond"));
            Assert.That(title.FootnoteReferences.Select(t => t.Text), Is.EqualTo(new[] { "1" }));
            Assert.That(string.Concat(title.TitleTokens.Select(t => t.Text)), Does.EndWith("Territory1 and beyond"));
            ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
            Assert.That(d.Title, Does.EndWith("in the Occupied Palestinian Territory and beyond"));
            Assert.That(d.TitleFootnoteRefs, Is.EqualTo(new[] { 1 }));
        });
    }

    // ---- The link kept in the tree ---------------------------------------------------------------

    [Test]
    public void A_reference_holds_the_footnote_it_cites_and_GetFootnote_reads_it_not_the_text()
    {
        var tree = ResolutionSyntaxTree.ParseText(Fixtures.Ods("A_RES_ES-10_24"));
        SyntaxToken reference = tree.GetRoot().Resolution!.Header!.TitleLine!.FootnoteReferences.Single();
        Assert.That(reference.Green!.CitedFootnote, Is.EqualTo(1), "the linker's decision is on the green token");
        // A copy with other trivia keeps the link.
        SyntaxToken respaced = reference.WithLeadingTrivia([SyntaxFactory.Whitespace(" ")]);
        Assert.That(respaced.Green!.CitedFootnote, Is.EqualTo(1));
        // The same text citing another footnote: GetFootnote follows the tree, not the digits.
        var relinked = new SyntaxToken(null, reference.Green!.AsReference(2), 0, 0);
        DocumentSyntax edited = tree.GetRoot().ReplaceToken(reference, relinked);
        SyntaxToken moved = edited.Resolution!.Header!.TitleLine!.FootnoteReferences.Single();
        Assert.Multiple(() =>
        {
            Assert.That(moved.Text, Is.EqualTo("1"));
            Assert.That(moved.GetFootnote()?.NumberValue, Is.EqualTo(2));
            Assert.That(ResolutionModel.FromTree(ResolutionSyntaxTree.CreateForRoot(edited)).Single().TitleFootnoteRefs, Is.EqualTo(new[] { 2 }));
        });
    }

    [Test]
    public void A_reference_built_by_hand_cites_the_footnote_its_text_numbers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SyntaxFactory.Token(SyntaxKind.FootnoteReferenceToken, "12").Green!.CitedFootnote, Is.EqualTo(12));
            Assert.That(SyntaxFactory.Token(SyntaxKind.FootnoteReferenceToken, "x").Green!.CitedFootnote, Is.Null);
            Assert.That(SyntaxFactory.Token(SyntaxKind.TextToken, "12").Green!.CitedFootnote, Is.Null);
            Assert.That(SyntaxFactory.Token(SyntaxKind.FootnoteReferenceToken, "12").WithText("3").Green!.CitedFootnote, Is.EqualTo(3));
        });
    }

    [Test]
    public void The_security_council_number_line_has_no_title()
    {
        TitleLineSyntax title = ResolutionSyntaxTree.ParseText(Fixtures.Ods("S_RES_2522_2020")).GetRoot().Resolution!.Header!.TitleLine!;
        Assert.That((title.Title, title.TitleTokens.Count(), title.FootnoteReferences.Count()), Is.EqualTo(((string?)null, 0, 0)));
    }

    private static SyntaxToken TokenAt(ResolutionSyntaxTree tree, int position) =>
        tree.GetRoot().DescendantTokens().First(t => t.Span.Start <= position && position < t.Span.End);

    // ---- References the linker must find (real documents of dev/ga) ------------------------------

    /// <summary>A real reference of a weak shape: the text before it, its digits, the text after it.</summary>
    private static readonly object[] WeakShapes =
    [
        // A reference glued to digits: the rest is a well-formed number (a resolution has at most three digits after the slash).
        new object[] { "A_RES_75_132", "pursuant to its resolution 59/300", "8", " and the reports" },
        new object[] { "A_RES_75_204", "Further Implementation of Agenda 21", "6", " and the Plan" },
        new object[] { "A_RES_75_217", "the request in decision 1/CP.21", "25", " of the Conference" },
        // After the full stop of a sentence ending with a year.
        new object[] { "A_RES_75_212", "no later than January 2023.", "14", " " },
        // Apart from its text, at the end of a recital.
        new object[] { "A_RES_75_182", "inclusive and equitable global economic environment for trade and development\", ", "11", "" },
        // Placed one word late by the source, glued to the next word; or inside it.
        new object[] { "A_RES_75_29", "(Budapest Memorandum) of 5 December 1994, ", "1", "in which" },
        new object[] { "A_RES_76_204", "Third International Conference on Financing for Development, ", "17", "the Paris Agreement" },
        new object[] { "A_RES_76_222", "on antimicrobial resistance, a", "21", "nd noting" },
    ];

    [TestCaseSource(nameof(WeakShapes))]
    public void A_reference_of_a_weak_shape_is_found_where_it_is_the_footnote_expected(string name, string before, string digits, string after)
    {
        string text = DevFixtures.Ods(name);
        int at = text.IndexOf(before + digits + after, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), "the excerpt is in the document");
        at += before.Length;
        var tree = ResolutionSyntaxTree.ParseText(text);
        SyntaxToken token = TokenAt(tree, at);
        Assert.Multiple(() =>
        {
            Assert.That((token.Kind, token.Span.Start, token.Text), Is.EqualTo((SyntaxKind.FootnoteReferenceToken, at, digits)));
            Assert.That(token.GetFootnote()?.NumberValue, Is.EqualTo(int.Parse(digits)));
            // Every reference of the document, in order, is the UN's: one missed reference no longer loses the later ones.
            Assert.That(DevFixtures.TreeRefs(tree), Is.EqualTo(DevFixtures.FootnoteMarkers(name)));
            Assert.That(tree.GetDiagnostics().Where(d => d.Code == "UNR0201"), Is.Empty, "every footnote is cited");
            // The guess is reported where it was made.
            Assert.That(tree.GetDiagnostics().Where(d => d.Code == DiagnosticDescriptors.GuessedFootnoteReference.Code).Select(d => d.Span.Start), Does.Contain(at));
        });
    }

    [Test]
    public void The_text_keeps_the_number_a_reference_was_cut_from()
    {
        var tree = ResolutionSyntaxTree.ParseText(DevFixtures.Ods("A_RES_75_132"));
        Paragraph recital = ResolutionModel.FromTree(tree).Single().Preamble.Single(p => p.Text.Contains("resolution 59/300 and", StringComparison.Ordinal));
        Assert.That(recital.Text, Does.Contain("pursuant to its resolution 59/300 and the reports"));
        Assert.That(recital.FootnoteRefs, Is.EqualTo(new[] { 8, 9, 10, 11 }));
        Assert.That(recital.References.Select(r => r.Value), Does.Contain("A/RES/59/300"));
    }

    [Test]
    public void A_number_after_a_year_in_parentheses_is_a_reference_only_where_it_is_the_footnote_expected()
    {
        // 75/264: "recommendation (2019)1 of the Committee of Ministers" is a Council of Europe symbol (CM/Rec(2019)1),
        // read after footnote 1 was cited; "(2019)11" is footnote 11, the one expected there.
        const string name = "A_RES_75_264";
        string text = DevFixtures.Ods(name);
        var tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(DevFixtures.TreeRefs(tree), Is.EqualTo(DevFixtures.FootnoteMarkers(name)));
        int symbol = text.IndexOf("recommendation (2019)1 of", StringComparison.Ordinal) + "recommendation (2019)".Length;
        Assert.That(TokenAt(tree, symbol).Kind, Is.EqualTo(SyntaxKind.TextToken));
    }

    // ---- Inline excerpts: pairs, symbols, quantities -------------------------------------------------

    /// <summary>A General Assembly resolution in the ODS layout, with these recitals and footnotes 1 to <paramref name="footnotes"/>.</summary>
    private static string Resolution(int footnotes, params string[] recitals)
    {
        var text = new StringBuilder();
        text.Append("Resolution adopted by the General Assembly on 9 December 2022\n[without reference to a Main Committee (A/77/L.1)]\n");
        text.Append("77/1.\tA resolution\n\tThe General Assembly,\n");
        foreach (string recital in recitals) { text.Append('\t').Append(recital).Append('\n'); }
        text.Append("\t1.\tDecides to remain seized of the matter.\n\n46th plenary meeting\n9 December 2022\n\n");
        for (int n = 1; n <= footnotes; n++) { text.Append(n).Append(" See A/77/").Append(100 + n).Append(".\n"); }
        return text.ToString();
    }

    private static IEnumerable<string> Citing(int count) => Enumerable.Range(1, count).Select(n => $"Recalling the instrument{n},");

    [Test]
    public void A_pair_of_references_is_two_references()
    {
        // "Convention10,11": two notes at one place; the comma is not a thousands separator (two digits after it).
        string text = Resolution(12, [.. Citing(9), "Recalling the Convention10,11 and the Protocol thereto,12"]);
        Assert.That(DevFixtures.TreeRefs(ResolutionSyntaxTree.ParseText(text)), Is.EqualTo(Enumerable.Range(1, 12)));
    }

    [Test]
    public void A_reference_glued_to_a_name_and_its_number()
    {
        // "COVID-1914": the pandemic is COVID-19, the note 14 (the example).
        string text = Resolution(14, [.. Citing(13), "Noting with concern the COVID-1914 pandemic,"]);
        var tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(DevFixtures.TreeRefs(tree), Is.EqualTo(Enumerable.Range(1, 14)));
        Assert.That(ResolutionModel.FromTree(tree).Single().Preamble[^1].Text, Is.EqualTo("the COVID-19 pandemic,"), "'Noting with concern' is the lead phrase");
    }

    [Test]
    public void A_quantity_glued_to_a_word_is_no_second_citation()
    {
        // 76/72: "with the aim of making100 per cent of communities …" after footnote 100 was cited.
        string text = Resolution(2, "Recalling the instrument1,", "Noting the aim of making1 per cent of communities prepared,", "Recalling the other instrument2,");
        Assert.That(DevFixtures.TreeRefs(ResolutionSyntaxTree.ParseText(text)), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void A_decimal_comma_is_no_second_citation()
    {
        // ga-fr 75/151: "consacrer 0,7 pour cent …, et de 0,15 à 0,20 pour cent" after footnotes 7, 15 and 20 are cited.
        string text = Resolution(3, "Recalling the instrument1,", "Recalling the instrument2,", "Recalling the commitment to devote 0,2 pour cent and 0,1 à 0,2 of the income,", "Recalling the instrument3,");
        Assert.That(DevFixtures.TreeRefs(ResolutionSyntaxTree.ParseText(text)), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    // ---- Resynchronization ------------------------------------------------------------------------

    [Test]
    public void One_reference_that_cannot_be_found_does_not_lose_the_later_ones()
    {
        // 71/242 with the reference to footnote 2 gone ("… Framework Convention on Climate Change2 that …").
        string original = Fixtures.Ods("A_RES_71_242");
        string text = original.Replace("Framework Convention on Climate Change2", "Framework Convention on Climate Change", StringComparison.Ordinal);
        Assert.That(text, Is.Not.EqualTo(original));
        var tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(DevFixtures.TreeRefs(tree), Is.EqualTo(new[] { 1, 3, 4, 5, 6, 7, 8, 4, 9, 10, 11, 12 }), "footnote 4 cited again keeps its number");
        IReadOnlyList<Diagnostic> diagnostics = tree.GetDiagnostics();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Where(d => d.Code == "UNR0201").Select(d => d.Message), Is.EqualTo(new[] { "Footnote 2 is never cited in the text." }));
            Diagnostic resync = diagnostics.Single(d => d.Code == DiagnosticDescriptors.FootnoteReferenceResynchronized.Code);
            Assert.That(resync.Span.Start, Is.EqualTo(text.IndexOf("22 July 2016,3", StringComparison.Ordinal) + "22 July 2016,".Length));
            Assert.That(resync.Message, Does.Contain("footnote 2"));
            Assert.That(resync.Severity, Is.EqualTo(DiagnosticSeverity.Info));
        });
    }

    [Test]
    public void A_stray_number_ahead_of_the_sequence_is_left_as_text()
    {
        // "Agreement5" before footnotes 2 to 4 are cited: taking it would leave three footnotes uncited.
        string text = Resolution(5, "Recalling the instrument1,", "Recalling the Agreement5 of the parties,", "Recalling the instrument2,", "Recalling the instrument3,", "Recalling the instrument4,", "Recalling the instrument5,");
        var tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(DevFixtures.TreeRefs(tree), Is.EqualTo(Enumerable.Range(1, 5)));
        Assert.That(tree.GetDiagnostics().Single(d => d.Code == "UNR0202").Message, Does.Contain("footnote 2 has not been cited yet"));
    }

    // ---- Robustness -------------------------------------------------------------------------------

    private static readonly string[] Shapes =
    [
        "resolution 59/300", "8", "Agenda 21", "COVID-19", "1/CP.21", "2023.", "(2019)", "1", "10,11", ", ", " ", "in which", "a", "nd",
        "per cent", "1994", "20165", "VIII/19", "13", "\u00A0", ",", ";", ".", "\t", "\n", "”", "0", "999", "1234567", "x", "A/75/1001",
    ];

    [Test]
    public void Random_digit_rich_recitals_link_without_throwing_and_round_trip()
    {
        const int seed = 9;
        var random = new Random(seed);
        for (int i = 0; i < 300; i++)
        {
            var recitals = new List<string>();
            for (int r = random.Next(1, 6); r > 0; r--)
            {
                var recital = new StringBuilder("Recalling ");
                for (int k = random.Next(0, 40); k > 0; k--) { recital.Append(Shapes[random.Next(Shapes.Length)]); }
                recitals.Add(recital.ToString());
            }
            string text = Resolution(random.Next(1, 30), [.. recitals]);
            ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseText(text);
            Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text), $"case {i}");
            Assert.That(tree.GetDiagnostics().All(d => d.Span.End <= text.Length), Is.True, $"case {i}");
            Assert.DoesNotThrow(() => ResolutionModel.FromTree(tree), $"case {i}");
            var cited = new HashSet<int>();
            foreach (SyntaxToken reference in tree.GetRoot().DescendantTokens().Where(t => t.Kind == SyntaxKind.FootnoteReferenceToken))
            {
                Assert.That(reference.GetFootnote(), Is.Not.Null, $"case {i}: every reference cites a footnote of the section");
                cited.Add(int.Parse(reference.Text));
            }
            // A footnote is reported as never cited exactly when no reference token cites it.
            var footnotes = tree.GetRoot().Resolutions.SelectMany(r => r.FootnoteSection?.Footnotes ?? default).ToList();
            var uncited = tree.GetDiagnostics().Where(d => d.Code == "UNR0201").Select(d => d.Span.Start).ToHashSet();
            foreach (FootnoteSyntax footnote in footnotes)
            {
                Assert.That(uncited.Contains(footnote.Number.Span.Start), Is.EqualTo(!cited.Contains(footnote.NumberValue)), $"case {i}: footnote {footnote.NumberValue}");
            }
        }
    }

    // ---- A note cited twice ----------------------------------------------------------------------

    [Test]
    public void A_note_cited_again_is_kept_and_reported_where_it_stands()
    {
        string original = Fixtures.Ods("A_RES_71_242");
        var before = ResolutionSyntaxTree.ParseText(original);
        SyntaxToken first = before.GetRoot().DescendantTokens().First(t => t.Kind == SyntaxKind.FootnoteReferenceToken);
        // Cite the first note again, glued to the last word of a later line that ends with a comma.
        int lineEnd = original.IndexOf(",\n", first.Span.End, StringComparison.Ordinal);
        while (!char.IsAsciiLetterLower(original[lineEnd - 1])) { lineEnd = original.IndexOf(",\n", lineEnd + 1, StringComparison.Ordinal); }
        string text = original.Insert(lineEnd, first.Text);
        var tree = ResolutionSyntaxTree.ParseText(text);
        Assert.Multiple(() =>
        {
            // 71/242 itself cites note 4 twice (the Lima Declaration, in a recital and in paragraph 2).
            Assert.That(Repeats(before).Select(d => d.LineSpan.Start.Line + 1), Is.EqualTo(new[] { 32 }));
            Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
            SyntaxToken again = TokenAt(tree, lineEnd);
            Assert.That((again.Kind, again.Text), Is.EqualTo((SyntaxKind.FootnoteReferenceToken, first.Text)));
            Assert.That(Repeats(tree).Select(d => d.Span.Start), 
                Is.EquivalentTo(Repeats(before).Select(d => d.Span.Start >= lineEnd ? d.Span.Start + first.Text.Length : d.Span.Start).Append(lineEnd)));
            int Count(ResolutionSyntaxTree t) => ResolutionModel.FromTree(t).Single().Operative.Concat(ResolutionModel.FromTree(t).Single().Preamble).Sum(p => p.FootnoteRefs.Count);
            Assert.That(Count(tree), Is.EqualTo(Count(before) + 1), "the model keeps the second citation");
        });
    }

    private static IEnumerable<Diagnostic> Repeats(ResolutionSyntaxTree tree) =>
        tree.GetDiagnostics().Where(d => d.Code == DiagnosticDescriptors.RepeatedFootnoteReference.Code);
}
