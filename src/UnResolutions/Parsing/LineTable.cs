using UnResolutions.Syntax;
using UnResolutions.Text;

namespace UnResolutions.Parsing;

/// <summary>
/// One classified line of the input: a view of its entry in the <see cref="LineTable"/>.
/// PERF: a struct over the table's arrays, not an object per line: the table lives until the parse ends, and
/// objects alive that long are copied through the GC's generations on large inputs.
/// </summary>
internal readonly struct LineInfo
{
    private readonly LineTable _table;

    public LineInfo(LineTable table, int index)
    {
        _table = table;
        Index = index;
    }

    public ParseContext Context => _table.Context;

    public int Index { get; }

    private ref readonly LineTable.Entry Entry => ref _table.EntryAt(Index);

    /// <summary>Where the line starts (its blank prefix included).</summary>
    public int Start => _table.Context.Text.GetLineStart(Index);

    /// <summary>Where the line's content starts: its start, or after the byte-order mark on the first line.</summary>
    public int ContentStart => Index == 0 ? Math.Max(Start, _table.Context.ContentStart) : Start;

    /// <summary>Where the line's content ends, before its line break.</summary>
    public int ContentEnd => Math.Max(ContentStart, _table.Context.Text.GetLineSpan(Index).End);

    /// <summary>Where the next line starts, or the end of the text.</summary>
    public int NextStart => Index + 1 < _table.Count ? _table.Context.Text.GetLineStart(Index + 1) : _table.Context.Text.Length;

    public LineClass Class => Entry.Class;

    /// <summary>The pieces the line was split into (valid until the table classifies another line).</summary>
    public ReadOnlySpan<Piece> Pieces => _table.PiecesOf(Index);

    /// <summary>The lead phrase of the line's text, measured once when the grammar first asks.</summary>
    public (int Length, LeadKind Kind)? Lead
    {
        get => Entry.HasLead ? (Entry.LeadLength, Entry.LeadKind) : null;
        set => _table.SetLead(Index, value);
    }
}

/// <summary>
/// The lines of the input, each classified once, on first use, by <see cref="LineGrammar.Classify"/>.
/// PERF: the document grammar backtracks between alternatives; caching spares it classifying a line twice.
/// The entries are structs in one array and the pieces of all lines share one buffer: the GC neither traces
/// nor copies them, whatever the size of the input.
/// </summary>
internal sealed class LineTable
{
    /// <summary>What classifying a line found (its positions are the source text's line starts): 16 bytes.</summary>
    internal struct Entry
    {
        public int PieceStart;
        public int LeadLength;
        public int PieceCount;
        public LineClass Class;
        public LeadKind LeadKind;
        public bool HasLead;
        public bool Classified;
    }

    private readonly Entry[] _entries;
    private Piece[] _pieces;
    private int _pieceCount;

    public LineTable(ParseContext context)
    {
        Context = context;
        _entries = new Entry[context.Text.LineCount];
        // Lines are split into four pieces on average (3.6 in 71/242, 4.0 in 3 MB of the corpus): a buffer that
        // rarely grows. Classification is lazy, so this is only a guess.
        _pieces = new Piece[_entries.Length * 9 / 2 + 16];
    }

    public ParseContext Context { get; }

    public int Count => _entries.Length;

    public LineInfo this[int index]
    {
        get
        {
            if (!_entries[index].Classified) { Compute(index); }
            return new LineInfo(this, index);
        }
    }

    /// <summary>The index of the line that holds <paramref name="position"/>.</summary>
    public int LineAt(int position)
    {
        // PERF: the grammar mostly asks for the line after the last one it asked for, or the same again (when it
        // backtracks); a binary search per line was 5 % of a parse.
        SourceText text = Context.Text;
        for (int k = _lastLine; k <= _lastLine + 1 && k < Count; k++)
        {
            if (text.GetLineStart(k) <= position && (k + 1 == Count || position < text.GetLineStart(k + 1))) { return _lastLine = k; }
        }
        return _lastLine = text.GetLineIndex(position);
    }

    private int _lastLine;

    /// <summary>The first line at or after <paramref name="index"/> that is not blank, or <see cref="Count"/>.</summary>
    public int NextNonBlank(int index)
    {
        while (index < Count && this[index].Class == LineClass.Blank) { index++; }
        return index;
    }

    internal ref readonly Entry EntryAt(int index) => ref _entries[index];

    internal ReadOnlySpan<Piece> PiecesOf(int index) => _pieces.AsSpan(_entries[index].PieceStart, _entries[index].PieceCount);

    internal void SetLead(int index, (int Length, LeadKind Kind)? lead)
    {
        ref Entry entry = ref _entries[index];
        entry.HasLead = lead.HasValue;
        (entry.LeadLength, entry.LeadKind) = lead.GetValueOrDefault();
    }

    private void Compute(int index)
    {
        var line = new LineInfo(this, index);
        Reserve(CoarseShapes.MaxPieces);
        LineClass cls = LineGrammar.Classify(Context, line.ContentStart, line.ContentEnd, _pieces.AsSpan(_pieceCount), out int count, out Piece[]? pieces);
        if (pieces != null)
        {
            Reserve(pieces.Length);
            pieces.CopyTo(_pieces.AsSpan(_pieceCount));
            count = pieces.Length;
        }
        _entries[index] = new Entry { PieceStart = _pieceCount, PieceCount = count, Class = cls, Classified = true };
        _pieceCount += count;
        // After the entry is stored: the look around classifies other lines, which write their pieces after these.
        if (cls == LineClass.Subparagraph && MisprintedFirstNumber(index) is int label)
        {
            ref Piece piece = ref _pieces[_entries[index].PieceStart + label];
            piece = piece with { Kind = SyntaxKind.ParagraphNumberToken };
            _entries[index].Class = LineClass.Numbered;
        }
        else if (cls == LineClass.FootnoteLike && UnstoppedParagraphNumber(index) is int number)
        {
            ref Piece piece = ref _pieces[_entries[index].PieceStart + number];
            piece = piece with { Kind = SyntaxKind.ParagraphNumberToken };
            _entries[index].Class = LineClass.Numbered;
        }
    }

    /// <summary>How many lines <see cref="UnstoppedParagraphNumber"/> reads before and after for the paragraph numbering.</summary>
    private const int NumberingLookaround = 200;

    /// <summary>
    /// Where an indented line <c>\t43\tInvite les États …</c> is operative paragraph 43 typed without its full stop: the
    /// number is followed by a tab and a capital letter (the paragraph's first word), and it continues the paragraph
    /// numbering: the nearest numbered line before it is 42, or the nearest after it is 44. A footnote line is not
    /// indented, and a number out of the sequence (a table row, a quantity) is not taken. If so, the index of its number
    /// piece (the grammar reports <c>UNR0125</c>), or null. Only such lines pay for the look around, bounded by
    /// <see cref="NumberingLookaround"/> lines each way.
    /// </summary>
    private int? UnstoppedParagraphNumber(int index)
    {
        ReadOnlySpan<Piece> pieces = PiecesOf(index);
        if (pieces.Length < 4 || pieces[0].Kind != SyntaxKind.WhitespaceTrivia || pieces[0].Length == 0
            || pieces[1].Kind != SyntaxKind.FootnoteNumberToken || pieces[2].Kind != SyntaxKind.WhitespaceTrivia || pieces[3].Kind != SyntaxKind.TextToken)
        {
            return null;
        }
        string s = Context.Source;
        if (s.AsSpan(pieces[2].Start, pieces[2].Length).IndexOf('\t') < 0 || !char.IsUpper(s[pieces[3].Start])
            || !int.TryParse(s.AsSpan(pieces[1].Start, pieces[1].Length), out int n) || n == 0)
        {
            return null;
        }
        int before = NumberNear(index, -1);
        if (before == n - 1 && n > 1) { return 1; }
        return NumberNear(index, +1) == n + 1 ? 1 : null;
    }

    /// <summary>The number of the nearest numbered paragraph line before (<paramref name="step"/> -1) or after (+1) <paramref name="index"/>, or -1.</summary>
    private int NumberNear(int index, int step)
    {
        for (int k = index + step, seen = 0; k >= 0 && k < Count && seen < NumberingLookaround; k += step, seen++)
        {
            if (this[k].Class != LineClass.Numbered) { continue; }
            foreach (Piece p in PiecesOf(k))
            {
                if (p.Kind == SyntaxKind.ParagraphNumberToken)
                {
                    return int.TryParse(Context.Source.AsSpan(p.Start, p.Length).TrimEnd('.'), out int number) ? number : -1;
                }
            }
            return -1;
        }
        return -1;
    }

    /// <summary>
    /// Where a sub-paragraph line labelled <c>l.</c> is operative paragraph 1 typed with the letter l, as in
    /// <c>l.	Decides to designate 12 May …</c>: it does not follow a sub-paragraph (which "k." would) and the next
    /// line is paragraph 2. If so, its label becomes the paragraph number (the model keeps it as printed and the
    /// grammar reports <c>UNR0105</c>), or null. Only a line labelled "l." pays for the look around.
    /// </summary>
    private int? MisprintedFirstNumber(int index)
    {
        ReadOnlySpan<Piece> pieces = PiecesOf(index);
        int label = pieces.Length > 1 && pieces[0].Kind == SyntaxKind.WhitespaceTrivia ? 1 : 0;
        if (label >= pieces.Length || pieces[label].Kind != SyntaxKind.SubparagraphLabelToken || pieces[label].Length != 2) { return null; }
        string s = Context.Source;
        if (s[pieces[label].Start] != 'l' || s[pieces[label].Start + 1] != '.') { return null; }
        int previous = index - 1;
        while (previous >= 0 && this[previous].Class == LineClass.Blank) { previous--; }
        if (previous >= 0 && this[previous].Class == LineClass.Subparagraph) { return null; }
        int next = NextNonBlank(index + 1);
        if (next >= Count || this[next].Class != LineClass.Numbered) { return null; }
        foreach (Piece p in PiecesOf(next))
        {
            if (p.Kind == SyntaxKind.ParagraphNumberToken) { return s.AsSpan(p.Start, p.Length).SequenceEqual("2.") ? label : null; }
        }
        return null;
    }

    private void Reserve(int count)
    {
        if (_pieceCount + count > _pieces.Length)
        {
            Array.Resize(ref _pieces, Math.Max(_pieces.Length * 2, _pieceCount + count));
        }
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
