using System.Text;
using UnResolutions.Diagnostics;
using UnResolutions.Syntax.InternalSyntax;
using UnResolutions.Text;

namespace UnResolutions.Syntax;

/// <summary>
/// A node of a resolution's syntax tree: immutable and thread-safe. It wraps a shared green node and adds
/// its parent and absolute position; children are created lazily, on first access, and cached.
/// Lists of children (<see cref="SyntaxKind.List"/>) are transparent: <see cref="Parent"/> and the child
/// enumerations step over them.
/// </summary>
public abstract partial class SyntaxNode
{
    private readonly SyntaxNode? _rawParent;
    private SyntaxNode?[]? _children;
    private ResolutionSyntaxTree? _tree;

    private protected SyntaxNode(GreenNode green, SyntaxNode? parent, int position, int slotIndex)
    {
        Green = green;
        _rawParent = parent;
        Position = position;
        SlotIndex = slotIndex;
    }

    internal GreenNode Green { get; }

    internal int Position { get; }

    internal int SlotIndex { get; }

    internal SyntaxNode? RawParent => _rawParent;

    /// <summary>The kind of this node.</summary>
    public SyntaxKind Kind => Green.Kind;

    /// <summary>The parent node, or <see langword="null"/> for a root.</summary>
    public SyntaxNode? Parent => _rawParent is { Kind: SyntaxKind.List } list ? list._rawParent : _rawParent;

    /// <summary>The span of the node with its leading and trailing trivia.</summary>
    public TextSpan FullSpan => new(Position, Green.FullWidth);

    /// <summary>The span of the node without the leading trivia of its first token and the trailing trivia of its last.</summary>
    public TextSpan Span => new(Position + Green.LeadingTriviaWidth, Green.Width);

    /// <summary>Start of <see cref="Span"/>.</summary>
    public int SpanStart => Position + Green.LeadingTriviaWidth;

    /// <summary>True when this node or a descendant carries a diagnostic.</summary>
    public bool ContainsDiagnostics => Green.ContainsDiagnostics;

    /// <summary>The tree this node belongs to. An edited node that was never part of a parsed tree gets a new tree of its own.</summary>
    public ResolutionSyntaxTree SyntaxTree
    {
        get
        {
            SyntaxNode root = this;
            while (root._rawParent != null) { root = root._rawParent; }
            if (root._tree == null)
            {
                Interlocked.CompareExchange(ref root._tree, ResolutionSyntaxTree.CreateForRoot(root), null);
            }
            return root._tree;
        }
    }

    internal void AttachTree(ResolutionSyntaxTree tree) => _tree = tree;

    /// <summary>The text of the node, without leading and trailing trivia.</summary>
    public override string ToString()
    {
        string full = ToFullString();
        return full.Substring(Green.LeadingTriviaWidth, Green.Width);
    }

    /// <summary>The text of the node with all its trivia: for the root, the input, byte for byte.</summary>
    public string ToFullString() => Green.ToFullString();

    /// <summary>Writes <see cref="ToFullString"/> to <paramref name="writer"/>.</summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var builder = new StringBuilder(Green.FullWidth);
        Green.WriteTo(builder);
        writer.Write(builder);
    }

    // ---- Children --------------------------------------------------------------------------------

    /// <summary>The child nodes and tokens, in order; lists are flattened.</summary>
    public IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        int position = Position;
        for (int i = 0; i < Green.SlotCount; i++)
        {
            GreenNode? slot = Green.GetSlot(i);
            if (slot == null) { continue; }
            if (slot is GreenToken token)
            {
                yield return new SyntaxToken(this, token, position, i);
            }
            else if (slot.IsList)
            {
                SyntaxNode list = GetRedSlot(i, position)!;
                foreach (SyntaxNodeOrToken item in list.ChildNodesAndTokens()) { yield return item; }
            }
            else
            {
                yield return GetRedSlot(i, position)!;
            }
            position += slot.FullWidth;
        }
    }

    /// <summary>The child nodes, in order.</summary>
    public IEnumerable<SyntaxNode> ChildNodes()
    {
        foreach (SyntaxNodeOrToken item in ChildNodesAndTokens())
        {
            if (item.AsNode() is { } node) { yield return node; }
        }
    }

    /// <summary>The child tokens, in order.</summary>
    public IEnumerable<SyntaxToken> ChildTokens()
    {
        foreach (SyntaxNodeOrToken item in ChildNodesAndTokens())
        {
            if (item.IsToken) { yield return item.AsToken(); }
        }
    }

    /// <summary>All descendant nodes and tokens in document order (pre-order), without this node. Iterative: deep trees are safe.</summary>
    public IEnumerable<SyntaxNodeOrToken> DescendantNodesAndTokens(bool includeSelf = false)
    {
        if (includeSelf) { yield return this; }
        var stack = new Stack<IEnumerator<SyntaxNodeOrToken>>();
        stack.Push(ChildNodesAndTokens().GetEnumerator());
        while (stack.Count > 0)
        {
            IEnumerator<SyntaxNodeOrToken> top = stack.Peek();
            if (!top.MoveNext())
            {
                top.Dispose();
                stack.Pop();
                continue;
            }
            SyntaxNodeOrToken item = top.Current;
            yield return item;
            if (item.AsNode() is { } node) { stack.Push(node.ChildNodesAndTokens().GetEnumerator()); }
        }
    }

    /// <summary>All descendant nodes in document order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodes(bool includeSelf = false)
    {
        foreach (SyntaxNodeOrToken item in DescendantNodesAndTokens(includeSelf))
        {
            if (item.AsNode() is { } node) { yield return node; }
        }
    }

    /// <summary>All descendant tokens in document order.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        foreach (SyntaxNodeOrToken item in DescendantNodesAndTokens())
        {
            if (item.IsToken) { yield return item.AsToken(); }
        }
    }

    /// <summary>All trivia of all descendant tokens in document order.</summary>
    public IEnumerable<SyntaxTrivia> DescendantTrivia()
    {
        foreach (SyntaxToken token in DescendantTokens())
        {
            foreach (SyntaxTrivia t in token.LeadingTrivia) { yield return t; }
            foreach (SyntaxTrivia t in token.TrailingTrivia) { yield return t; }
        }
    }

    /// <summary>The first descendant token, if any.</summary>
    public SyntaxToken? GetFirstToken()
    {
        foreach (SyntaxToken token in DescendantTokens()) { return token; }
        return null;
    }

    /// <summary>The ancestors of this node, nearest first.</summary>
    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (SyntaxNode? node = Parent; node != null; node = node.Parent) { yield return node; }
    }

    // ---- Diagnostics -----------------------------------------------------------------------------

    /// <summary>The diagnostics of this node and its descendants, in document order.</summary>
    public IReadOnlyList<Diagnostic> GetDiagnostics()
    {
        if (!Green.ContainsDiagnostics) { return []; }
        SourceText text = SyntaxTree.Text;
        var result = new List<Diagnostic>();
        var stack = new Stack<(GreenNode Node, int Position)>();
        stack.Push((Green, Position));
        while (stack.Count > 0)
        {
            (GreenNode node, int position) = stack.Pop();
            if (!node.ContainsDiagnostics) { continue; }
            foreach (DiagnosticInfo info in node.Diagnostics)
            {
                var span = new TextSpan(Math.Min(position + info.Offset, text.Length), info.Length);
                span = TextSpan.FromBounds(span.Start, Math.Min(span.End, text.Length));
                result.Add(new Diagnostic(info.Descriptor, info.Message, span, text.GetLinePositionSpan(span)));
            }
            if (node is GreenToken token)
            {
                int p = position;
                foreach (GreenTrivia t in token.LeadingTrivia) { stack.Push((t, p)); p += t.FullWidth; }
                p += token.TextLength;
                foreach (GreenTrivia t in token.TrailingTrivia) { stack.Push((t, p)); p += t.FullWidth; }
                continue;
            }
            int childPosition = position;
            for (int i = 0; i < node.SlotCount; i++)
            {
                if (node.GetSlot(i) is { } child)
                {
                    stack.Push((child, childPosition));
                    childPosition += child.FullWidth;
                }
            }
        }
        result.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Code, b.Code));
        return result;
    }

    // ---- Slots, for the typed nodes --------------------------------------------------------------

    internal SyntaxNode? GetRedSlot(int index) => GetRedSlot(index, Position + Green.GetSlotOffset(index));

    internal SyntaxNode? GetRedSlot(int index, int position)
    {
        GreenNode? green = Green.GetSlot(index);
        if (green == null || green.IsToken) { return null; }
        SyntaxNode?[] children = _children ?? InitChildren();
        SyntaxNode? existing = Volatile.Read(ref children[index]);
        if (existing != null) { return existing; }
        SyntaxNode created = CreateRed(green, this, position, index);
        return Interlocked.CompareExchange(ref children[index], created, null) ?? created;
    }

    private SyntaxNode?[] InitChildren()
    {
        Interlocked.CompareExchange(ref _children, new SyntaxNode?[Green.SlotCount], null);
        return _children!;
    }

    private protected SyntaxToken GetToken(int index)
    {
        GreenNode? slot = Green.GetSlot(index);
        return slot is GreenToken token ? new SyntaxToken(this, token, Position + Green.GetSlotOffset(index), index) : default;
    }

    private protected T? GetNode<T>(int index) where T : SyntaxNode => (T?)GetRedSlot(index);

    /// <summary>
    /// The green node of slot <paramref name="index"/> and its position, without making its red node.
    /// PERF: for the model, which reads body texts whole: no red node is made and kept for each of them.
    /// </summary>
    internal GreenSlot GetGreenSlot(int index) => new(Green.GetSlot(index)!, Position + Green.GetSlotOffset(index));

    private protected SyntaxList<T> GetList<T>(int index) where T : SyntaxNode => new(GetRedSlot(index));

    /// <summary>A copy of this node, detached from any parent, with slot <paramref name="index"/> replaced; this node itself when nothing changes.</summary>
    private protected TNode WithSlot<TNode>(int index, GreenNode? value) where TNode : SyntaxNode
    {
        var inner = (GreenInnerNode)Green;
        GreenInnerNode updated = inner.WithSlot(index, value);
        return ReferenceEquals(updated, inner) ? (TNode)this : (TNode)CreateRed(updated, null, 0, 0);
    }

    // ---- Editing ---------------------------------------------------------------------------------

    internal SyntaxNode ReplaceGreen(SyntaxNode? target, SyntaxNode? parentOfTarget, int slotIndex, GreenNode replacement)
    {
        if (ReferenceEquals(target, this)) { return ReferenceEquals(Green, replacement) ? this : CreateRed(replacement, null, 0, 0); }
        GreenNode current = replacement;
        SyntaxNode? parent = parentOfTarget;
        int index = slotIndex;
        while (parent != null)
        {
            var inner = (GreenInnerNode)parent.Green;
            current = inner.WithSlot(index, current);
            if (ReferenceEquals(parent, this)) { break; }
            index = parent.SlotIndex;
            parent = parent._rawParent;
        }
        if (parent == null) { throw new ArgumentException("The node to replace is not a descendant of this node."); }
        return ReferenceEquals(current, Green) ? this : CreateRed(current, null, 0, 0);
    }

    // ---- Visitors --------------------------------------------------------------------------------

    internal static SyntaxNode CreateRed(GreenNode green, SyntaxNode? parent, int position, int slotIndex) =>
        SyntaxNodeFactory.Create(green, parent, position, slotIndex);

    /// <summary>Calls the walker's <c>Visit…</c> method for this node's class (generated for each node).</summary>
    internal abstract void Accept(SyntaxWalker walker);

    /// <summary>Calls the rewriter's <c>Visit…</c> method for this node's class (generated for each node).</summary>
    internal abstract SyntaxNode? Accept(SyntaxRewriter rewriter);
}

/// <summary>A green node and its absolute position (see <see cref="SyntaxNode.GetGreenSlot"/>).</summary>
internal readonly record struct GreenSlot(GreenNode Green, int Position)
{
    /// <summary>The span without the leading trivia of the first token and the trailing trivia of the last.</summary>
    public TextSpan Span => new(Position + Green.LeadingTriviaWidth, Green.Width);
}

public abstract partial class SyntaxNode
{
    /// <summary>Slot replacement for Update methods: returns this node when every slot is unchanged.</summary>
    private protected TNode UpdateSlots<TNode>(params GreenNode?[] slots) where TNode : SyntaxNode
    {
        var inner = (GreenInnerNode)Green;
        bool same = true;
        for (int i = 0; i < slots.Length && same; i++) { same = ReferenceEquals(inner.GetSlot(i), slots[i]); }
        return same ? (TNode)this : (TNode)CreateRed(GreenInnerNode.Create(Kind, slots, inner.Diagnostics), null, 0, 0);
    }

    /// <summary>Token replacement for the nodes whose slots are a run of tokens: returns this node when every token is unchanged.</summary>
    private protected TNode UpdateTokens<TNode>(IEnumerable<SyntaxToken> tokens) where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var slots = new List<GreenNode?>();
        foreach (SyntaxToken token in tokens)
        {
            slots.Add(token.Green ?? throw new ArgumentException("A token of the run is missing.", nameof(tokens)));
        }
        var inner = (GreenInnerNode)Green;
        bool same = slots.Count == inner.SlotCount;
        for (int i = 0; i < slots.Count && same; i++) { same = ReferenceEquals(inner.GetSlot(i), slots[i]); }
        return same ? (TNode)this : (TNode)CreateRed(GreenInnerNode.Create(Kind, slots.ToArray(), inner.Diagnostics), null, 0, 0);
    }

    private protected static GreenNode? TokenGreen(SyntaxToken token) => token.Green;

    private protected static GreenNode? NodeGreen(SyntaxNode? node) => node?.Green;

    private protected static GreenNode? ListGreen<T>(SyntaxList<T> list) where T : SyntaxNode => list.ListNode?.Green;

    /// <summary>The first child token of kind <paramref name="kind"/>, or the default token.</summary>
    private protected SyntaxToken FindToken(SyntaxKind kind)
    {
        foreach (SyntaxToken token in ChildTokens())
        {
            if (token.Kind == kind) { return token; }
        }
        return default;
    }

    /// <summary>The first child node of kind <paramref name="kind"/>.</summary>
    private protected T? FindNode<T>(SyntaxKind kind) where T : SyntaxNode
    {
        foreach (SyntaxNode node in ChildNodes())
        {
            if (node.Kind == kind) { return (T)node; }
        }
        return null;
    }
}
