namespace UnResolutions.Text;

/// <summary>
/// An immutable text with a table of its lines. Line breaks are <c>\r\n</c>, <c>\n</c> or a lone <c>\r</c>;
/// a line's break belongs to that line.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    private SourceText(string text)
    {
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>Creates a source text; <see langword="null"/> is taken as the empty string.</summary>
    public static SourceText From(string? text) => new(text ?? string.Empty);

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>The number of lines: one more than the number of line breaks.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The character at <paramref name="position"/>.</summary>
    public char this[int position] => Text[position];

    /// <summary>The offset where line <paramref name="line"/> (0-based) starts.</summary>
    public int GetLineStart(int line) => _lineStarts[line];

    /// <summary>The span of line <paramref name="line"/> without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        int start = _lineStarts[line];
        int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        if (end > start && Text[end - 1] == '\n') { end--; }
        if (end > start && Text[end - 1] == '\r') { end--; }
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The 0-based line that holds <paramref name="position"/>; the end of the text is on the last line.</summary>
    public int GetLineIndex(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, Text.Length);
        int index = Array.BinarySearch(_lineStarts, position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The 0-based line and character of <paramref name="position"/>.</summary>
    public LinePosition GetLinePosition(int position)
    {
        int line = GetLineIndex(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    /// <summary>The line positions of both ends of <paramref name="span"/>.</summary>
    public LinePositionSpan GetLinePositionSpan(TextSpan span) => new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The text of <paramref name="span"/>.</summary>
    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The whole text.</summary>
    public override string ToString() => Text;

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(Math.Max(16, text.Length / 64)) { 0 };
        int i = 0;
        while (i < text.Length)
        {
            // PERF: IndexOfAny is vectorized; most characters are not line breaks.
            int next = text.AsSpan(i).IndexOfAny('\r', '\n');
            if (next < 0) { break; }
            i += next;
            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            starts.Add(i);
        }
        return starts.ToArray();
    }
}
