namespace UnResolutions.Text;

/// <summary>
/// A position as a 0-based line and a 0-based character offset within that line.
/// Messages show it 1-based, the way editors and compilers do (see <see cref="ToString"/>).
/// </summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    /// <inheritdoc/>
    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    /// <summary>Shows the position 1-based, as <c>line,column</c>.</summary>
    public override string ToString() => $"{Line + 1},{Character + 1}";
}

/// <summary>A range between two <see cref="LinePosition"/>s.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    /// <summary>Shows the span 1-based, as <c>(line,column)-(line,column)</c>.</summary>
    public override string ToString() => $"({Start})-({End})";
}
