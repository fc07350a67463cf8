using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Syntax;

/// <summary>A typed, read-only list of child nodes (recitals, paragraphs, footnotes, …).</summary>
public readonly struct SyntaxList<T> : IReadOnlyList<T> where T : SyntaxNode
{
    private readonly SyntaxNode? _list;

    internal SyntaxList(SyntaxNode? list) => _list = list;

    internal SyntaxNode? ListNode => _list;

    /// <summary>Creates a list from nodes (for building and editing trees); the nodes' green parts are shared.</summary>
    public static SyntaxList<T> Create(IEnumerable<T> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var green = GreenInnerNode.Create(SyntaxKind.List, nodes.Select(n => (GreenNode?)n.Green).ToArray());
        return new SyntaxList<T>(new SyntaxListNode(green, null, 0, 0));
    }

    /// <summary>The number of items.</summary>
    public int Count => _list?.Green.SlotCount ?? 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => _list == null ? throw new ArgumentOutOfRangeException(nameof(index)) : (T)_list.GetRedSlot(index)!;

    /// <summary>The items in order.</summary>
    public IEnumerator<T> GetEnumerator()
    {
        if (_list == null) { yield break; }
        int position = _list.Position;
        GreenNode green = _list.Green;
        for (int i = 0; i < green.SlotCount; i++)
        {
            GreenNode? slot = green.GetSlot(i);
            if (slot == null) { continue; }
            // PERF: the position is carried along, so walking a list is linear, not quadratic.
            if (_list.GetRedSlot(i, position) is T item) { yield return item; }
            position += slot.FullWidth;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The red node of a list: transparent in the public API (parents and enumerations skip it).</summary>
internal sealed class SyntaxListNode : SyntaxNode
{
    internal SyntaxListNode(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    // A list is never visited on its own (the child enumerations flatten it), but a walk may start at one.
    internal override void Accept(SyntaxWalker walker) => walker.VisitListNode(this);

    internal override SyntaxNode? Accept(SyntaxRewriter rewriter) => rewriter.VisitListNode(this);
}
