using UnResolutions.Text;

namespace UnResolutions.Parsing;

/// <summary>One classified line of the input.</summary>
internal sealed class LineInfo
{
    public required ParseContext Context { get; init; }
    public required int Index { get; init; }
    public required int Start { get; init; }
    public required int ContentStart { get; init; }
    public required int ContentEnd { get; init; }
    public required int NextStart { get; init; }
    public required LineClass Class { get; init; }
    public required Piece[] Pieces { get; init; }

    /// <summary>The lead phrase of the line's text, measured once when the grammar first asks.</summary>
    public (int Length, LeadKind Kind)? Lead { get; set; }
}

/// <summary>
/// The lines of the input, each classified once, on first use, by <see cref="LineGrammar.Classify"/>.
/// PERF: the document grammar backtracks between alternatives; caching spares it classifying a line twice.
/// </summary>
internal sealed class LineTable
{
    private readonly LineInfo?[] _lines;

    public LineTable(ParseContext context)
    {
        Context = context;
        _lines = new LineInfo?[context.Text.LineCount];
    }

    public ParseContext Context { get; }

    public int Count => _lines.Length;

    public LineInfo this[int index] => _lines[index] ?? Compute(index);

    /// <summary>The first line at or after <paramref name="index"/> that is not blank, or <see cref="Count"/>.</summary>
    public int NextNonBlank(int index)
    {
        while (index < Count && this[index].Class == LineClass.Blank) { index++; }
        return index;
    }

    private LineInfo Compute(int index)
    {
        SourceText text = Context.Text;
        TextSpan span = text.GetLineSpan(index);
        int contentStart = index == 0 ? Math.Max(span.Start, Context.ContentStart) : span.Start;
        int contentEnd = Math.Max(contentStart, span.End);
        (LineClass cls, Piece[] pieces) = LineGrammar.Classify(Context, contentStart, contentEnd);
        var info = new LineInfo
        {
            Context = Context,
            Index = index,
            Start = span.Start,
            ContentStart = contentStart,
            ContentEnd = contentEnd,
            NextStart = index + 1 < text.LineCount ? text.GetLineStart(index + 1) : text.Length,
            Class = cls,
            Pieces = pieces,
        };
        _lines[index] = info;
        return info;
    }
}

/// <summary>
/// A line as the document grammar consumed it: the blank lines before it (from <see cref="LeadingStart"/>) and the line.
/// PERF: a struct, carried inside Sprache's result object rather than allocated beside it.
/// </summary>
internal readonly record struct Line(ParseContext Context, int LeadingStart, LineInfo Info)
{
    public LineClass Class => Info.Class;
}
