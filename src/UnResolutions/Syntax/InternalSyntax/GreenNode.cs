using System.Text;
using UnResolutions.Diagnostics;

namespace UnResolutions.Syntax.InternalSyntax;

/// <summary>
/// The internal, immutable half of the tree (Roslyn's "green" layer). A green node knows its kind, its
/// children and its width, never its absolute position, so the same green subtree can be shared by
/// several trees and by edited copies. The public <see cref="SyntaxNode"/> ("red" layer) adds parent and
/// position, lazily.
/// </summary>
internal abstract class GreenNode
{
    private readonly DiagnosticInfo[]? _diagnostics;

    protected GreenNode(SyntaxKind kind, int fullWidth, DiagnosticInfo[]? diagnostics)
    {
        Kind = kind;
        FullWidth = fullWidth;
        _diagnostics = diagnostics is { Length: > 0 } ? diagnostics : null;
        ContainsDiagnostics = _diagnostics != null;
    }

    public SyntaxKind Kind { get; }

    /// <summary>Width with leading and trailing trivia.</summary>
    public int FullWidth { get; }

    /// <summary>True when this node or any descendant carries a diagnostic.</summary>
    public bool ContainsDiagnostics { get; protected init; }

    public DiagnosticInfo[] Diagnostics => _diagnostics ?? [];

    public abstract int SlotCount { get; }

    public abstract GreenNode? GetSlot(int index);

    public virtual bool IsToken => false;

    public virtual bool IsTrivia => false;

    public bool IsList => Kind == SyntaxKind.List;

    /// <summary>Width of the leading trivia of the first token.</summary>
    public virtual int LeadingTriviaWidth
    {
        get
        {
            GreenNode? first = FirstToken();
            return first?.LeadingTriviaWidth ?? 0;
        }
    }

    /// <summary>Width of the trailing trivia of the last token.</summary>
    public virtual int TrailingTriviaWidth
    {
        get
        {
            GreenNode? last = LastToken();
            return last?.TrailingTriviaWidth ?? 0;
        }
    }

    public int Width => FullWidth - LeadingTriviaWidth - TrailingTriviaWidth;

    public GreenToken? FirstToken()
    {
        GreenNode? node = this;
        while (node is not null and not GreenToken)
        {
            GreenNode? next = null;
            for (int i = 0; i < node.SlotCount; i++)
            {
                GreenNode? slot = node.GetSlot(i);
                if (slot is { FullWidth: > 0 } || slot is GreenToken) { next = slot; break; }
            }
            node = next;
        }
        return (GreenToken?)node;
    }

    public GreenToken? LastToken()
    {
        GreenNode? node = this;
        while (node is not null and not GreenToken)
        {
            GreenNode? next = null;
            for (int i = node.SlotCount - 1; i >= 0; i--)
            {
                GreenNode? slot = node.GetSlot(i);
                if (slot is { FullWidth: > 0 } || slot is GreenToken) { next = slot; break; }
            }
            node = next;
        }
        return (GreenToken?)node;
    }

    /// <summary>Offset of slot <paramref name="index"/> from the start of this node.</summary>
    public int GetSlotOffset(int index)
    {
        int offset = 0;
        for (int i = 0; i < index; i++) { offset += GetSlot(i)?.FullWidth ?? 0; }
        return offset;
    }

    /// <summary>Appends the full text (with trivia). Iterative: deep trees cannot overflow the stack.</summary>
    public void WriteTo(StringBuilder builder)
    {
        var stack = new Stack<GreenNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            GreenNode node = stack.Pop();
            switch (node)
            {
                case GreenToken token:
                    foreach (GreenTrivia t in token.LeadingTrivia) { t.AppendText(builder); }
                    token.AppendText(builder);
                    foreach (GreenTrivia t in token.TrailingTrivia) { t.AppendText(builder); }
                    break;
                case GreenTrivia trivia:
                    trivia.AppendText(builder);
                    break;
                default:
                    for (int i = node.SlotCount - 1; i >= 0; i--)
                    {
                        if (node.GetSlot(i) is { } child) { stack.Push(child); }
                    }
                    break;
            }
        }
    }

    public string ToFullString()
    {
        var builder = new StringBuilder(FullWidth);
        WriteTo(builder);
        return builder.ToString();
    }

    /// <summary>A copy of this node with other diagnostics (used by the parser).</summary>
    public abstract GreenNode WithDiagnostics(DiagnosticInfo[]? diagnostics);
}

/// <summary>A node with child slots (some may be null).</summary>
internal sealed class GreenInnerNode : GreenNode
{
    private readonly GreenNode?[] _slots;

    public GreenInnerNode(SyntaxKind kind, GreenNode?[] slots, DiagnosticInfo[]? diagnostics = null)
        : base(kind, SumWidths(slots), diagnostics)
    {
        _slots = slots;
        bool contains = ContainsDiagnostics;
        foreach (GreenNode? slot in slots) { contains |= slot?.ContainsDiagnostics ?? false; }
        ContainsDiagnostics = contains;
    }

    public override int SlotCount => _slots.Length;

    public override GreenNode? GetSlot(int index) => _slots[index];

    /// <summary>A copy with slot <paramref name="index"/> replaced, or this node when nothing changes.</summary>
    public GreenInnerNode WithSlot(int index, GreenNode? value)
    {
        if (ReferenceEquals(_slots[index], value)) { return this; }
        var slots = (GreenNode?[])_slots.Clone();
        slots[index] = value;
        return new GreenInnerNode(Kind, slots, Diagnostics);
    }

    public override GreenNode WithDiagnostics(DiagnosticInfo[]? diagnostics) => new GreenInnerNode(Kind, _slots, diagnostics);

    private static int SumWidths(GreenNode?[] slots)
    {
        int width = 0;
        foreach (GreenNode? slot in slots) { width += slot?.FullWidth ?? 0; }
        return width;
    }
}
