using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using UnResolutions.Diagnostics;
using UnResolutions.Syntax;
using UnResolutions.Tests.Syntax;
using UnResolutions.Text;

namespace UnResolutions.Tests.ErrorRecovery;

/// <summary>
/// Hostile and broken input: the parser never throws, always round-trips, and reports well-formed diagnostics
/// (a code, a span inside the text, a 1-based line and column that match the span).
/// </summary>
[TestFixture]
public partial class RobustnessTests
{
    private const string Res71 = "A_RES_71_242";

    [GeneratedRegex(@"^UNR\d{4}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[1-9]\d*,[1-9]\d*$")]
    private static partial Regex OneBasedPosition();

    /// <summary>Parses, checks the round trip and every diagnostic, and returns the tree.</summary>
    private static ResolutionSyntaxTree ParseChecked(string text, bool checkSpans = true)
    {
        ResolutionSyntaxTree? tree = null;
        Assert.DoesNotThrow(() => tree = ResolutionSyntaxTree.ParseText(text));
        Assert.That(tree!.GetRoot().ToFullString() == text, Is.True, "the full string of the root is the input");
        if (checkSpans) { RoundTripTests.AssertSpansConsistent(tree.GetRoot(), text); }
        AssertDiagnosticsWellFormed(tree, text);
        return tree;
    }

    private static void AssertDiagnosticsWellFormed(ResolutionSyntaxTree tree, string text)
    {
        IReadOnlyList<Diagnostic>? diagnostics = null;
        Assert.DoesNotThrow(() => diagnostics = tree.GetDiagnostics());
        List<int> lineStarts = TextPositions.LineStarts(text);
        foreach (Diagnostic d in diagnostics!)
        {
            string where = $"{d.Code} {d.Span}";
            if (!CodePattern().IsMatch(d.Code)) { Assert.Fail($"{where}: malformed code"); }
            if (string.IsNullOrWhiteSpace(d.Message)) { Assert.Fail($"{where}: no message"); }
            if (d.Span.Start < 0 || d.Span.End > text.Length) { Assert.Fail($"{where}: span outside the text (length {text.Length})"); }
            if (d.LineSpan.Start != TextPositions.Of(lineStarts, d.Span.Start)) { Assert.Fail($"{where}: line span starts at {d.LineSpan.Start}, expected ({TextPositions.Of(lineStarts, d.Span.Start)})"); }
            if (d.LineSpan.End != TextPositions.Of(lineStarts, d.Span.End)) { Assert.Fail($"{where}: line span ends at {d.LineSpan.End}, expected ({TextPositions.Of(lineStarts, d.Span.End)})"); }
            if (!OneBasedPosition().IsMatch(d.LineSpan.Start.ToString())) { Assert.Fail($"{where}: '{d.LineSpan.Start}' is not a 1-based line,column"); }
            if (!d.ToString().StartsWith($"({d.LineSpan.Start.Line + 1},{d.LineSpan.Start.Character + 1}): ", StringComparison.Ordinal)) { Assert.Fail($"{where}: ToString '{d}'"); }
        }
    }

    private static Diagnostic Single(ResolutionSyntaxTree tree, string code)
    {
        var matching = tree.GetDiagnostics().Where(d => d.Code == code).ToList();
        Assert.That(matching, Has.Count.EqualTo(1), $"one {code} among: {string.Join("; ", tree.GetDiagnostics())}");
        return matching[0];
    }

    private static int MaxSubparagraphDepth(SyntaxNode root)
    {
        int max = 0;
        foreach (SyntaxNode node in root.DescendantNodes().Where(n => n.Kind == SyntaxKind.Subparagraph))
        {
            // Only the innermost ones matter, but counting every node's ancestors is cheap enough.
            if (node.ChildNodes().Any(c => c.Kind == SyntaxKind.Subparagraph)) { continue; }
            max = Math.Max(max, node.Ancestors().Count(a => a.Kind == SyntaxKind.Subparagraph) + 1);
        }
        return max;
    }

    // ---- Empty and near-empty input ---------------------------------------------------------------

    [Test]
    public void Empty_string_gives_UNR0001_at_1_1()
    {
        var tree = ParseChecked(string.Empty);
        Diagnostic d = Single(tree, "UNR0001");
        Assert.That(d.Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(d.LineSpan.Start.ToString(), Is.EqualTo("1,1"));
        Assert.That(d.Span.Start, Is.Zero);
        Assert.That(tree.GetRoot().Resolutions, Is.Empty);
        Assert.That(tree.GetRoot().EndOfFile.Kind, Is.EqualTo(SyntaxKind.EndOfFileToken));
    }

    [TestCase(" ")]
    [TestCase("\n")]
    [TestCase("  \t\n\r\n\t \u00A0\n")]
    [TestCase("\uFEFF")]
    [TestCase("\uFEFF\r\n\r\n")]
    public void Whitespace_only_gives_UNR0001(string text)
    {
        var tree = ParseChecked(text);
        Diagnostic d = Single(tree, "UNR0001");
        Assert.That(d.LineSpan.Start.ToString(), Does.Match(OneBasedPosition()));
        Assert.That(tree.GetRoot().Resolutions, Is.Empty);
        Assert.That(tree.GetDiagnostics().Select(x => x.Code), Has.None.EqualTo("UNR0002"), "empty input is UNR0001 only");
    }

    /// <summary>Every Unicode white space but the line breaks, among them those the parser does not count as indentation.</summary>
    public static IEnumerable<char> UnicodeSpaces() =>
        Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) && c is not ('\n' or '\r'));

    [TestCaseSource(nameof(UnicodeSpaces))]
    public void A_line_of_unicode_white_space_anywhere_neither_throws_nor_loses_text(char space)
    {
        // Lines of only U+2000, U+3000, U+2028 … once threw: the classifier trimmed them to nothing, then read the first character.
        string[] lines = Fixtures.Ods(Res71).Split('\n');
        foreach (int at in new[] { 0, 3, lines.Length / 3, lines.Length / 2, lines.Length - 30, lines.Length - 1 })
        {
            foreach (string odd in new[] { $"{space}", $"{space}{space}", $"\t{space}", $"{space}\t ", $"{space}x" })
            {
                string text = string.Join('\n', lines.Take(at).Append(odd).Concat(lines.Skip(at)));
                var tree = ParseChecked(text, checkSpans: false);
                Assert.DoesNotThrow(() =>
                {
                    foreach (var document in UnResolutions.Model.ResolutionModel.EnumerateDocuments(tree)) { _ = UnResolutions.Json.ResolutionJson.Serialize(document); }
                });
            }
        }
    }

    // ---- Parts of a real file ---------------------------------------------------------------------

    [Test]
    public void A_file_that_is_only_the_trailer()
    {
        string full = Fixtures.Ods(Res71);
        string text = full[full.IndexOf("[Start1]<<ODS JOB NO>>", StringComparison.Ordinal)..];
        var tree = ParseChecked(text);
        Assert.That(tree.GetDiagnostics(), Is.Not.Empty, "a trailer without a resolution is reported");
        Assert.That(tree.GetDiagnostics().Select(d => d.Code), Has.Some.EqualTo("UNR0002").Or.Some.EqualTo("UNR0102"));
        Assert.That(tree.GetDiagnostics().Select(d => d.LineSpan.Start.ToString()), Has.All.Match(OneBasedPosition()));
    }

    [Test]
    public void Garbage_before_a_resolution_is_skipped_not_made_a_resolution_of_its_own()
    {
        string text = "\u0001\u0002 not text\n\n" + Fixtures.Ods(Res71);
        var tree = ParseChecked(text);
        Assert.That(tree.GetRoot().Resolutions, Has.Count.EqualTo(1), "one resolution, not an empty one before it");
        Assert.That(tree.GetRoot().Resolutions[0].Header, Is.Not.Null);
        Assert.That(tree.GetDiagnostics().Select(d => (d.Code, d.LineSpan.Start.Line)), Does.Contain(("UNR0101", 0)));
        Assert.That(tree.GetDiagnostics().Select(d => d.Code), Has.None.EqualTo("UNR0102").And.None.EqualTo("UNR0106"),
            "no diagnostics about the missing header or a truncated paragraph of a phantom resolution");
    }

    /// <summary>
    /// The finisher visits only the subtrees where something changes. On every corpus file back to back, with garbage
    /// lines inside an operative part, inside a trailer and between resolutions, each resolution must still get the
    /// footnote references it gets alone, and every garbage line must become skipped text.
    /// </summary>
    [Test]
    public void Skipped_lines_and_footnote_references_are_found_everywhere_in_a_many_resolution_input()
    {
        List<string> files = Fixtures.OdsNames().Select(Fixtures.Ods).ToList();
        var garbage = new List<string>();
        var parts = new List<string>();
        for (int i = 0; i < files.Count; i++)
        {
            string text = files[i];
            string inOperative = $"\u0001garbage in operative part {i}\n";
            string inTrailer = $"\u0002garbage in trailer {i}\n";
            int paragraph = text.IndexOf("\n\t2.\t", StringComparison.Ordinal);
            if (paragraph > 0) { text = text.Insert(paragraph + 1, inOperative); garbage.Add(inOperative); }
            int trailer = text.IndexOf("<<ODS DOC SYMBOL1>>", StringComparison.Ordinal);
            if (trailer > 0)
            {
                int lineStart = text.LastIndexOf('\n', trailer) + 1;
                text = text.Insert(lineStart, inTrailer);
                garbage.Add(inTrailer);
            }
            string between = $"\u0003garbage between {i}\n";
            parts.Add(text + (text.EndsWith('\n') ? "" : "\n") + between);
            garbage.Add(between);
        }
        string all = string.Concat(parts);
        var tree = ParseChecked(all);

        List<string> skipped = tree.GetRoot().DescendantTrivia().Where(t => t.Kind == SyntaxKind.SkippedTextTrivia).Select(t => t.ToString() + "\n").ToList();
        Assert.That(garbage.Count, Is.GreaterThan(2 * files.Count));
        Assert.That(skipped, Is.SupersetOf(garbage), "every garbage line is skipped text");

        int[] alone = files.Select(f => CountReferences(ResolutionSyntaxTree.ParseText(f).GetRoot())).ToArray();
        int[] together = tree.GetRoot().Resolutions.Select(CountReferences).ToArray();
        Assert.That(alone.Sum(), Is.GreaterThan(10));
        Assert.That(together, Is.EqualTo(alone));

        static int CountReferences(SyntaxNode node) => node.DescendantTokens().Count(t => t.Kind == SyntaxKind.FootnoteReferenceToken);
    }

    private static (string Text, int Cut) TruncatedInParagraph12()
    {
        string full = Fixtures.Ods(Res71);
        int paragraph = full.IndexOf("\t12.\tNotes with appreciation the Group of 20 Initiative", StringComparison.Ordinal);
        int cut = full.IndexOf("launched by the leaders", paragraph, StringComparison.Ordinal);
        Assert.That(paragraph, Is.GreaterThan(0));
        Assert.That(cut, Is.GreaterThan(paragraph));
        return (full[..cut], cut);
    }

    [Test]
    public void A_file_truncated_in_the_middle_of_operative_paragraph_12_keeps_paragraphs_1_to_12()
    {
        var (text, _) = TruncatedInParagraph12();
        var tree = ParseChecked(text);
        ResolutionSyntax resolution = tree.GetRoot().Resolution!;
        var paragraphs = resolution.OperativePart!.Paragraphs.ToList();
        Assert.That(paragraphs.Select(p => p.NumberValue), Is.EqualTo(Enumerable.Range(1, 12).Select(n => (int?)n)));
        Assert.That(paragraphs[11].LeadPhrase.Text, Is.EqualTo("Notes with appreciation"));
        Assert.That(paragraphs[11].Body.ToString(), Is.EqualTo("the Group of 20 Initiative on Supporting Industrialization in Africa and Least Developed Countries,"));
        Assert.That(resolution.Preamble!.Recitals, Has.Count.EqualTo(22));
        Assert.That(resolution.Closing, Is.Null);
        Assert.That(resolution.FootnoteSection, Is.Null);
        Assert.That(resolution.Trailer, Is.Null);
    }

    [Test]
    public void A_file_truncated_in_the_middle_of_operative_paragraph_12_is_reported()
    {
        // The closing, the footnotes cited by the paragraphs (1 to 11) and the trailer are gone.
        var (text, _) = TruncatedInParagraph12();
        var tree = ParseChecked(text);
        Assert.That(tree.GetDiagnostics(), Is.Not.Empty, "a truncated file (no closing, footnotes cited but absent) gets a diagnostic");
        var truncated = tree.GetDiagnostics().Single(d => d.Code == "UNR0106");
        Assert.Multiple(() =>
        {
            // Reported where the text stops, on the last line.
            Assert.That(truncated.Span.Start, Is.EqualTo(text.TrimEnd().Length));
            Assert.That(truncated.LineSpan.Start.Line, Is.EqualTo(text.TrimEnd().Count(c => c == '\n')));
            Assert.That(tree.GetDiagnostics().Single(d => d.Code == "UNR0102").Message, Does.Contain("closing"));
        });
    }

    // ---- Binary input -----------------------------------------------------------------------------

    private static byte[] RandomBytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static int FirstControlCharacter(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v') && c < '\u0080') { return i; }
        }
        return -1;
    }

    private static string RandomText(string encoding)
    {
        byte[] bytes = RandomBytes(20240601, 64 * 1024);
        string text = encoding == "latin1" ? Encoding.Latin1.GetString(bytes) : new UTF8Encoding(false, false).GetString(bytes);
        if (encoding == "utf8") { Assert.That(text, Does.Contain("\uFFFD"), "test data: replacement characters"); }
        return text;
    }

    [TestCase("latin1")]
    [TestCase("utf8")]
    public void Random_bytes_give_one_UNR0003_at_the_first_control_character(string encoding)
    {
        string text = RandomText(encoding);
        var stopwatch = Stopwatch.StartNew();
        var tree = ParseChecked(text);
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));

        Diagnostic control = Single(tree, "UNR0003");
        int first = FirstControlCharacter(text);
        Assert.That(first, Is.GreaterThanOrEqualTo(0));
        Assert.That(control.Span.Start, Is.EqualTo(first), "reported at the first control character");
        Assert.That(control.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
    }

    [TestCase("latin1")]
    [TestCase("utf8")]
    public void Random_bytes_give_UNR0002(string encoding)
    {
        // docs/diagnostics.md: UNR0002 when there is no adoption line, no resolution number and no formula; example: random bytes.
        string text = RandomText(encoding);
        var tree = ResolutionSyntaxTree.ParseText(text);
        var codes = tree.GetDiagnostics().Select(d => d.Code).ToList();
        Assert.That(codes, Does.Contain("UNR0002"),
            $"random bytes are no resolution; got {tree.GetRoot().Resolutions.Count} resolution(s) and {string.Join(", ", codes.GroupBy(c => c).Select(g => $"{g.Key} x{g.Count()}"))}");
    }

    [Test]
    public void Random_bytes_as_latin1_include_C1_controls_and_still_round_trip()
    {
        // Latin-1 maps 0x80-0x9F to C1 control characters; they must survive the round trip too.
        byte[] bytes = RandomBytes(7, 64 * 1024);
        string text = Encoding.Latin1.GetString(bytes);
        Assert.That(text.Any(c => c is >= '\u0080' and <= '\u009F'), Is.True);
        ParseChecked(text, checkSpans: false);
    }

    // ---- Huge input -------------------------------------------------------------------------------

    private static string FiveMegabyteLine(bool withHeader)
    {
        const string chunk = "Recalling also its resolution 71/242 of 21 December 2016, (a) the Paris Agreement1 and 1. Decides; ";
        var builder = new StringBuilder(5 * 1024 * 1024 + chunk.Length);
        if (withHeader) { builder.Append("\t1.\t"); }
        while (builder.Length < 5 * 1024 * 1024) { builder.Append(chunk); }
        return builder.ToString();
    }

    private static ResolutionSyntaxTree ParseWithin(string text, TimeSpan limit)
    {
        var stopwatch = Stopwatch.StartNew();
        Task<ResolutionSyntaxTree> task = Task.Run(() => ResolutionSyntaxTree.ParseText(text));
        Assert.That(task.Wait(limit), Is.True, $"parsing {text.Length} characters took more than {limit}");
        TestContext.Out.WriteLine($"parsed {text.Length:N0} characters in {stopwatch.Elapsed.TotalMilliseconds:N0} ms");
        return task.Result;
    }

    [TestCase(false)]
    [TestCase(true)]
    public void A_5_MB_single_line_without_line_break(bool startsLikeAParagraph)
    {
        string text = FiveMegabyteLine(startsLikeAParagraph);
        Assert.That(text, Does.Not.Contain("\n").And.Not.Contain("\r"));
        var tree = ParseWithin(text, TimeSpan.FromSeconds(60));
        Assert.That(tree.GetRoot().ToFullString() == text, Is.True, "round trip");
        AssertDiagnosticsWellFormed(tree, text);
        Assert.That(tree.GetDiagnostics(), Is.Not.Empty, "a 5 MB line is no resolution");
    }

    [Test]
    public void A_5_MB_operative_paragraph_inside_a_real_file()
    {
        string full = Fixtures.Ods(Res71);
        int at = full.IndexOf("\t13.\t", StringComparison.Ordinal);
        string text = full[..at] + "\t12bis.\t" + FiveMegabyteLine(false) + "\n" + full[at..];
        var tree = ParseWithin(text, TimeSpan.FromSeconds(60));
        Assert.That(tree.GetRoot().ToFullString() == text, Is.True, "round trip");
        AssertDiagnosticsWellFormed(tree, text);
        Assert.That(tree.GetRoot().Resolution!.OperativePart!.Paragraphs.Count(p => p.NumberValue != null), Is.EqualTo(41));
    }

    // ---- Deep nesting -----------------------------------------------------------------------------

    private static string OneParagraphThen(IEnumerable<string> lines)
    {
        string full = Fixtures.Ods(Res71);
        int start = full.IndexOf("\t1.\tTakes note with appreciation", StringComparison.Ordinal);
        int end = full.IndexOf('\n', start) + 1;
        var builder = new StringBuilder(full[..end]);
        foreach (string line in lines) { builder.Append(line).Append('\n'); }
        builder.Append(full[end..]);
        return builder.ToString();
    }

    [Test]
    public void Ten_thousand_nested_subparagraph_lines()
    {
        string[] cycle = ["\t(a)\tx", "\t(i)\ty", "\t(A)\tz", "\t(I)\tw", "\t(1)\tv"];
        string text = OneParagraphThen(Enumerable.Range(0, 10_000).Select(i => cycle[i % cycle.Length]));
        var tree = ParseChecked(text);
        int depth = MaxSubparagraphDepth(tree.GetRoot());
        Assert.That(depth, Is.InRange(1, 5));
        ResolutionSyntax resolution = tree.GetRoot().Resolution!;
        var paragraphs = resolution.OperativePart!.Paragraphs.ToList();
        Assert.That(paragraphs.Select(p => p.NumberValue), Is.EqualTo(Enumerable.Range(1, 41).Select(n => (int?)n)), "the paragraphs after the labels are still parsed");
        var facts = new ResolutionFacts(resolution);
        Assert.That(facts.Subparagraphs, Has.Count.EqualTo(10_000), "every label line is a sub-paragraph");
        Assert.That(paragraphs[0].Subparagraphs, Has.Count.EqualTo(2_000), "each (a) starts again at the first level");
    }

    [Test]
    public void Ten_thousand_labels_on_a_single_line()
    {
        string[] cycle = ["(a)", "(i)", "(A)", "(I)", "(1)"];
        string line = "\t" + string.Join("\t", Enumerable.Range(0, 10_000).Select(i => cycle[i % cycle.Length]));
        string text = OneParagraphThen([line]);
        var tree = ParseChecked(text);
        Assert.That(MaxSubparagraphDepth(tree.GetRoot()), Is.LessThanOrEqualTo(5));
        Assert.That(tree.GetRoot().Resolution!.OperativePart!.Paragraphs.Count(), Is.EqualTo(41));
    }

    [Test]
    public void Ten_thousand_alphabetic_labels_on_a_single_line()
    {
        string line = "\t" + string.Join("\t", Enumerable.Range(0, 10_000).Select(i => $"({(char)('a' + (i % 26))})"));
        string text = OneParagraphThen([line]);
        var tree = ParseChecked(text);
        Assert.That(MaxSubparagraphDepth(tree.GetRoot()), Is.LessThanOrEqualTo(5));
        Assert.That(tree.GetRoot().Resolution!.OperativePart!.Paragraphs.Count(), Is.EqualTo(41));
    }

    [Test]
    public void Walker_and_rewriter_survive_the_deepest_tree()
    {
        string[] cycle = ["\t(a)\tx", "\t(i)\ty", "\t(A)\tz", "\t(I)\tw", "\t(1)\tv"];
        string text = OneParagraphThen(Enumerable.Range(0, 10_000).Select(i => cycle[i % cycle.Length]));
        DocumentSyntax root = ResolutionSyntaxTree.ParseText(text).GetRoot();
        var walker = new CountingWalker();
        Assert.DoesNotThrow(() => walker.Visit(root));
        Assert.That(walker.Count, Is.EqualTo(root.DescendantNodes(includeSelf: true).Count()));
        Assert.That(new IdentityRewriter().Visit(root), Is.SameAs(root));
    }

    private sealed class CountingWalker : SyntaxWalker
    {
        public int Count { get; private set; }

        public override void Visit(SyntaxNode node)
        {
            Count++;
            base.Visit(node);
        }
    }

    private sealed class IdentityRewriter : SyntaxRewriter;

    // ---- Not a resolution -------------------------------------------------------------------------

    [Test]
    public void English_prose_gives_UNR0002()
    {
        const string text =
            "It was a bright cold day in April, and the clocks were striking thirteen. The committee had met twice that week,\n" +
            "and on both occasions the chairman had asked, politely but firmly, that the members read the report before the\n" +
            "next meeting. Nobody had. The report ran to three hundred pages, most of them tables, and the tables were wrong.\n";
        var tree = ParseChecked(text);
        Diagnostic d = Single(tree, "UNR0002");
        Assert.That(d.Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(tree.GetDiagnostics().Select(x => x.Code), Has.None.EqualTo("UNR0001"));
    }

    // ---- A garbage line inside a real file --------------------------------------------------------

    [Test]
    public void Garbage_line_in_the_operative_part_is_skipped_text_with_UNR0101()
    {
        string full = Fixtures.Ods(Res71);
        int at = full.IndexOf("\t21.\tWelcomes the offer", StringComparison.Ordinal);
        const string garbage = "\u0001\u0002binary";
        string text = full[..at] + garbage + "\n" + full[at..];
        int line = full[..at].Count(c => c == '\n');

        var tree = ParseChecked(text);

        Diagnostic skipped = Single(tree, "UNR0101");
        Assert.That(skipped.Span.Start, Is.EqualTo(at));
        Assert.That(skipped.LineSpan.Start, Is.EqualTo(new LinePosition(line, 0)));
        Assert.That(skipped.Severity, Is.EqualTo(DiagnosticSeverity.Warning));

        var trivia = tree.GetRoot().DescendantTrivia().Where(t => t.Kind == SyntaxKind.SkippedTextTrivia).ToList();
        Assert.That(trivia, Has.Count.EqualTo(1));
        Assert.That(trivia[0].Span.Start, Is.EqualTo(at));
        Assert.That(trivia[0].ToString().TrimEnd('\n'), Is.EqualTo(garbage));
        Assert.That(trivia[0].Token.Span.Start, Is.GreaterThanOrEqualTo(at + garbage.Length), "the skipped line is trivia of a following token");

        ResolutionSyntax resolution = tree.GetRoot().Resolution!;
        var paragraphs = resolution.OperativePart!.Paragraphs.ToList();
        Assert.That(paragraphs, Has.Count.EqualTo(41));
        Assert.That(paragraphs.Select(p => p.NumberValue), Is.EqualTo(Enumerable.Range(1, 41).Select(n => (int?)n)));
        Assert.That(paragraphs[19].ToString(), Does.Not.Contain("binary"), "paragraph 20 does not swallow the garbage");
        Assert.That(paragraphs[20].LeadPhrase.Text, Is.EqualTo("Welcomes"));
        Assert.That(resolution.Closing?.Meeting.Text, Is.EqualTo("66th plenary meeting"));
        Assert.That(resolution.Trailer?.JobNumber, Is.EqualTo("N1646151E"));
        // UNR0205: 71/242 itself cites its note 4 twice.
        Assert.That(tree.GetDiagnostics().Select(d => d.Code), Is.SubsetOf(new[] { "UNR0101", "UNR0003", "UNR0205" }));
    }

    // ---- Property test ----------------------------------------------------------------------------

    private static readonly string[] Fragments =
    [
        "\t", "\n", "\r\n", "1.", "(a)", "(i)", "[Start1]", "Recalling", "Decides", " ", "2016", ",", ";", "A/RES/71/242",
        "<<ODS JOB NO>>", "Annex", "The General Assembly,", "1 ", "\u00A0", "\uFEFF",
        "a", "e", "x", "Q", "the", "Resolution adopted by the General Assembly on 21 December 2016",
        "[on the report of the Second Committee (A/71/467/Add.2)]", "71/242.", "66th plenary meeting", "21 December 2016",
        "Agreement1", "2", "12.", "(A)", "(I)", "(1)", "Also recognizes", "_______________", "Distr.: General", "\r",
    ];

    [Test]
    public void Random_fragment_strings_parse_round_trip_and_report_valid_spans()
    {
        const int seed = 71242;
        var random = new Random(seed);
        for (int i = 0; i < 500; i++)
        {
            int count = random.Next(0, 120);
            var builder = new StringBuilder();
            for (int k = 0; k < count; k++) { builder.Append(Fragments[random.Next(Fragments.Length)]); }
            string text = builder.ToString();
            string label = $"seed {seed}, case {i}: \"{Escape(text)}\"";

            ResolutionSyntaxTree tree;
            try
            {
                tree = ResolutionSyntaxTree.ParseText(text);
            }
            catch (Exception e)
            {
                Assert.Fail($"{label}: ParseText threw {e}");
                return;
            }
            if (tree.GetRoot().ToFullString() != text) { Assert.Fail($"{label}: no round trip: \"{Escape(tree.GetRoot().ToFullString())}\""); }
            IReadOnlyList<Diagnostic> diagnostics;
            try
            {
                diagnostics = tree.GetDiagnostics();
            }
            catch (Exception e)
            {
                Assert.Fail($"{label}: GetDiagnostics threw {e}");
                return;
            }
            List<int> lineStarts = TextPositions.LineStarts(text);
            foreach (Diagnostic d in diagnostics)
            {
                if (d.Span.Start < 0 || d.Span.End > text.Length) { Assert.Fail($"{label}: {d.Code} span {d.Span} outside the text"); }
                if (d.LineSpan.Start != TextPositions.Of(lineStarts, d.Span.Start)) { Assert.Fail($"{label}: {d.Code} at {d.Span} has line span {d.LineSpan}"); }
            }
            try
            {
                RoundTripTests.AssertSpansConsistent(tree.GetRoot(), text);
            }
            catch (AssertionException e)
            {
                Assert.Fail($"{label}: {e.Message}");
            }
        }
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\u00A0", "\\u00A0").Replace("\uFEFF", "\\uFEFF");
}
