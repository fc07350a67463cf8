namespace UnResolutions.Syntax.InternalSyntax;

/// <summary>
/// Builds green list and token-sequence nodes with their slots in document order (the tokens of a line are the
/// parser's: see <c>Parsing.LineTokens</c>).
/// </summary>
internal static class GreenFactory
{
    // ---- Nodes ---------------------------------------------------------------------------------------

    /// <summary>A list node, or null for no items.</summary>
    public static GreenInnerNode? List<T>(IReadOnlyList<T> items) where T : GreenNode => items.Count == 0 ? null : ListOrEmpty(items);

    /// <summary>A list node even when empty (for slots that are never null, like a body's tokens).</summary>
    public static GreenInnerNode ListOrEmpty<T>(IReadOnlyList<T> items) where T : GreenNode => FromItems(SyntaxKind.List, items);

    /// <summary>
    /// A node whose slots are its tokens (header lines, closing, trailer lines, body texts): a sequence of tokens, as in
    /// rowan. PERF: no list node between the node and its tokens.
    /// </summary>
    public static GreenInnerNode TokenLine(SyntaxKind kind, IReadOnlyList<GreenToken> tokens) => FromItems(kind, tokens);

    private static GreenInnerNode FromItems<T>(SyntaxKind kind, IReadOnlyList<T> items) where T : GreenNode => items.Count switch
    {
        // PERF: the few slots of small nodes go from the stack into the node's fields; no array is made.
        1 => GreenInnerNode.Create(kind, [items[0]]),
        2 => GreenInnerNode.Create(kind, [items[0], items[1]]),
        3 => GreenInnerNode.Create(kind, [items[0], items[1], items[2]]),
        4 => GreenInnerNode.Create(kind, [items[0], items[1], items[2], items[3]]),
        _ => GreenInnerNode.Create(kind, CopyOf(items)),
    };

    private static GreenNode?[] CopyOf<T>(IReadOnlyList<T> items) where T : GreenNode
    {
        // An exact-size copy; LINQ's ToArray cannot see the count through the covariant cast.
        var slots = new GreenNode?[items.Count];
        for (int k = 0; k < slots.Length; k++) { slots[k] = items[k]; }
        return slots;
    }
}
