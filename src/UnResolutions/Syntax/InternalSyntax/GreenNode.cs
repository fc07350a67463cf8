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

/// <summary>
/// A node with child slots (some may be null). Nodes of one to four slots hold them in fields, larger ones in an array.
/// PERF: most nodes have one to four slots (a body text of one token, a paragraph's number, lead, text and
/// sub-paragraphs); fields spare them an array object each. On a large input the tree outlives several collections
/// and every object of it is copied through the GC's generations: fewer objects, less copying.
/// </summary>
internal abstract class GreenInnerNode : GreenNode
{
    private protected GreenInnerNode(SyntaxKind kind, int fullWidth, bool slotsContainDiagnostics, DiagnosticInfo[]? diagnostics)
        : base(kind, fullWidth, diagnostics)
    {
        ContainsDiagnostics |= slotsContainDiagnostics;
    }

    /// <summary>A node of <paramref name="kind"/> with these slots; a node of more than four keeps <paramref name="slots"/> itself.</summary>
    public static GreenInnerNode Create(SyntaxKind kind, GreenNode?[] slots, DiagnosticInfo[]? diagnostics = null) =>
        slots.Length is > 0 and <= 4 ? Create(kind, slots.AsSpan(), diagnostics) : new GreenNodeN(kind, SumWidths(slots, out bool contains), contains, diagnostics, slots);

    /// <summary>A node of <paramref name="kind"/> with these slots.</summary>
    public static GreenInnerNode Create(SyntaxKind kind, ReadOnlySpan<GreenNode?> slots, DiagnosticInfo[]? diagnostics = null)
    {
        int width = SumWidths(slots, out bool contains);
        return slots.Length switch
        {
            1 => new GreenNode1(kind, width, contains, diagnostics, slots[0]),
            2 => new GreenNode2(kind, width, contains, diagnostics, slots[0], slots[1]),
            3 => new GreenNode3(kind, width, contains, diagnostics, slots[0], slots[1], slots[2]),
            4 => new GreenNode4(kind, width, contains, diagnostics, slots[0], slots[1], slots[2], slots[3]),
            _ => new GreenNodeN(kind, width, contains, diagnostics, slots.ToArray()),
        };
    }

    private static int SumWidths(ReadOnlySpan<GreenNode?> slots, out bool containsDiagnostics)
    {
        int width = 0;
        containsDiagnostics = false;
        foreach (GreenNode? slot in slots)
        {
            width += slot?.FullWidth ?? 0;
            containsDiagnostics |= slot?.ContainsDiagnostics ?? false;
        }
        return width;
    }

    /// <summary>A copy with slot <paramref name="index"/> replaced, or this node when nothing changes.</summary>
    public GreenInnerNode WithSlot(int index, GreenNode? value)
    {
        if (ReferenceEquals(GetSlot(index), value)) { return this; }
        GreenNode?[] slots = Slots();
        slots[index] = value;
        return Create(Kind, slots, Diagnostics);
    }

    public override GreenNode WithDiagnostics(DiagnosticInfo[]? diagnostics) => Create(Kind, Slots(), diagnostics);

    /// <summary>A copy of the slots.</summary>
    public GreenNode?[] Slots()
    {
        var slots = new GreenNode?[SlotCount];
        for (int k = 0; k < slots.Length; k++) { slots[k] = GetSlot(k); }
        return slots;
    }

    private protected static ArgumentOutOfRangeException NoSlot(int index) => new(nameof(index), index, "No such slot.");
}

internal sealed class GreenNode1(SyntaxKind kind, int width, bool contains, DiagnosticInfo[]? diagnostics, GreenNode? slot0)
    : GreenInnerNode(kind, width, contains, diagnostics)
{
    public override int SlotCount => 1;

    public override GreenNode? GetSlot(int index) => index == 0 ? slot0 : throw NoSlot(index);
}

internal sealed class GreenNode2(SyntaxKind kind, int width, bool contains, DiagnosticInfo[]? diagnostics, GreenNode? slot0, GreenNode? slot1)
    : GreenInnerNode(kind, width, contains, diagnostics)
{
    public override int SlotCount => 2;

    public override GreenNode? GetSlot(int index) => index switch { 0 => slot0, 1 => slot1, _ => throw NoSlot(index) };
}

internal sealed class GreenNode3(SyntaxKind kind, int width, bool contains, DiagnosticInfo[]? diagnostics, GreenNode? slot0, GreenNode? slot1, GreenNode? slot2)
    : GreenInnerNode(kind, width, contains, diagnostics)
{
    public override int SlotCount => 3;

    public override GreenNode? GetSlot(int index) => index switch { 0 => slot0, 1 => slot1, 2 => slot2, _ => throw NoSlot(index) };
}

internal sealed class GreenNode4(SyntaxKind kind, int width, bool contains, DiagnosticInfo[]? diagnostics, GreenNode? slot0, GreenNode? slot1, GreenNode? slot2, GreenNode? slot3)
    : GreenInnerNode(kind, width, contains, diagnostics)
{
    public override int SlotCount => 4;

    public override GreenNode? GetSlot(int index) => index switch { 0 => slot0, 1 => slot1, 2 => slot2, 3 => slot3, _ => throw NoSlot(index) };
}

/// <summary>A node with no slot or more than four, in an array.</summary>
internal sealed class GreenNodeN(SyntaxKind kind, int width, bool contains, DiagnosticInfo[]? diagnostics, GreenNode?[] slots)
    : GreenInnerNode(kind, width, contains, diagnostics)
{
    public override int SlotCount => slots.Length;

    public override GreenNode? GetSlot(int index) => slots[index];
}
