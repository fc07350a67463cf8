using UnResolutions.Syntax;
using static UnResolutions.Parsing.Scan;

namespace UnResolutions.Parsing;

/// <summary>
/// The coarse primitives for the five shapes that make up nearly every line of a resolution: numbered paragraph,
/// sub-paragraph, footnote, indented text and text. Each scans [start, end) once and returns the pieces, or null.
/// PERF: one scan and one array per line; <see cref="LineGrammar.Classify"/> calls them without Sprache's input and
/// result objects. The rarer shapes stay Sprache parsers in <see cref="LineGrammar"/>.
/// </summary>
internal static class CoarseShapes
{
    public static readonly Func<string, int, int, Piece[]?> Numbered = (s, p, end) =>
    {
        int w = SkipSpace(s, p, end);
        int n = w;
        while (n < end && n - w < 4 && char.IsAsciiDigit(s[n])) { n++; }
        if (n == w || n >= end || s[n] != '.') { return null; }
        int sep = SkipSpace(s, n + 1, end);
        return sep == n + 1 ? null : WithTail([new(SyntaxKind.WhitespaceTrivia, p, w), new(SyntaxKind.ParagraphNumberToken, w, n + 1), new(SyntaxKind.WhitespaceTrivia, n + 1, sep)], s, sep, end, SyntaxKind.TextToken);
    };

    public static readonly Func<string, int, int, Piece[]?> Subparagraph = (s, p, end) =>
    {
        int w = SkipSpace(s, p, end);
        if (w + 2 >= end || s[w] != '(') { return null; }
        int close = s.IndexOf(')', w + 1, Math.Min(10, end - w - 1));
        if (close < w + 2 || SubparagraphStyles.Of(s.AsSpan(w + 1, close - w - 1)) == SubparagraphStyle.None) { return null; }
        int sep = SkipSpace(s, close + 1, end);
        if (sep == close + 1 && sep < end) { return null; }
        return WithTail([new(SyntaxKind.WhitespaceTrivia, p, w), new(SyntaxKind.SubparagraphLabelToken, w, close + 1), new(SyntaxKind.WhitespaceTrivia, close + 1, sep)], s, sep, end, SyntaxKind.TextToken);
    };

    // 1 See FCCC/CP/2015/10/Add.1, …   (no indentation)
    public static readonly Func<string, int, int, Piece[]?> Footnote = (s, p, end) =>
    {
        int w = SkipSpace(s, p, end);
        int n = w;
        while (n < end && n - w < 3 && char.IsAsciiDigit(s[n])) { n++; }
        int sep = SkipSpace(s, n, end);
        if (n == w || sep == n || sep >= end) { return null; }
        return WithTail([new(SyntaxKind.WhitespaceTrivia, p, w), new(SyntaxKind.FootnoteNumberToken, w, n), new(SyntaxKind.WhitespaceTrivia, n, sep)], s, sep, end, SyntaxKind.TextToken);
    };

    public static readonly Func<string, int, int, Piece[]?> IndentedText = (s, p, end) =>
    {
        int w = SkipSpace(s, p, end);
        return w == p || w >= end ? null : WithTail([new(SyntaxKind.WhitespaceTrivia, p, w)], s, w, end, SyntaxKind.TextToken);
    };

    public static readonly Func<string, int, int, Piece[]?> Text = (s, p, end) => p >= end || IsSpace(s[p]) ? null : WithTail([], s, p, end, SyntaxKind.TextToken);

    private static int SkipSpace(string s, int p, int end)
    {
        while (p < end && IsSpace(s[p])) { p++; }
        return p;
    }

    /// <summary><paramref name="head"/>, then the text from <paramref name="from"/> to the end as one piece of <paramref name="kind"/>, then trailing white space.</summary>
    private static Piece[] WithTail(ReadOnlySpan<Piece> head, string s, int from, int end, SyntaxKind kind)
    {
        int textEnd = end;
        while (textEnd > from && IsSpace(s[textEnd - 1])) { textEnd--; }
        var pieces = new Piece[head.Length + 2];
        head.CopyTo(pieces);
        pieces[^2] = new Piece(kind, from, textEnd);
        pieces[^1] = new Piece(SyntaxKind.WhitespaceTrivia, textEnd, end);
        return pieces;
    }
}
