using System.Collections.Concurrent;
using System.Text;
using UnResolutions.Syntax;
using UnResolutions.Text;

namespace UnResolutions.Tests.Syntax;

/// <summary>
/// Editing an immutable tree: With*/Update, ReplaceToken/ReplaceNode, SyntaxRewriter and SyntaxWalker,
/// parent links, and concurrent reads of one tree.
/// </summary>
[TestFixture]
public class EditingTests
{
    private const string Res71 = "A_RES_71_242";

    public static IEnumerable<string> Names() => Fixtures.OdsNames();

    private static (string Text, DocumentSyntax Root, ResolutionSyntax Resolution) Load(string name = Res71)
    {
        string text = Fixtures.Ods(name);
        DocumentSyntax root = ResolutionSyntaxTree.ParseText(text).GetRoot();
        return (text, root, root.Resolution!);
    }

    private static string Replace(string text, TextSpan span, string replacement) => text[..span.Start] + replacement + text[span.End..];

    // ---- With* and Update return the same instance when nothing changes ---------------------------

    [Test]
    public void Recital_With_and_Update_with_the_same_children_return_the_same_instance()
    {
        var (_, _, resolution) = Load();
        RecitalSyntax recital = resolution.Preamble!.Recitals[4];
        Assert.That(recital.LeadPhrase.Text, Is.EqualTo("Welcoming"));
        Assert.Multiple(() =>
        {
            Assert.That(recital.WithLeadPhrase(recital.LeadPhrase), Is.SameAs(recital));
            Assert.That(recital.WithBody(recital.Body), Is.SameAs(recital));
            Assert.That(recital.WithSubparagraphs(recital.Subparagraphs), Is.SameAs(recital));
            Assert.That(recital.Update(recital.LeadPhrase, recital.Body, recital.Subparagraphs), Is.SameAs(recital));
        });
    }

    [Test]
    public void Other_With_and_Update_with_the_same_children_return_the_same_instance()
    {
        var (_, root, resolution) = Load();
        OperativeParagraphSyntax paragraph = resolution.OperativePart!.Paragraphs.First();
        Assert.Multiple(() =>
        {
            Assert.That(paragraph.WithNumber(paragraph.Number), Is.SameAs(paragraph));
            Assert.That(paragraph.WithLeadPhrase(paragraph.LeadPhrase), Is.SameAs(paragraph));
            Assert.That(paragraph.WithBody(paragraph.Body), Is.SameAs(paragraph));
            Assert.That(paragraph.WithSubparagraphs(paragraph.Subparagraphs), Is.SameAs(paragraph));
            Assert.That(paragraph.Update(paragraph.Number, paragraph.LeadPhrase, paragraph.Body, paragraph.Subparagraphs), Is.SameAs(paragraph));

            Assert.That(resolution.WithStartMarker(resolution.StartMarker), Is.SameAs(resolution));
            Assert.That(resolution.WithHeader(resolution.Header), Is.SameAs(resolution));
            Assert.That(resolution.WithFormula(resolution.Formula), Is.SameAs(resolution));
            Assert.That(resolution.WithPreamble(resolution.Preamble), Is.SameAs(resolution));
            Assert.That(resolution.WithOperativePart(resolution.OperativePart), Is.SameAs(resolution));
            Assert.That(resolution.WithClosing(resolution.Closing), Is.SameAs(resolution));
            Assert.That(resolution.WithParts(resolution.Parts), Is.SameAs(resolution));
            Assert.That(resolution.WithAnnexes(resolution.Annexes), Is.SameAs(resolution));
            Assert.That(resolution.WithFootnoteSection(resolution.FootnoteSection), Is.SameAs(resolution));
            Assert.That(resolution.WithTrailer(resolution.Trailer), Is.SameAs(resolution));

            Assert.That(resolution.Preamble!.WithRecitals(resolution.Preamble.Recitals), Is.SameAs(resolution.Preamble));
            Assert.That(resolution.OperativePart.WithItems(resolution.OperativePart.Items), Is.SameAs(resolution.OperativePart));
            Assert.That(resolution.Header!.WithLines(resolution.Header.Lines), Is.SameAs(resolution.Header));
            Assert.That(root.WithResolutions(root.Resolutions), Is.SameAs(root));
            Assert.That(root.WithEndOfFile(root.EndOfFile), Is.SameAs(root));
            Assert.That(root.Update(root.Resolutions, root.EndOfFile), Is.SameAs(root));
        });
    }

    [Test]
    public void ReplaceNode_and_ReplaceToken_with_the_same_node_return_the_root()
    {
        var (_, root, resolution) = Load();
        RecitalSyntax recital = resolution.Preamble!.Recitals[0];
        Assert.That(root.ReplaceNode(recital, recital), Is.SameAs(root));
        Assert.That(root.ReplaceToken(recital.LeadPhrase, recital.LeadPhrase), Is.SameAs(root));
    }

    [Test]
    public void With_a_change_returns_a_new_detached_node_and_leaves_the_original_alone()
    {
        var (_, _, resolution) = Load();
        RecitalSyntax recital = resolution.Preamble!.Recitals[1];
        string before = recital.ToFullString();
        RecitalSyntax changed = recital.WithLeadPhrase(recital.LeadPhrase.WithText("Recalling moreover"));
        Assert.That(changed, Is.Not.SameAs(recital));
        Assert.That(changed.LeadPhrase.Text, Is.EqualTo("Recalling moreover"));
        Assert.That(changed.Parent, Is.Null);
        Assert.That(changed.ToFullString(), Is.EqualTo(before.Replace("Recalling also", "Recalling moreover", StringComparison.Ordinal)));
        Assert.That(recital.ToFullString(), Is.EqualTo(before));
        Assert.That(recital.LeadPhrase.Text, Is.EqualTo("Recalling also"));
    }

    // ---- ReplaceToken and ReplaceNode -------------------------------------------------------------

    [Test]
    public void ReplaceToken_of_a_lead_phrase_changes_exactly_its_span()
    {
        var (text, root, resolution) = Load();
        RecitalSyntax recital = resolution.Preamble!.Recitals[1];
        SyntaxToken old = recital.LeadPhrase;
        Assert.That(old.Text, Is.EqualTo("Recalling also"));

        DocumentSyntax edited = root.ReplaceToken(old, old.WithText("Recalling moreover"));

        Assert.That(edited.ToFullString(), Is.EqualTo(Replace(text, old.Span, "Recalling moreover")));
        Assert.That(edited.Resolution!.Preamble!.Recitals[1].LeadPhrase.Text, Is.EqualTo("Recalling moreover"));
        Assert.That(edited.Resolution.Preamble.Recitals[1].LeadPhrase.Span, Is.EqualTo(new TextSpan(old.Span.Start, "Recalling moreover".Length)));
        // Everything after moved by the difference in length.
        int delta = "Recalling moreover".Length - old.Text.Length;
        Assert.That(edited.Resolution.Closing!.Span.Start, Is.EqualTo(resolution.Closing!.Span.Start + delta));
        // The original tree did not change.
        Assert.That(root.ToFullString(), Is.EqualTo(text));
        Assert.That(resolution.Preamble.Recitals[1].LeadPhrase.Text, Is.EqualTo("Recalling also"));
    }

    [Test]
    public void ReplaceToken_with_a_token_from_SyntaxFactory()
    {
        var (text, root, resolution) = Load();
        SyntaxToken number = resolution.OperativePart!.Paragraphs.ElementAt(40).Number;
        Assert.That(number.Text, Is.EqualTo("41."));
        SyntaxToken replacement = SyntaxFactory.Token(SyntaxKind.ParagraphNumberToken, "42.")
            .WithLeadingTrivia(number.LeadingTrivia).WithTrailingTrivia(number.TrailingTrivia);
        DocumentSyntax edited = root.ReplaceToken(number, replacement);
        Assert.That(edited.ToFullString(), Is.EqualTo(Replace(text, number.Span, "42.")));
        Assert.That(edited.Resolution!.OperativePart!.Paragraphs.Last().NumberValue, Is.EqualTo(42));
    }

    [Test]
    public void ReplaceNode_of_an_operative_paragraph_changes_exactly_the_lead_phrase_span()
    {
        var (text, root, resolution) = Load();
        OperativeParagraphSyntax paragraph = resolution.OperativePart!.Paragraphs.ElementAt(2);
        Assert.That(paragraph.LeadPhrase.Text, Is.EqualTo("Reaffirms"));
        TextSpan span = paragraph.LeadPhrase.Span;

        OperativeParagraphSyntax changed = paragraph.WithLeadPhrase(paragraph.LeadPhrase.WithText("Strongly reaffirms"));
        DocumentSyntax edited = root.ReplaceNode(paragraph, changed);

        Assert.That(edited.ToFullString(), Is.EqualTo(Replace(text, span, "Strongly reaffirms")));
        OperativeParagraphSyntax now = edited.Resolution!.OperativePart!.Paragraphs.ElementAt(2);
        Assert.That(now.LeadPhrase.Text, Is.EqualTo("Strongly reaffirms"));
        Assert.That(now.Parent, Is.SameAs(edited.Resolution.OperativePart));
        Assert.That(now.Number.Text, Is.EqualTo("3."));
        RoundTripTests.AssertSpansConsistent(edited, edited.ToFullString());
    }

    [Test]
    public void ReplaceNode_of_a_node_from_another_tree_throws()
    {
        var (_, root, _) = Load();
        var (_, _, other) = Load();
        RecitalSyntax foreign = other.Preamble!.Recitals[0];
        Assert.Throws<ArgumentException>(() => root.ReplaceNode(foreign, foreign.WithLeadPhrase(foreign.LeadPhrase.WithText("Recalling again"))));
    }

    [Test]
    public void Edited_tree_keeps_its_diagnostics_and_gets_a_syntax_tree_of_its_own()
    {
        var (text, root, resolution) = Load();
        SyntaxToken old = resolution.Preamble!.Recitals[0].LeadPhrase;
        DocumentSyntax edited = root.ReplaceToken(old, old.WithText("RECALLING"));
        Assert.That(edited.SyntaxTree, Is.Not.SameAs(root.SyntaxTree));
        Assert.That(edited.SyntaxTree.Text.ToString(), Is.EqualTo(Replace(text, old.Span, "RECALLING")));
        // The text's own diagnostics (71/242: UNR0205, its note 4 cited twice), and none from the edit.
        Assert.That(edited.SyntaxTree.GetDiagnostics().Select(d => d.ToString()), Is.EqualTo(root.SyntaxTree.GetDiagnostics().Select(d => d.ToString())));
        Assert.That(root.SyntaxTree.GetDiagnostics().Select(d => d.Code), Is.EqualTo(new[] { "UNR0205" }));
    }

    // ---- SyntaxRewriter ---------------------------------------------------------------------------

    private sealed class UppercaseLeadPhrases : SyntaxRewriter
    {
        public override SyntaxToken VisitToken(SyntaxToken token) =>
            token.Kind == SyntaxKind.LeadPhraseToken ? token.WithText(token.Text.ToUpperInvariant()) : base.VisitToken(token);
    }

    private sealed class Identity : SyntaxRewriter
    {
        public Identity(bool visitIntoTrivia) : base(visitIntoTrivia) { }
    }

    private sealed class RemoveFootnote(int number) : SyntaxRewriter
    {
        public override SyntaxNode? Visit(SyntaxNode node) =>
            node is FootnoteSyntax footnote && footnote.NumberValue == number ? null : base.Visit(node);
    }

    [TestCaseSource(nameof(Names))]
    public void Rewriter_uppercasing_lead_phrases_changes_exactly_their_spans(string name)
    {
        var (text, root, _) = Load(name);
        var spans = root.DescendantTokens().Where(t => t.Kind == SyntaxKind.LeadPhraseToken).Select(t => t.Span).ToList();
        Assert.That(spans, Is.Not.Empty);
        var expected = new StringBuilder(text);
        foreach (TextSpan span in spans)
        {
            for (int i = span.Start; i < span.End; i++) { expected[i] = char.ToUpperInvariant(text[i]); }
        }

        var rewritten = (DocumentSyntax?)new UppercaseLeadPhrases().Visit(root);

        Assert.That(rewritten, Is.Not.Null.And.Not.SameAs(root));
        Assert.That(rewritten!.ToFullString(), Is.EqualTo(expected.ToString()));
        Assert.That(rewritten.DescendantTokens().Where(t => t.Kind == SyntaxKind.LeadPhraseToken).Select(t => t.Span), Is.EqualTo(spans));
        Assert.That(root.ToFullString(), Is.EqualTo(text), "the original is unchanged");
    }

    [TestCaseSource(nameof(Names))]
    public void Identity_rewriter_returns_the_same_root(string name)
    {
        var (_, root, _) = Load(name);
        Assert.That(new Identity(visitIntoTrivia: false).Visit(root), Is.SameAs(root));
        Assert.That(new Identity(visitIntoTrivia: true).Visit(root), Is.SameAs(root));
    }

    [TestCase(12)]
    [TestCase(4)]
    [TestCase(1)]
    public void Rewriter_returning_null_for_a_footnote_removes_it_from_the_list(int number)
    {
        var (text, root, resolution) = Load();
        FootnoteSyntax footnote = resolution.FootnoteSection!.Footnotes.Single(f => f.NumberValue == number);

        var rewritten = (DocumentSyntax?)new RemoveFootnote(number).Visit(root);

        Assert.That(rewritten, Is.Not.Null);
        var footnotes = rewritten!.Resolution!.FootnoteSection!.Footnotes;
        Assert.That(footnotes.Select(f => f.NumberValue), Is.EqualTo(Enumerable.Range(1, 12).Where(n => n != number)));
        Assert.That(rewritten.ToFullString(), Is.EqualTo(text.Remove(footnote.FullSpan.Start, footnote.FullSpan.Length)));
        // The references to the removed footnote no longer link anywhere; the others still do.
        var references = rewritten.DescendantTokens().Where(t => t.Kind == SyntaxKind.FootnoteReferenceToken).ToList();
        Assert.That(references.Where(r => r.Text == number.ToString()).Select(r => r.GetFootnote()), Is.All.Null);
        Assert.That(references.Where(r => r.Text != number.ToString()).Select(r => r.GetFootnote()?.NumberValue.ToString()), Is.EqualTo(references.Where(r => r.Text != number.ToString()).Select(r => r.Text)));
        Assert.That(resolution.FootnoteSection.Footnotes, Has.Count.EqualTo(12), "the original is unchanged");
    }

    // ---- SyntaxWalker -----------------------------------------------------------------------------

    private sealed class TokenCollector() : SyntaxWalker(SyntaxWalkerDepth.Token)
    {
        public List<SyntaxToken> Tokens { get; } = [];

        public StringBuilder Text { get; } = new();

        public override void VisitToken(SyntaxToken token)
        {
            Tokens.Add(token);
            Text.Append(token.ToFullString());
            base.VisitToken(token);
        }
    }

    private sealed class NodeCounter() : SyntaxWalker(SyntaxWalkerDepth.Node)
    {
        public List<SyntaxNode> Nodes { get; } = [];

        public int Tokens { get; private set; }

        public override void Visit(SyntaxNode node)
        {
            Nodes.Add(node);
            base.Visit(node);
        }

        public override void VisitToken(SyntaxToken token) => Tokens++;
    }

    private sealed class TriviaCollector() : SyntaxWalker(SyntaxWalkerDepth.Trivia)
    {
        public List<SyntaxTrivia> Trivia { get; } = [];

        public override void VisitTrivia(SyntaxTrivia trivia) => Trivia.Add(trivia);
    }

    [TestCaseSource(nameof(Names))]
    public void Walker_visits_tokens_in_document_order(string name)
    {
        var (text, root, _) = Load(name);
        var walker = new TokenCollector();
        walker.Visit(root);
        Assert.That(walker.Text.ToString(), Is.EqualTo(text));
        Assert.That(walker.Tokens.Select(t => t.FullSpan.Start), Is.Ordered);
        Assert.That(walker.Tokens, Is.EqualTo(root.DescendantTokens().ToList()));
        Assert.That(walker.Tokens.Last().Kind, Is.EqualTo(SyntaxKind.EndOfFileToken));
    }

    [TestCaseSource(nameof(Names))]
    public void Walker_at_node_depth_visits_every_node_once_and_no_token(string name)
    {
        var (_, root, _) = Load(name);
        var walker = new NodeCounter();
        walker.Visit(root);
        Assert.That(walker.Tokens, Is.Zero);
        Assert.That(walker.Nodes, Is.EqualTo(root.DescendantNodes(includeSelf: true).ToList()));
    }

    [TestCaseSource(nameof(Names))]
    public void Walker_at_trivia_depth_visits_every_trivia_in_order(string name)
    {
        var (_, root, _) = Load(name);
        var walker = new TriviaCollector();
        walker.Visit(root);
        Assert.That(walker.Trivia, Is.EqualTo(root.DescendantTrivia().ToList()));
        Assert.That(walker.Trivia.Select(t => t.Span.Start), Is.Ordered);
    }

    // ---- Parent links -----------------------------------------------------------------------------

    [Test]
    public void Parent_links()
    {
        var (_, root, resolution) = Load();
        PreambleSyntax preamble = resolution.Preamble!;
        RecitalSyntax recital = preamble.Recitals[3];
        OperativePartSyntax operative = resolution.OperativePart!;
        OperativeParagraphSyntax paragraph = operative.Paragraphs.ElementAt(1);
        FootnoteSyntax footnote = resolution.FootnoteSection!.Footnotes[0];
        Assert.Multiple(() =>
        {
            Assert.That(recital.Parent, Is.SameAs(preamble));
            Assert.That(preamble.Parent, Is.SameAs(resolution));
            Assert.That(resolution.Parent, Is.SameAs(root));
            Assert.That(root.Parent, Is.Null);
            Assert.That(paragraph.Parent, Is.SameAs(operative));
            Assert.That(footnote.Parent, Is.SameAs(resolution.FootnoteSection));
            Assert.That(recital.LeadPhrase.Parent, Is.SameAs(recital));
            Assert.That(recital.Body.Parent, Is.SameAs(recital));
            Assert.That(paragraph.Number.Parent, Is.SameAs(paragraph));
            Assert.That(paragraph.Body.FootnoteReferences.Single().Parent, Is.SameAs(paragraph.Body));
            Assert.That(resolution.Trailer!.Lines[0].Parent, Is.SameAs(resolution.Trailer));
            Assert.That(resolution.Header!.TitleLine!.Parent, Is.SameAs(resolution.Header));
            Assert.That(recital.Ancestors(), Is.EqualTo(new SyntaxNode[] { preamble, resolution, root }));
            Assert.That(root.EndOfFile.Parent, Is.SameAs(root));
            Assert.That(recital.SyntaxTree, Is.SameAs(root.SyntaxTree));
        });
    }

    [TestCaseSource(nameof(Names))]
    public void Every_node_is_a_child_of_its_parent(string name)
    {
        var (_, root, _) = Load(name);
        foreach (SyntaxNode node in root.DescendantNodes())
        {
            SyntaxNode? parent = node.Parent;
            Assert.That(parent, Is.Not.Null, $"{node.Kind} {node.FullSpan}");
            if (!parent!.ChildNodes().Any(c => ReferenceEquals(c, node))) { Assert.Fail($"{node.Kind} {node.FullSpan} is not among the children of its parent {parent.Kind}"); }
            if (node.Kind == SyntaxKind.List) { Assert.Fail($"a list node is visible at {node.FullSpan}"); }
        }
    }

    [Test]
    public void Repeated_access_returns_the_same_instances()
    {
        var (_, _, resolution) = Load();
        PreambleSyntax? first = resolution.Preamble;
        PreambleSyntax? second = resolution.Preamble;
        Assert.That(second, Is.SameAs(first));
        RecitalSyntax recital = first!.Recitals[5];
        Assert.That(second!.Recitals[5], Is.SameAs(recital));
        OperativeParagraphSyntax paragraph = resolution.OperativePart!.Paragraphs.First();
        Assert.That(resolution.OperativePart.Paragraphs.First(), Is.SameAs(paragraph));
    }

    // ---- Concurrent reads -------------------------------------------------------------------------

    [Test]
    public void Concurrent_enumeration_of_a_fresh_tree_gives_the_same_nodes_on_every_thread()
    {
        const int threads = 8;
        foreach (string name in Fixtures.OdsNames())
        {
            string text = Fixtures.Ods(name);
            DocumentSyntax root = ResolutionSyntaxTree.ParseText(text).GetRoot();
            using var barrier = new Barrier(threads);
            var results = new ConcurrentBag<(List<SyntaxNode> Nodes, List<(SyntaxKind, TextSpan)> Shape, string Text, int Diagnostics)>();
            var failures = new ConcurrentBag<Exception>();
            var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
            {
                try
                {
                    barrier.SignalAndWait();
                    // Alternate the order of access so that threads race to create different children first.
                    if (i % 2 == 1) { _ = root.Resolutions.LastOrDefault()?.DescendantNodes().Reverse().Count(); }
                    List<SyntaxNode> nodes = root.DescendantNodes().ToList();
                    var shape = nodes.Select(n => (n.Kind, n.FullSpan)).ToList();
                    var builder = new StringBuilder();
                    foreach (SyntaxToken token in root.DescendantTokens()) { builder.Append(token.ToFullString()); }
                    results.Add((nodes, shape, builder.ToString(), root.GetDiagnostics().Count));
                }
                catch (Exception e)
                {
                    failures.Add(e);
                }
            })).ToList();
            workers.ForEach(t => t.Start());
            workers.ForEach(t => t.Join());

            Assert.That(failures, Is.Empty, name);
            var all = results.ToList();
            Assert.That(all, Has.Count.EqualTo(threads));
            var first = all[0];
            var expectedShape = ResolutionSyntaxTree.ParseText(text).GetRoot().DescendantNodes().Select(n => (n.Kind, n.FullSpan)).ToList();
            Assert.That(first.Shape, Is.EqualTo(expectedShape), name);
            foreach (var other in all.Skip(1))
            {
                Assert.That(other.Shape, Is.EqualTo(first.Shape), name);
                Assert.That(other.Text, Is.EqualTo(text), name);
                Assert.That(other.Diagnostics, Is.EqualTo(first.Diagnostics), name);
                Assert.That(other.Nodes.Count, Is.EqualTo(first.Nodes.Count), name);
                for (int k = 0; k < first.Nodes.Count; k++)
                {
                    if (!ReferenceEquals(other.Nodes[k], first.Nodes[k])) { Assert.Fail($"{name}: node {k} ({first.Nodes[k].Kind}) is a different instance on another thread"); }
                }
            }
        }
    }

    [Test]
    public void Parsing_in_parallel_gives_the_same_trees()
    {
        string text = Fixtures.Ods(Res71);
        var shapes = Enumerable.Range(0, 16).AsParallel().WithDegreeOfParallelism(8)
            .Select(_ => ResolutionSyntaxTree.ParseText(text).GetRoot().DescendantNodesAndTokens().Select(n => (n.Kind, n.FullSpan)).ToList())
            .ToList();
        foreach (var shape in shapes.Skip(1)) { Assert.That(shape, Is.EqualTo(shapes[0])); }
    }
}
