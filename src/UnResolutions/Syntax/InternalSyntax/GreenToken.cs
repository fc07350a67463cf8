using System.Text;
using UnResolutions.Diagnostics;

namespace UnResolutions.Syntax.InternalSyntax;

/// <summary>
/// A token: a slice of text with its leading and trailing trivia. The text is kept as a slice of the
/// source string (string, start, length), not as a substring.
/// PERF: slices cost no character copy; most tokens are never turned into strings.
/// </summary>
internal sealed class GreenToken : GreenNode
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

    /// <summary>A token whose text is the whole of <paramref name="text"/>.</summary>
    public static GreenToken Create(SyntaxKind kind, string text, GreenTrivia[]? leading = null, GreenTrivia[]? trailing = null) =>
        new(kind, text, 0, text.Length, leading ?? NoTrivia, trailing ?? NoTrivia);

    public GreenTrivia[] LeadingTrivia { get; }

    public GreenTrivia[] TrailingTrivia { get; }

    public int TextLength => _length;

    public ReadOnlySpan<char> TextSpan => _source.AsSpan(_start, _length);

    public string Text => _source.Substring(_start, _length);

    public override bool IsToken => true;

    public override int SlotCount => 0;

    public override GreenNode? GetSlot(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    public override int LeadingTriviaWidth => Sum(LeadingTrivia);

    public override int TrailingTriviaWidth => Sum(TrailingTrivia);

    public void AppendText(StringBuilder builder) => builder.Append(_source, _start, _length);

    public GreenToken WithLeadingTrivia(GreenTrivia[] leading) =>
        new(Kind, _source, _start, _length, leading, TrailingTrivia, Diagnostics.Length == 0 ? null : Diagnostics);

    public GreenToken WithTrailingTrivia(GreenTrivia[] trailing) =>
        new(Kind, _source, _start, _length, LeadingTrivia, trailing, Diagnostics.Length == 0 ? null : Diagnostics);

    public GreenToken WithKind(SyntaxKind kind) =>
        new(kind, _source, _start, _length, LeadingTrivia, TrailingTrivia, Diagnostics.Length == 0 ? null : Diagnostics);

    public override GreenNode WithDiagnostics(DiagnosticInfo[]? diagnostics) =>
        new GreenToken(Kind, _source, _start, _length, LeadingTrivia, TrailingTrivia, diagnostics);

    /// <summary>
    /// A token of <paramref name="kind"/> whose text is <paramref name="length"/> characters of this one's from
    /// <paramref name="offset"/>, with no copy (the finisher cuts footnote references out of text tokens so).
    /// </summary>
    public GreenToken Slice(SyntaxKind kind, int offset, int length, GreenTrivia[] leading, GreenTrivia[] trailing) =>
        new(kind, _source, _start + offset, length, leading, trailing);

    /// <summary>The token's text, with its diagnostics, as skipped-text trivia (for a skipped line's placeholder).</summary>
    public GreenTrivia AsSkippedText() => new(SyntaxKind.SkippedTextTrivia, _source, _start, _length, Diagnostics);

    private static int Sum(GreenTrivia[] trivia)
    {
        int width = 0;
        foreach (GreenTrivia t in trivia) { width += t.FullWidth; }
        return width;
    }
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
