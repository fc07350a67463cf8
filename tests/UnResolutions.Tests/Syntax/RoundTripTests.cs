using System.Text;
using UnResolutions.Syntax;
using UnResolutions.Text;

namespace UnResolutions.Tests.Syntax;

/// <summary>
/// The tree is lossless: for every fixture, and for variants of it (line endings, byte order mark,
/// non-breaking spaces, trailing white space), the full text of the root, of every node and of every token is
/// exactly the input at its span.
/// </summary>
[TestFixture]
public class RoundTripTests
{
    public static IEnumerable<string> Names() => Fixtures.OdsNames();

    /// <summary>A fixture with every line break normalized to <c>\n</c>.</summary>
    private static string Lf(string name) => Fixtures.Ods(name).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Crlf(string name) => Lf(name).Replace("\n", "\r\n", StringComparison.Ordinal);

    private static string LoneCr(string name) => Lf(name).Replace("\n", "\r", StringComparison.Ordinal);

    private static string Bom(string name) => "\uFEFF" + Fixtures.Ods(name);

    private static string TrailingWhitespaceRemoved(string name) =>
        string.Join("\n", Lf(name).Split('\n').Select(l => l.TrimEnd(' ', '\t', '\u00A0')));

    private static bool IsFormula(string line) => line.StartsWith("\tThe General Assembly", StringComparison.Ordinal) || line.StartsWith("\tThe Security Council", StringComparison.Ordinal);

    /// <summary>
    /// Every space of the body lines (the tab-indented recitals, paragraphs and sub-paragraphs, not the formula)
    /// made a non-breaking space.
    /// </summary>
    private static string NonBreakingSpaces(string name) =>
        string.Join("\n", Lf(name).Split('\n').Select(l => l.StartsWith('\t') && !IsFormula(l) ? l.Replace(' ', '\u00A0') : l));

    public static IEnumerable<TestCaseData> Variants()
    {
        foreach (string name in Fixtures.OdsNames())
        {
            yield return new TestCaseData(name, "original").SetArgDisplayNames(name, "original");
            yield return new TestCaseData(name, "crlf").SetArgDisplayNames(name, "crlf");
            yield return new TestCaseData(name, "bom").SetArgDisplayNames(name, "bom");
            yield return new TestCaseData(name, "nbsp").SetArgDisplayNames(name, "nbsp");
            yield return new TestCaseData(name, "cr").SetArgDisplayNames(name, "cr");
            yield return new TestCaseData(name, "trimmed").SetArgDisplayNames(name, "trimmed");
        }
    }

    private static string Variant(string name, string variant) => variant switch
    {
        "original" => Fixtures.Ods(name),
        "crlf" => Crlf(name),
        "bom" => Bom(name),
        "nbsp" => NonBreakingSpaces(name),
        "cr" => LoneCr(name),
        "trimmed" => TrailingWhitespaceRemoved(name),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };

    [TestCaseSource(nameof(Names))]
    public void Full_string_of_the_root_is_the_input(string name)
    {
        string text = Fixtures.Ods(name);
        var tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
        Assert.That(tree.GetRoot().FullSpan, Is.EqualTo(new TextSpan(0, text.Length)));
        Assert.That(tree.Text.ToString(), Is.EqualTo(text));
        var writer = new StringWriter();
        tree.GetRoot().WriteTo(writer);
        Assert.That(writer.ToString(), Is.EqualTo(text));
    }

    [TestCaseSource(nameof(Variants))]
    public void Variant_round_trips(string name, string variant)
    {
        string text = Variant(name, variant);
        // Test data: the variant has the property it is named after.
        switch (variant)
        {
            case "crlf": Assert.That(text.Replace("\r\n", "", StringComparison.Ordinal), Does.Not.Contain("\n").And.Not.Contain("\r")); break;
            case "cr": Assert.That(text, Does.Not.Contain("\n").And.Contain("\r")); break;
            case "bom": Assert.That(text, Does.StartWith("\uFEFF")); break;
            case "nbsp": Assert.That(text, Does.Contain("\u00A0")); break;
            case "trimmed": Assert.That(text.Split('\n').Where(l => l.Length > 0).Select(l => l[^1]), Has.None.AnyOf(' ', '\t')); break;
        }
        var tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
    }

    [TestCaseSource(nameof(Variants))]
    public void Tokens_concatenate_to_the_input(string name, string variant)
    {
        string text = Variant(name, variant);
        var tree = ResolutionSyntaxTree.ParseText(text);
        var builder = new StringBuilder();
        foreach (SyntaxToken token in tree.GetRoot().DescendantTokens()) { builder.Append(token.ToFullString()); }
        Assert.That(builder.ToString(), Is.EqualTo(text));
    }

    [TestCaseSource(nameof(Variants))]
    public void Spans_are_contiguous_nested_and_match_the_text(string name, string variant)
    {
        string text = Variant(name, variant);
        var tree = ResolutionSyntaxTree.ParseText(text);
        AssertSpansConsistent(tree.GetRoot(), text);
    }

    /// <summary>
    /// Every node: its children's full spans tile its full span exactly, in order; its span lies in its full span;
    /// its full string and string are the input at those spans. Every token and every trivia: the same.
    /// Reports the first violation only (a broken tree would give thousands).
    /// </summary>
    internal static void AssertSpansConsistent(SyntaxNode root, string text)
    {
        Assert.That(root.FullSpan, Is.EqualTo(new TextSpan(0, text.Length)), "root full span");
        foreach (SyntaxNode node in root.DescendantNodes(includeSelf: true))
        {
            TextSpan full = node.FullSpan;
            string where = $"{node.Kind} {full}";
            if (!full.Contains(node.Span)) { Assert.Fail($"{where}: span {node.Span} outside the full span"); }
            if (node.ToFullString() != text.Substring(full.Start, full.Length)) { Assert.Fail($"{where}: ToFullString differs from the input at the full span"); }
            if (node.ToString() != text.Substring(node.Span.Start, node.Span.Length)) { Assert.Fail($"{where}: ToString differs from the input at the span"); }
            int position = full.Start;
            foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
            {
                if (child.FullSpan.Start != position)
                {
                    Assert.Fail($"{where}: child {child.Kind} {child.FullSpan} starts at {child.FullSpan.Start}, expected {position} (gap or overlap)");
                }
                if (!ReferenceEquals(child.Parent, node)) { Assert.Fail($"{where}: child {child.Kind} {child.FullSpan} has another parent ({child.Parent?.Kind})"); }
                position = child.FullSpan.End;
            }
            if (node.ChildNodesAndTokens().Any() && position != full.End)
            {
                Assert.Fail($"{where}: children end at {position}, the node at {full.End}");
            }
        }
        foreach (SyntaxToken token in root.DescendantTokens())
        {
            string where = $"{token.Kind} {token.FullSpan}";
            if (token.ToFullString() != text.Substring(token.FullSpan.Start, token.FullSpan.Length)) { Assert.Fail($"{where}: ToFullString differs from the input"); }
            if (token.Text != text.Substring(token.Span.Start, token.Span.Length)) { Assert.Fail($"{where}: Text differs from the input at the span"); }
            int position = token.FullSpan.Start;
            foreach (SyntaxTrivia trivia in token.LeadingTrivia)
            {
                if (trivia.Span.Start != position) { Assert.Fail($"{where}: leading trivia {trivia.Kind} at {trivia.Span}, expected {position}"); }
                position = trivia.Span.End;
            }
            if (position != token.Span.Start) { Assert.Fail($"{where}: leading trivia end at {position}, the text starts at {token.Span.Start}"); }
            position = token.Span.End;
            foreach (SyntaxTrivia trivia in token.TrailingTrivia)
            {
                if (trivia.Span.Start != position) { Assert.Fail($"{where}: trailing trivia {trivia.Kind} at {trivia.Span}, expected {position}"); }
                position = trivia.Span.End;
            }
            if (position != token.FullSpan.End) { Assert.Fail($"{where}: trailing trivia end at {position}, the token at {token.FullSpan.End}"); }
        }
        foreach (SyntaxTrivia trivia in root.DescendantTrivia())
        {
            if (trivia.ToString() != text.Substring(trivia.Span.Start, trivia.Span.Length)) { Assert.Fail($"{trivia.Kind} {trivia.Span}: differs from the input"); }
        }
    }

    // ---- The structure survives the variants -----------------------------------------------------

    private static void AssertSameCounts(string name, string variant)
    {
        var original = new ResolutionFacts(ResolutionSyntaxTree.ParseText(Fixtures.Ods(name)).GetRoot().Resolution!);
        var tree = ResolutionSyntaxTree.ParseText(Variant(name, variant));
        Assert.That(tree.GetRoot().Resolutions, Has.Count.EqualTo(1));
        var facts = new ResolutionFacts(tree.GetRoot().Resolution!);
        var expected = Fixtures.Expected(name);
        Assert.Multiple(() =>
        {
            Assert.That(facts.Recitals, Has.Count.EqualTo(expected.GetProperty("preambleCount").GetInt32()), "recitals");
            Assert.That(facts.OperativeNumbers, Has.Count.EqualTo(expected.GetProperty("operativeCount").GetInt32()), "operative paragraphs");
            Assert.That(facts.Recitals, Has.Count.EqualTo(original.Recitals.Count), "recitals, as in the original");
            Assert.That(facts.Paragraphs, Has.Count.EqualTo(original.Paragraphs.Count), "paragraphs, as in the original");
            Assert.That(facts.LeadPhrases, Is.EqualTo(original.LeadPhrases.Select(p => variant == "nbsp" ? p.Replace(' ', '\u00A0') : p)), "lead phrases");
            Assert.That(facts.Subparagraphs, Has.Count.EqualTo(original.Subparagraphs.Count), "sub-paragraphs");
            Assert.That(facts.FootnoteMarkers, Is.EqualTo(original.FootnoteMarkers), "footnotes");
            Assert.That(facts.FootnoteReferences, Is.EqualTo(original.FootnoteReferences), "footnote references");
        });
    }

    [TestCaseSource(nameof(Names))]
    public void Crlf_variant_keeps_the_counts(string name) => AssertSameCounts(name, "crlf");

    [TestCaseSource(nameof(Names))]
    public void Bom_variant_keeps_the_counts(string name) => AssertSameCounts(name, "bom");

    [TestCaseSource(nameof(Names))]
    public void Nbsp_variant_keeps_the_counts(string name) => AssertSameCounts(name, "nbsp");

    [TestCaseSource(nameof(Names))]
    public void Lone_cr_variant_keeps_the_counts(string name) => AssertSameCounts(name, "cr");

    [TestCaseSource(nameof(Names))]
    public void Trimmed_variant_keeps_the_counts(string name) => AssertSameCounts(name, "trimmed");

    [TestCase("A_RES_71_242")]
    [TestCase("S_RES_2522_2020")]
    public void Formula_with_non_breaking_spaces_is_still_the_formula(string name)
    {
        // ODS exports use non-breaking spaces freely; dates and lead phrases accept them, and so should the formula.
        string text = string.Join("\n", Lf(name).Split('\n').Select(l => IsFormula(l) ? l.Replace(' ', '\u00A0') : l));
        var tree = ResolutionSyntaxTree.ParseText(text);
        ResolutionSyntax resolution = tree.GetRoot().Resolution!;
        Assert.That(resolution.Formula, Is.Not.Null,
            $"no formula; the line became: {resolution.Preamble?.Recitals.FirstOrDefault()?.Kind} with lead phrase missing = {resolution.Preamble?.Recitals.FirstOrDefault()?.LeadPhrase.IsMissing}; diagnostics: {string.Join("; ", tree.GetDiagnostics())}");
        Assert.That(resolution.Formula!.ToString().Replace('\u00A0', ' '), Does.Match("^The (General Assembly|Security Council),$"));
        Assert.That(new ResolutionFacts(resolution).Recitals, Has.Count.EqualTo(Fixtures.Expected(name).GetProperty("preambleCount").GetInt32()));
        // No diagnostic of its own: the same as the text with plain spaces (71/242's repeated note 4, UNR0205).
        Assert.That(tree.GetDiagnostics().Select(d => d.ToString()), Is.EqualTo(ResolutionSyntaxTree.ParseText(Lf(name)).GetDiagnostics().Select(d => d.ToString())));
    }

    [TestCaseSource(nameof(Names))]
    public void Bom_is_trivia_before_the_first_token(string name)
    {
        string text = Bom(name);
        var tree = ResolutionSyntaxTree.ParseText(text);
        SyntaxTrivia first = tree.GetRoot().DescendantTrivia().First();
        Assert.That(first.Span, Is.EqualTo(new TextSpan(0, 1)));
        Assert.That(first.Kind, Is.EqualTo(SyntaxKind.ByteOrderMarkTrivia));
        Assert.That(first.ToString(), Is.EqualTo("\uFEFF"));
        Assert.That(tree.GetDiagnostics().Select(d => d.Code), Is.EqualTo(ResolutionSyntaxTree.ParseText(Fixtures.Ods(name)).GetDiagnostics().Select(d => d.Code)),
            "a byte order mark adds no diagnostic");
    }

    [TestCaseSource(nameof(Names))]
    public void Crlf_variant_has_no_more_diagnostics_than_the_original(string name)
    {
        var original = ResolutionSyntaxTree.ParseText(Lf(name)).GetDiagnostics().Select(d => d.Code).ToList();
        var crlf = ResolutionSyntaxTree.ParseText(Crlf(name)).GetDiagnostics().Select(d => d.Code).ToList();
        Assert.That(crlf, Is.EqualTo(original));
    }

    [TestCase("A_RES_71_242")]
    [TestCase("A_RES_67_225")]
    public void Crlf_line_endings_are_trivia_not_text(string name)
    {
        var tree = ResolutionSyntaxTree.ParseText(Crlf(name));
        var withCr = tree.GetRoot().DescendantTokens().Where(t => t.Text.Contains('\r') && t.Kind != SyntaxKind.TextToken).Select(t => $"{t.Kind} {t.Span}").ToList();
        Assert.That(withCr, Is.Empty, "no token other than running text holds a carriage return");
        ResolutionSyntax resolution = tree.GetRoot().Resolution!;
        Assert.That(resolution.Preamble!.Recitals.Select(r => r.LeadPhrase.Text), Has.None.Contains("\r"));
        Assert.That(resolution.Closing?.Meeting.Text, Does.Not.Contain("\r"));
        Assert.That(resolution.Trailer?.JobNumber, Does.Not.Contain("\r"));
        Assert.That(resolution.FootnoteSection!.Footnotes.Select(f => f.Body.ToString()), Has.None.EndsWith("\r"));
    }
}
