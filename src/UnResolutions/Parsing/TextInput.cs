using Sprache;
using UnResolutions.Text;

namespace UnResolutions.Parsing;

/// <summary>
/// Sprache's <see cref="IInput"/> over a bounded segment of the source: the whole text for the document
/// grammar, one line's content for the line grammars.
/// PERF: Sprache's own <c>Input</c> allocates a memo dictionary per character and its <c>Regex</c> copies the
/// rest of the input at each call. This input is a position and a bound; the memo dictionary is made only
/// if a combinator asks for it, and the coarse primitives of <see cref="Scan"/> jump ahead many characters
/// at once instead of calling <see cref="Advance"/> per character.
/// </summary>
internal sealed class TextInput : IInput
{
    private IDictionary<object, object>? _memos;

    public TextInput(ParseContext context, int position, int end)
    {
        Context = context;
        Position = position;
        End = end;
    }

    public ParseContext Context { get; }

    /// <summary>The bound of the segment: positions at or past it are the end of input.</summary>
    public int End { get; }

    public string Source => Context.Text.Text;

    public char Current => Position < End ? Source[Position] : '\0';

    public bool AtEnd => Position >= End;

    public int Position { get; }

    // Sprache's positions are 1-based; ours are 0-based. These convert once, here, at the edge.
    public int Line => Context.Text.GetLineIndex(Position) + 1;

    public int Column => Position - Context.Text.GetLineStart(Context.Text.GetLineIndex(Position)) + 1;

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance() => AtEnd ? throw new InvalidOperationException("The input is already at its end.") : At(Position + 1);

    /// <summary>The same segment at another position.</summary>
    public TextInput At(int position) => position == Position ? this : new TextInput(Context, position, End);

    public ReadOnlySpan<char> Rest => Source.AsSpan(Position, End - Position);

    public bool Equals(IInput? other) => other is TextInput t && ReferenceEquals(t.Context, Context) && t.Position == Position && t.End == End;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Position, End);

    public override string ToString() => $"{Line},{Column}";
}

/// <summary>What every parser of one text shares: the text with its line table.</summary>
internal sealed class ParseContext
{
    public ParseContext(SourceText text, Languages.LanguageTable? language = null)
    {
        Text = text;
        Language = language;
        ContentStart = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    public SourceText Text { get; }

    /// <summary>The language the caller forced (<c>ParseOptions.Language</c>), or null to find each resolution's from its text.</summary>
    public Languages.LanguageTable? Language { get; }

    /// <summary>1 when the text starts with a byte-order mark, which is kept as trivia.</summary>
    public int ContentStart { get; }

    public string Source => Text.Text;

    /// <summary>The whole text as a Sprache input, at <paramref name="position"/>.</summary>
    public TextInput Document(int position)
    {
        // PERF: the grammar asks again for the input after a line each time it backtracks over that line; an input
        // is immutable, so the last one is handed out again.
        if (_lastDocument?.Position != position) { _lastDocument = new TextInput(this, position, Text.Length); }
        return _lastDocument;
    }

    private TextInput? _lastDocument;

    private LineTable? _lines;

    /// <summary>
    /// A list that gathers a token's trivia before an exact-size array is made. PERF: one per parse, in the context
    /// rather than in a thread-static field, whose access cost 3 % of a small file's parse.
    /// </summary>
    public List<Syntax.InternalSyntax.GreenTrivia> TriviaScratch { get; } = new(8);

    /// <summary>
    /// Where the placeholders of skipped lines start (some may be dropped when the grammar backtracks): the
    /// <see cref="TreeFinisher"/> looks for them only there.
    /// </summary>
    public List<int> SkippedLineStarts { get; } = [];

    /// <summary>The classified lines of the text.</summary>
    public LineTable Lines => _lines ??= new LineTable(this);

    private OrganIndex? _organs;

    /// <summary>Which body adopted the resolution of each line (for its lead phrases).</summary>
    public OrganIndex Organs => _organs ??= new OrganIndex(Lines, Language);
}
