namespace UnResolutions.Text;

/// <summary>A range of characters in a text: a 0-based start and a length.</summary>
public readonly record struct TextSpan : IComparable<TextSpan>
{
    /// <summary>Creates a span.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="start"/> or <paramref name="length"/> is negative.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>The 0-based offset of the first character.</summary>
    public int Start { get; }

    /// <summary>The number of characters.</summary>
    public int Length { get; }

    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True when the span holds no character.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from a start and an end offset.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="position"/> lies inside the span (the end excluded).</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when <paramref name="span"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    /// <inheritdoc/>
    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : Length.CompareTo(other.Length);

    /// <summary>Shows the span as <c>[start..end)</c>.</summary>
    public override string ToString() => $"[{Start}..{End})";
}
