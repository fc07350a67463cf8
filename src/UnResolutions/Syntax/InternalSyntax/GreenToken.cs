using System.Text;
using UnResolutions.Diagnostics;

namespace UnResolutions.Syntax.InternalSyntax;

/// <summary>
/// A token: a slice of text with its leading and trailing trivia. The text is kept as a slice of the
/// source string (string, start, length), not as a substring.
/// PERF: slices cost no character copy; most tokens are never turned into strings.
/// </summary>
internal class GreenToken : GreenNode
{
    public static readonly GreenTrivia[] NoTrivia = [];

    private readonly string _source;
    private readonly int _start;
    private readonly int _length;

    public GreenToken(SyntaxKind kind, string source, int start, int length, GreenTrivia[] leading, GreenTrivia[] trailing, DiagnosticInfo[]? diagnostics = null)
        : base(kind, length + Sum(leading) + Sum(trailing), diagnostics)
    {
        _source = source;
        _start = start;
        _length = length;
        LeadingTrivia = leading;
        TrailingTrivia = trailing;
        bool contains = ContainsDiagnostics;
        foreach (GreenTrivia t in leading) { contains |= t.ContainsDiagnostics; }
        foreach (GreenTrivia t in trailing) { contains |= t.ContainsDiagnostics; }
        ContainsDiagnostics = contains;
    }

    /// <summary>
    /// A token whose text is the whole of <paramref name="text"/>, for a tree built by hand or read back: a footnote
    /// reference then cites the footnote its text numbers (a parse has the linker decide it instead).
    /// </summary>
    public static GreenToken Create(SyntaxKind kind, string text, GreenTrivia[]? leading = null, GreenTrivia[]? trailing = null, DiagnosticInfo[]? diagnostics = null) =>
        kind == SyntaxKind.FootnoteReferenceToken && SyntaxFacts.FootnoteNumber(text) is int cited
            ? new GreenFootnoteReference(text, 0, text.Length, leading ?? NoTrivia, trailing ?? NoTrivia, diagnostics, cited)
            : new GreenToken(kind, text, 0, text.Length, leading ?? NoTrivia, trailing ?? NoTrivia, diagnostics);

    /// <summary>
    /// The number of the footnote this token cites: set on the footnote references of a tree (see
    /// <see cref="GreenFootnoteReference"/>), null on every other token.
    /// </summary>
    public virtual int? CitedFootnote => null;

    public GreenTrivia[] LeadingTrivia { get; }

    public GreenTrivia[] TrailingTrivia { get; }

    public int TextLength => _length;

    public ReadOnlySpan<char> TextSpan => _source.AsSpan(_start, _length);

    /// <summary>The string the text is a slice of, and where in it (for a subclass's copies).</summary>
    protected string Source => _source;

    protected int Start => _start;

    public string Text => _source.Substring(_start, _length);

    public override bool IsToken => true;

    public override int SlotCount => 0;

    public override GreenNode? GetSlot(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    public override int LeadingTriviaWidth => Sum(LeadingTrivia);

    public override int TrailingTriviaWidth => Sum(TrailingTrivia);

    public void AppendText(StringBuilder builder) => builder.Append(_source, _start, _length);

    public GreenToken WithLeadingTrivia(GreenTrivia[] leading) => With(Kind, leading, TrailingTrivia, Diagnostics.Length == 0 ? null : Diagnostics);

    public GreenToken WithTrailingTrivia(GreenTrivia[] trailing) => With(Kind, LeadingTrivia, trailing, Diagnostics.Length == 0 ? null : Diagnostics);

    public GreenToken WithKind(SyntaxKind kind) => With(kind, LeadingTrivia, TrailingTrivia, Diagnostics.Length == 0 ? null : Diagnostics);

    public override GreenNode WithDiagnostics(DiagnosticInfo[]? diagnostics) => With(Kind, LeadingTrivia, TrailingTrivia, diagnostics);

    /// <summary>A copy with the same text; a footnote reference's copy keeps the footnote it cites.</summary>
    protected virtual GreenToken With(SyntaxKind kind, GreenTrivia[] leading, GreenTrivia[] trailing, DiagnosticInfo[]? diagnostics) =>
        new(kind, _source, _start, _length, leading, trailing, diagnostics);

    /// <summary>
    /// This token as a footnote reference citing footnote <paramref name="cited"/> (the linker's decision), same text,
    /// trivia and diagnostics.
    /// </summary>
    public GreenFootnoteReference AsReference(int cited) =>
        new(_source, _start, _length, LeadingTrivia, TrailingTrivia, Diagnostics.Length == 0 ? null : Diagnostics, cited);

    /// <summary>
    /// A token of <paramref name="kind"/> whose text is <paramref name="length"/> characters of this one's from
    /// <paramref name="offset"/>, with no copy (the finisher cuts footnote references out of text tokens so).
    /// </summary>
    public GreenToken Slice(SyntaxKind kind, int offset, int length, GreenTrivia[] leading, GreenTrivia[] trailing) =>
        new(kind, _source, _start + offset, length, leading, trailing);

    /// <summary>A footnote reference cut out of this token, as <see cref="Slice"/>, citing footnote <paramref name="cited"/>.</summary>
    public GreenFootnoteReference SliceReference(int offset, int length, GreenTrivia[] leading, GreenTrivia[] trailing, int cited) =>
        new(_source, _start + offset, length, leading, trailing, null, cited);

    /// <summary>The token's text, with its diagnostics, as skipped-text trivia (for a skipped line's placeholder).</summary>
    public GreenTrivia AsSkippedText() => new(SyntaxKind.SkippedTextTrivia, _source, _start, _length, Diagnostics);

    private static int Sum(GreenTrivia[] trivia)
    {
        int width = 0;
        foreach (GreenTrivia t in trivia) { width += t.FullWidth; }
        return width;
    }
}

/// <summary>
/// A footnote reference token (<c>Agreement1</c> cut in two): it holds the number of the footnote it cites, which the
/// footnote linker decided from the shape of the text and the footnote section, so that the tree and the model read
/// the link instead of re-deriving it from the text. PERF: a class of its own, so that the other tokens carry no field
/// for it.
/// </summary>
internal sealed class GreenFootnoteReference : GreenToken
{
    public GreenFootnoteReference(string source, int start, int length, GreenTrivia[] leading, GreenTrivia[] trailing, DiagnosticInfo[]? diagnostics, int cited)
        : base(SyntaxKind.FootnoteReferenceToken, source, start, length, leading, trailing, diagnostics) => Cited = cited;

    /// <summary>The number of the footnote cited.</summary>
    public int Cited { get; }

    public override int? CitedFootnote => Cited;

    protected override GreenToken With(SyntaxKind kind, GreenTrivia[] leading, GreenTrivia[] trailing, DiagnosticInfo[]? diagnostics) =>
        kind == SyntaxKind.FootnoteReferenceToken ? new GreenFootnoteReference(Source, Start, TextLength, leading, trailing, diagnostics, Cited) : base.With(kind, leading, trailing, diagnostics);
}

/// <summary>A piece of trivia: white space, a line break, a byte-order mark or skipped text.</summary>
internal sealed class GreenTrivia : GreenNode
{
    private readonly string _source;
    private readonly int _start;

    public GreenTrivia(SyntaxKind kind, string source, int start, int length, DiagnosticInfo[]? diagnostics = null)
        : base(kind, length, diagnostics)
    {
        _source = source;
        _start = start;
    }

    public static GreenTrivia Create(SyntaxKind kind, string text) => new(kind, text, 0, text.Length);

    public override bool IsTrivia => true;

    public override int SlotCount => 0;

    public override GreenNode? GetSlot(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    public override int LeadingTriviaWidth => 0;

    public override int TrailingTriviaWidth => 0;

    public string Text => _source.Substring(_start, FullWidth);

    public void AppendText(StringBuilder builder) => builder.Append(_source, _start, FullWidth);

    public override GreenNode WithDiagnostics(DiagnosticInfo[]? diagnostics) => new GreenTrivia(Kind, _source, _start, FullWidth, diagnostics);
}
