using UnResolutions.Syntax;
using static UnResolutions.Text.Characters;

namespace UnResolutions.Parsing;

/// <summary>
/// The coarse primitives for the five shapes that make up nearly every line of a resolution: numbered paragraph,
/// sub-paragraph, footnote, indented text and text. Each scans [start, end) once and writes the pieces into the
/// span it is given (at most <see cref="MaxPieces"/>), returning how many, or -1 when the line has another shape.
/// PERF: one scan and no allocation per line; <see cref="LineGrammar.Classify"/> calls them without Sprache's input
/// and result objects, straight into the line table. The rarer shapes stay Sprache parsers in <see cref="LineGrammar"/>.
/// </summary>
internal static class CoarseShapes
{
    /// <summary>The most pieces a coarse shape writes.</summary>
    public const int MaxPieces = 5;

    public static readonly CoarseShape Numbered = (s, p, end, into) =>
    {
        int w = SkipSpace(s, p, end);
        int n = w;
        while (n < end && n - w < 4 && char.IsAsciiDigit(s[n])) { n++; }
        if (n == w || n >= end || s[n] != '.') { return -1; }
        int numberEnd = n + 1;
        // A decimal number, "1.1<TAB>", "3.10.<TAB>": the paragraphs numbered within a section of a programme or an
        // agenda. Only before a tab: "3.2 million" at the start of a wrapped line is prose.
        int d = numberEnd;
        while (d < end && d - numberEnd < 2 && char.IsAsciiDigit(s[d])) { d++; }
        if (d > numberEnd)
        {
            int after = d < end && s[d] == '.' ? d + 1 : d;
            if (after >= end || s[after] != '\t') { return -1; }
            numberEnd = after;
        }
        int sep = SkipSpace(s, numberEnd, end);
        return sep == numberEnd ? -1 : WithTail(into, [new(SyntaxKind.WhitespaceTrivia, p, w), new(SyntaxKind.ParagraphNumberToken, w, numberEnd), new(SyntaxKind.WhitespaceTrivia, numberEnd, sep)], s, sep, end, SyntaxKind.TextToken);
    };

    // (a)	To disseminate …   and, on an indented line before text: a.	Assist …   ii.	The …   a)	Prend …   •	specific …   –	to support …
    public static readonly CoarseShape Subparagraph = (s, p, end, into) =>
    {
        int w = SkipSpace(s, p, end);
        int labelEnd = w < end && s[w] == '(' ? ParenthesizedLabel(s, w, end) : w > p ? BareLabel(s, w, end) : -1;
        if (labelEnd < 0) { return -1; }
        int sep = SkipSpace(s, labelEnd, end);
        if (sep == labelEnd && sep < end) { return -1; }
        return WithTail(into, [new(SyntaxKind.WhitespaceTrivia, p, w), new(SyntaxKind.SubparagraphLabelToken, w, labelEnd), new(SyntaxKind.WhitespaceTrivia, labelEnd, sep)], s, sep, end, SyntaxKind.TextToken);
    };

    /// <summary>The end of a label in parentheses at <paramref name="w"/>, or -1.</summary>
    private static int ParenthesizedLabel(string s, int w, int end)
    {
        if (w + 2 >= end) { return -1; }
        int close = s.IndexOf(')', w + 1, Math.Min(10, end - w - 1));
        return close < w + 2 || SubparagraphStyles.Of(s.AsSpan(w + 1, close - w - 1)) == SubparagraphStyle.None ? -1 : close + 1;
    }

    /// <summary>
    /// The end of a label without an opening parenthesis at <paramref name="w"/> (a bullet; a lower-case letter or roman
    /// numeral and a full stop; a letter, numeral or number and a closing parenthesis), or -1. Only on an indented line and before white space and text: a bare "a." or "–" elsewhere
    /// is prose or a table row. The hollow bullet "o" must be followed by a tab, as Word exports it; "o " is a word.
    /// </summary>
    private static int BareLabel(string s, int w, int end)
    {
        int after;
        // The hollow bullet "o" only before a tab: "o)" and "oo)" are the letters of a French list's fifteenth and
        // forty-first items, "o " a word.
        if (SubparagraphStyles.OfBullet(s[w]) != SubparagraphStyle.None && !(s[w] == 'o' && (w + 1 >= end || s[w + 1] != '\t')))
        {
            after = w + 1;
        }
        else
        {
            int n = w;
            while (n < end && n - w < 5 && char.IsAsciiLetterOrDigit(s[n])) { n++; }
            if (n == w || n >= end) { return -1; }
            // "a)", "iv)", "1)": the closing parenthesis alone, as the French and Spanish texts write labels.
            SubparagraphStyle style = s[n] == ')' ? SubparagraphStyles.Of(s.AsSpan(w, n - w))
                : s[n] == '.' && char.IsAsciiLetterLower(s[w]) ? SubparagraphStyles.Dotted(SubparagraphStyles.Of(s.AsSpan(w, n - w)))
                : SubparagraphStyle.None;
            if (style == SubparagraphStyle.None) { return -1; }
            after = n + 1;
        }
        int text = SkipSpace(s, after, end);
        return text == after || text >= end ? -1 : after;
    }

    // 1 See FCCC/CP/2015/10/Add.1, …   (no indentation); 1/ A/49/48. in the 1990s
    public static readonly CoarseShape Footnote = (s, p, end, into) =>
    {
        int w = SkipSpace(s, p, end);
        int n = w;
        while (n < end && n - w < 3 && char.IsAsciiDigit(s[n])) { n++; }
        if (n > w && n + 1 < end && s[n] == '/' && IsSpace(s[n + 1])) { n++; }
        int sep = SkipSpace(s, n, end);
        if (n == w || sep == n || sep >= end) { return -1; }
        return WithTail(into, [new(SyntaxKind.WhitespaceTrivia, p, w), new(SyntaxKind.FootnoteNumberToken, w, n), new(SyntaxKind.WhitespaceTrivia, n, sep)], s, sep, end, SyntaxKind.TextToken);
    };

    public static readonly CoarseShape IndentedText = (s, p, end, into) =>
    {
        int w = SkipSpace(s, p, end);
        return w == p || w >= end ? -1 : WithTail(into, [new(SyntaxKind.WhitespaceTrivia, p, w)], s, w, end, SyntaxKind.TextToken);
    };

    public static readonly CoarseShape Text = (s, p, end, into) => p >= end || IsSpace(s[p]) ? -1 : WithTail(into, [], s, p, end, SyntaxKind.TextToken);

    private static int SkipSpace(string s, int p, int end)
    {
        while (p < end && IsSpace(s[p])) { p++; }
        return p;
    }

    /// <summary>Writes <paramref name="head"/>, then the text from <paramref name="from"/> to the end as one piece of <paramref name="kind"/>, then trailing white space.</summary>
    private static int WithTail(Span<Piece> into, ReadOnlySpan<Piece> head, string s, int from, int end, SyntaxKind kind)
    {
        int textEnd = end;
        while (textEnd > from && IsSpace(s[textEnd - 1])) { textEnd--; }
        head.CopyTo(into);
        into[head.Length] = new Piece(kind, from, textEnd);
        into[head.Length + 1] = new Piece(SyntaxKind.WhitespaceTrivia, textEnd, end);
        return head.Length + 2;
    }
}

/// <summary>A coarse line shape: writes the pieces of [start, end) into <c>into</c> and returns their count, or -1.</summary>
internal delegate int CoarseShape(string source, int start, int end, Span<Piece> into);
