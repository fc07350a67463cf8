using UnResolutions.Diagnostics;
using UnResolutions.Syntax;
using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Parsing;

/// <summary>
/// The last pass over the green tree, in document order: it turns the placeholders of skipped lines into
/// skipped-text trivia on the next token, and cuts footnote references out of text tokens. Only nodes on
/// the path to a change are rebuilt; the rest is shared.
/// </summary>
internal sealed class TreeFinisher
{
    private readonly List<GreenTrivia> _pending = [];
    private readonly Dictionary<GreenToken, List<ReferenceSplit>> _splits = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<GreenToken, GreenToken> _replacements = new(ReferenceEqualityComparer.Instance);

    public static GreenNode Finish(ParseContext context, List<GreenNode> items, int end, DiagnosticInfo[] documentDiagnostics)
    {
        var finisher = new TreeFinisher();
        foreach (GreenNode item in items)
        {
            if (item.Kind == SyntaxKind.Resolution) { FootnoteLinker.Link(item, finisher._splits, finisher._replacements); }
        }
        var resolutions = new List<GreenNode>();
        foreach (GreenNode item in items)
        {
            foreach (GreenNode rewritten in finisher.Rewrite(item)) { resolutions.Add(rewritten); }
        }
        var eofLeading = new List<GreenTrivia>(finisher._pending);
        GreenFactory.AddRegionTrivia(context, eofLeading, end, context.Text.Length);
        var eof = new GreenToken(SyntaxKind.EndOfFileToken, context.Source, context.Text.Length, 0, eofLeading.ToArray(), GreenToken.NoTrivia);
        return new GreenInnerNode(SyntaxKind.Document, [GreenFactory.List(resolutions), eof], documentDiagnostics);
    }

    /// <summary>The rewritten node: none (a placeholder), one, or several (a text token cut around its references).</summary>
    private IEnumerable<GreenNode> Rewrite(GreenNode node)
    {
        if (node is GreenToken token) { return RewriteToken(token); }
        GreenNode?[]? slots = null;
        for (int k = 0; k < node.SlotCount; k++)
        {
            GreenNode? child = node.GetSlot(k);
            if (child == null) { continue; }
            if (child.IsList)
            {
                List<GreenNode> items = [];
                bool changed = false;
                for (int j = 0; j < child.SlotCount; j++)
                {
                    GreenNode item = child.GetSlot(j)!;
                    int before = items.Count;
                    items.AddRange(Rewrite(item));
                    changed |= items.Count != before + 1 || !ReferenceEquals(items[^1], item);
                }
                if (changed) { (slots ??= Copy(node))[k] = items.Count == 0 ? null : GreenFactory.ListOrEmpty(items); }
                continue;
            }
            GreenNode[] rewritten = Rewrite(child).ToArray();
            if (rewritten.Length != 1 || !ReferenceEquals(rewritten[0], child))
            {
                // Only list items expand or vanish; a fixed slot keeps one node (or none).
                (slots ??= Copy(node))[k] = rewritten.Length == 0 ? null : rewritten[0];
            }
        }
        if (slots == null) { return [node]; }
        if (node.Kind == SyntaxKind.BodyText && slots[0] == null) { slots[0] = GreenFactory.ListOrEmpty([]); }
        return [new GreenInnerNode(node.Kind, slots, node.Diagnostics.Length == 0 ? null : node.Diagnostics)];
    }

    private static GreenNode?[] Copy(GreenNode node)
    {
        var slots = new GreenNode?[node.SlotCount];
        for (int k = 0; k < slots.Length; k++) { slots[k] = node.GetSlot(k); }
        return slots;
    }

    private IEnumerable<GreenNode> RewriteToken(GreenToken token)
    {
        if (token.Kind == GreenFactory.SkippedLineKind)
        {
            _pending.AddRange(token.LeadingTrivia);
            _pending.Add(new GreenTrivia(SyntaxKind.SkippedTextTrivia, token.Source, token.SourceStart, token.TextLength, token.Diagnostics));
            _pending.AddRange(token.TrailingTrivia);
            return [];
        }
        _splits.TryGetValue(token, out List<ReferenceSplit>? splits);
        if (_replacements.TryGetValue(token, out GreenToken? replacement)) { token = replacement; }
        List<GreenToken> pieces = splits != null ? Split(token, splits) : [token];
        if (_pending.Count > 0)
        {
            pieces[0] = pieces[0].WithLeadingTrivia([.. _pending, .. pieces[0].LeadingTrivia]);
            _pending.Clear();
        }
        return pieces;
    }

    /// <summary>Cuts a text token into text and reference tokens; the first keeps the leading trivia, the last the trailing.</summary>
    private static List<GreenToken> Split(GreenToken token, List<ReferenceSplit> splits)
    {
        var result = new List<GreenToken>(splits.Count * 2 + 1);
        string source = token.Source;
        int start = token.SourceStart;
        int cursor = 0;
        GreenTrivia[] leading = token.LeadingTrivia;
        DiagnosticInfo[] diagnostics = token.Diagnostics;
        foreach (ReferenceSplit split in splits)
        {
            if (split.Offset > cursor)
            {
                result.Add(new GreenToken(SyntaxKind.TextToken, source, start + cursor, split.Offset - cursor, leading, GreenToken.NoTrivia));
                leading = GreenToken.NoTrivia;
            }
            result.Add(new GreenToken(SyntaxKind.FootnoteReferenceToken, source, start + split.Offset, split.Length, leading, GreenToken.NoTrivia));
            leading = GreenToken.NoTrivia;
            cursor = split.Offset + split.Length;
        }
        if (cursor < token.TextLength)
        {
            result.Add(new GreenToken(SyntaxKind.TextToken, source, start + cursor, token.TextLength - cursor, leading, token.TrailingTrivia));
        }
        else
        {
            result[^1] = result[^1].WithTrailingTrivia(token.TrailingTrivia);
        }
        if (diagnostics.Length > 0)
        {
            // Diagnostics of the cut token (rejected candidates) stay with the first piece; offsets are from its start.
            result[0] = (GreenToken)result[0].WithDiagnostics(diagnostics);
        }
        return result;
    }
}
