using UnResolutions.Text;

namespace UnResolutions.Tests;

/// <summary>
/// Line and column counted directly in a text, apart from the library's line table, so that tests of line spans have an
/// independent oracle. <c>\r\n</c>, <c>\n</c> and a lone <c>\r</c> end a line.
/// </summary>
internal static class TextPositions
{
    /// <summary>The start of every line of <paramref name="text"/>; computed once per text (a scan per position is quadratic
    /// on a 5 MB line with tens of thousands of diagnostics).</summary>
    public static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))) { starts.Add(i + 1); }
        }
        return starts;
    }

    /// <summary>The 0-based line and column of <paramref name="offset"/> given the <paramref name="lineStarts"/> of its text.</summary>
    public static LinePosition Of(List<int> lineStarts, int offset)
    {
        int index = lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line, offset - lineStarts[line]);
    }
}
