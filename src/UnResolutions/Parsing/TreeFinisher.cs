using UnResolutions.Diagnostics;
using UnResolutions.Syntax.InternalSyntax;
using UnResolutions.Syntax;

namespace UnResolutions.Parsing;

/// <summary>
/// The last pass over the green tree, in document order: it turns the placeholders of skipped lines into
/// skipped-text trivia on the next token, and cuts footnote references out of text tokens. Only nodes on
/// the path to a change are visited and rebuilt; the rest is shared.
/// </summary>
internal sealed class TreeFinisher
{
    private readonly List<GreenTrivia> _pending = [];
    // Keyed by where the token's text starts in the tree (the walk's position, not one the green token holds): in a
    // fresh parse no two tokens start at the same place. PERF: an int key; hashing the token objects by reference cost
    // 8 % of a large parse.
    private readonly Dictionary<int, List<ReferenceSplit>> _splits = [];
    private readonly Dictionary<int, GreenToken> _replacements = [];
    // Where a change may be (split or replaced tokens, skipped lines), sorted: a subtree without one is left alone.
    private int[] _changes = [];

    public static GreenNode Finish(ParseContext context, List<GreenNode> items, int end, DiagnosticInfo[] documentDiagnostics)
    {
        var finisher = new TreeFinisher();
        int at = 0;
        foreach (GreenNode item in items)
        {
            if (item.Kind == SyntaxKind.Resolution) { FootnoteLinker.Link(item, at, LanguageOf(context, item, at), finisher._splits, finisher._replacements); }
            at += item.FullWidth;
        }
        finisher._changes = [.. finisher._splits.Keys, .. finisher._replacements.Keys, .. context.SkippedLineStarts];
        Array.Sort(finisher._changes);
        var resolutions = new List<GreenNode>(items.Count);
        int position = 0;
        foreach (GreenNode item in items)
        {
            finisher.RewriteItem(item, resolutions, position);
            position += item.FullWidth;
        }
        var eofLeading = new List<GreenTrivia>(finisher._pending);
        LineTokens.AddRegionTrivia(context, eofLeading, end, context.Text.Length);
        var eof = new GreenToken(SyntaxKind.EndOfFileToken, context.Source, context.Text.Length, 0, eofLeading.ToArray(), GreenToken.NoTrivia);
        return GreenInnerNode.Create(SyntaxKind.Document, [GreenFactory.List(resolutions), eof], documentDiagnostics);
    }

    /// <summary>
    /// Whether nothing in [<paramref name="start"/>, start + <paramref name="width"/>) changes: no change starts there and
    /// no skipped text waits for the next token. PERF: the finisher then skips the subtree instead of walking it.
    /// </summary>
    private bool Unchanged(int start, int width)
    {
        if (_pending.Count > 0) { return false; }
        int k = Array.BinarySearch(_changes, start);
        if (k < 0) { k = ~k; }
        return k == _changes.Length || _changes[k] >= start + width;
    }

    /// <summary>Rewrites a list item (at <paramref name="position"/>) into <paramref name="output"/>: a placeholder vanishes, a cut text token becomes several.</summary>
    private void RewriteItem(GreenNode item, List<GreenNode> output, int position)
    {
        if (item is not GreenToken token) { output.Add(RewriteNode(item, position)); return; }
        if (token.Kind == LineTokens.SkippedLineKind)
        {
            _pending.AddRange(token.LeadingTrivia);
            _pending.Add(token.AsSkippedText());
            _pending.AddRange(token.TrailingTrivia);
            return;
        }
        int key = position + token.LeadingTriviaWidth;
        _splits.TryGetValue(key, out List<ReferenceSplit>? splits);
        if (splits == null) { output.Add(RewriteToken(token, key)); return; }
        List<GreenToken> pieces = Split(_replacements.GetValueOrDefault(key) ?? token, splits);
        pieces[0] = AttachPending(pieces[0]);
        output.AddRange(pieces);
    }

    /// <summary>The node (at <paramref name="position"/>) with its children rewritten; the same instance when nothing in it changes.</summary>
    private GreenNode RewriteNode(GreenNode node, int position)
    {
        if (Unchanged(position, node.FullWidth)) { return node; }
        if (node is GreenToken token) { return RewriteToken(token, position + token.LeadingTriviaWidth); }
        // A sequence of tokens rewrites like a list: a text token may be cut in several.
        if (GreenNodes.IsTokenSequence(node.Kind)) { return RewriteList(node, position) is { } rewritten ? rewritten : GreenInnerNode.Create(node.Kind, []); }
        GreenNode?[]? slots = null;
        for (int k = 0; k < node.SlotCount; k++)
        {
            GreenNode? child = node.GetSlot(k);
            if (child == null) { continue; }
            GreenNode? rewritten = child.IsList ? RewriteList(child, position) : RewriteNode(child, position);
            if (!ReferenceEquals(rewritten, child)) { (slots ??= ((GreenInnerNode)node).Slots())[k] = rewritten; }
            position += child.FullWidth;
        }
        if (slots == null) { return node; }
        return GreenInnerNode.Create(node.Kind, slots, node.Diagnostics.Length == 0 ? null : node.Diagnostics);
    }

    /// <summary>
    /// The list (or token sequence) with its items rewritten (null when none is left); the same instance when nothing
    /// changes. The result keeps the kind and the diagnostics of <paramref name="list"/>.
    /// </summary>
    private GreenNode? RewriteList(GreenNode list, int position)
    {
        if (Unchanged(position, list.FullWidth)) { return list; }
        List<GreenNode>? items = null;
        for (int j = 0; j < list.SlotCount; j++)
        {
            GreenNode item = list.GetSlot(j)!;
            int at = position;
            position += item.FullWidth;
            if (items == null)
            {
                // PERF: no list is made until an item changes; most lists are left as they are.
                bool expands = item is GreenToken t && (t.Kind == LineTokens.SkippedLineKind || _splits.ContainsKey(at + t.LeadingTriviaWidth));
                GreenNode? same = expands ? null : RewriteNode(item, at);
                if (ReferenceEquals(same, item)) { continue; }
                items = new List<GreenNode>(list.SlotCount + 4);
                for (int k = 0; k < j; k++) { items.Add(list.GetSlot(k)!); }
                if (same != null) { items.Add(same); continue; }
            }
            RewriteItem(item, items, at);
        }
        if (items == null) { return list; }
        if (items.Count == 0 && list.IsList) { return null; }
        return GreenInnerNode.Create(list.Kind, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items), list.Diagnostics.Length == 0 ? null : list.Diagnostics);
    }

    private GreenToken RewriteToken(GreenToken token, int key) =>
        AttachPending(_replacements.Count > 0 && _replacements.TryGetValue(key, out GreenToken? replacement) && replacement.Kind == token.Kind ? replacement : token);

    private GreenToken AttachPending(GreenToken token)
    {
        if (_pending.Count == 0) { return token; }
        GreenToken result = token.WithLeadingTrivia([.. _pending, .. token.LeadingTrivia]);
        _pending.Clear();
        return result;
    }

    /// <summary>Cuts a text token into text and reference tokens; the first keeps the leading trivia, the last the trailing.</summary>
    /// <summary>
    /// The language of a resolution, for the typography of its footnote references: the language at its formula (or
    /// its preamble, operative part, header), which the header or the formula before it said; else the language at its
    /// footnotes, which a formula inside one of its parts may say (an adoption line the grammar did not read, 76/84 A-B);
    /// null when none did.
    /// </summary>
    private static Languages.LanguageTable? LanguageOf(ParseContext context, GreenNode resolution, int position)
    {
        foreach (int slot in (ReadOnlySpan<int>)[Slots.Resolution.Formula, Slots.Resolution.Preamble, Slots.Resolution.OperativePart, Slots.Resolution.Header, Slots.Resolution.FootnoteSection])
        {
            GreenNode? node = resolution.GetSlot(slot);
            // The first token of the slot: empty slots before it take no room, so it starts where the slot does.
            while (node is not null and not GreenToken)
            {
                GreenNode? child = null;
                for (int k = 0; k < node.SlotCount && child == null; k++) { child = node.GetSlot(k); }
                node = child;
            }
            if (node is GreenToken token
                && context.Organs.LanguageAt(context.Lines.LineAt(position + resolution.GetSlotOffset(slot) + token.LeadingTriviaWidth)) is { } language)
            {
                return language;
            }
        }
        return null;
    }

    private static List<GreenToken> Split(GreenToken token, List<ReferenceSplit> splits)
    {
        var result = new List<GreenToken>(splits.Count * 2 + 1);
        int cursor = 0;
        GreenTrivia[] leading = token.LeadingTrivia;
        DiagnosticInfo[] diagnostics = token.Diagnostics;
        foreach (ReferenceSplit split in splits)
        {
            if (split.Offset > cursor)
            {
                result.Add(token.Slice(SyntaxKind.TextToken, cursor, split.Offset - cursor, leading, GreenToken.NoTrivia));
                leading = GreenToken.NoTrivia;
            }
            result.Add(token.SliceReference(split.Offset, split.Length, leading, GreenToken.NoTrivia, split.Cited));
            leading = GreenToken.NoTrivia;
            cursor = split.Offset + split.Length;
        }
        if (cursor < token.TextLength)
        {
            result.Add(token.Slice(SyntaxKind.TextToken, cursor, token.TextLength - cursor, leading, token.TrailingTrivia));
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
