using UnResolutions.Diagnostics;
using UnResolutions.Languages;
using UnResolutions.Syntax.InternalSyntax;
using UnResolutions.Syntax;
using UnResolutions.Text;

namespace UnResolutions.Parsing;

/// <summary>
/// Makes the green tokens of a line from its pieces, with the blank lines before it as leading trivia and its line
/// break as trailing trivia; and the placeholder of a skipped line.
/// </summary>
internal static class LineTokens
{
    /// <summary>The kind of the internal token that stands for a skipped line until the tree is finished.</summary>
    public const SyntaxKind SkippedLineKind = SyntaxKind.SkippedTextTrivia;

        /// <summary>The tokens of a consumed line, from its pieces.</summary>
    public static List<GreenToken> Tokens(ParseContext context, Line line) => Tokens(context, line, line.Info.Pieces);

    /// <summary>The tokens of a consumed line, from the given pieces (which cover the line's content).</summary>
    public static List<GreenToken> Tokens(ParseContext context, Line line, ReadOnlySpan<Piece> pieces)
    {
        string source = context.Source;
        var tokens = new List<GreenToken>(pieces.Length);
        int first = NextToken(pieces, 0);
        if (first < 0)
        {
            // A line whose pieces hold no token: keep its content as one text token.
            pieces = new[] { new Piece(SyntaxKind.TextToken, line.Info.ContentStart, line.Info.ContentEnd) };
            first = 0;
        }
        // PERF: one scratch list per parse gathers each token's trivia; only exact-size arrays are allocated.
        List<GreenTrivia> scratch = context.TriviaScratch;
        scratch.Clear();
        AddRegionTrivia(context, scratch, line.LeadingStart, line.Info.ContentStart);
        AddPieceTrivia(source, scratch, pieces, 0, first);
        GreenTrivia[] leading = ToArray(scratch);
        for (int k = first; k >= 0;)
        {
            int next = NextToken(pieces, k + 1);
            scratch.Clear();
            AddPieceTrivia(source, scratch, pieces, k + 1, next < 0 ? pieces.Length : next);
            if (next < 0) { AddRegionTrivia(context, scratch, line.Info.ContentEnd, line.Info.NextStart); }
            tokens.Add(MakeToken(source, pieces[k], leading, ToArray(scratch)));
            leading = GreenToken.NoTrivia;
            k = next;
        }
        return tokens;
    }

    private static int NextToken(ReadOnlySpan<Piece> pieces, int from)
    {
        for (int k = from; k < pieces.Length; k++)
        {
            if (!pieces[k].IsEmpty && !SyntaxFacts.IsTrivia(pieces[k].Kind)) { return k; }
        }
        return -1;
    }

    private static void AddPieceTrivia(string source, List<GreenTrivia> trivia, ReadOnlySpan<Piece> pieces, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!pieces[k].IsEmpty) { trivia.Add(Trivia(pieces[k].Kind, source, pieces[k].Start, pieces[k].Length)); }
        }
    }

    private static GreenTrivia[] ToArray(List<GreenTrivia> trivia) => trivia.Count switch
    {
        0 => GreenToken.NoTrivia,
        1 when ReferenceEquals(trivia[0], LineFeed) => LineFeedOnly,
        1 when ReferenceEquals(trivia[0], Tab) => TabOnly,
        1 when ReferenceEquals(trivia[0], Space) => SpaceOnly,
        1 when ReferenceEquals(trivia[0], CarriageReturnLineFeed) => CarriageReturnLineFeedOnly,
        _ => trivia.ToArray(),
    };

    // PERF: most trivia are one tab, one space or one line break. Green nodes are immutable and hold no position,
    // so one instance of each (and one array holding it alone) serves every token, as Roslyn shares its trivia.
    private static readonly GreenTrivia LineFeed = GreenTrivia.Create(SyntaxKind.EndOfLineTrivia, "\n");
    private static readonly GreenTrivia CarriageReturnLineFeed = GreenTrivia.Create(SyntaxKind.EndOfLineTrivia, "\r\n");
    private static readonly GreenTrivia Tab = GreenTrivia.Create(SyntaxKind.WhitespaceTrivia, "\t");
    private static readonly GreenTrivia Space = GreenTrivia.Create(SyntaxKind.WhitespaceTrivia, " ");
    private static readonly GreenTrivia[] LineFeedOnly = [LineFeed];
    private static readonly GreenTrivia[] CarriageReturnLineFeedOnly = [CarriageReturnLineFeed];
    private static readonly GreenTrivia[] TabOnly = [Tab];
    private static readonly GreenTrivia[] SpaceOnly = [Space];

    /// <summary>A trivia of the source, or the shared instance when it is a lone tab, space or line break.</summary>
    private static GreenTrivia Trivia(SyntaxKind kind, string source, int start, int length)
    {
        if (length == 1)
        {
            switch (source[start])
            {
                case '\n': return LineFeed;
                case '\t': return Tab;
                case ' ' when kind == SyntaxKind.WhitespaceTrivia: return Space;
            }
        }
        else if (length == 2 && source[start] == '\r' && source[start + 1] == '\n')
        {
            return CarriageReturnLineFeed;
        }
        return new GreenTrivia(kind, source, start, length);
    }

    private static GreenToken MakeToken(string source, Piece piece, GreenTrivia[] leading, GreenTrivia[] trailing)
    {
        DiagnosticInfo[]? diagnostics = null;
        if (piece.Kind == SyntaxKind.DateToken && !Dates.TryParse(source.AsSpan(piece.Start, piece.Length), out _))
        {
            int offset = 0;
            foreach (GreenTrivia t in leading) { offset += t.FullWidth; }
            diagnostics = [new DiagnosticInfo(DiagnosticDescriptors.InvalidDate, $"'{source.Substring(piece.Start, piece.Length)}' is not a calendar date.", offset, piece.Length)];
        }
        return new GreenToken(piece.Kind, source, piece.Start, piece.Length, leading, trailing, diagnostics);
    }

    /// <summary>Trivia for a region of blank lines or a line break: byte-order mark, white space runs, line breaks.</summary>
    public static void AddRegionTrivia(ParseContext context, List<GreenTrivia> trivia, int start, int end)
    {
        string s = context.Source;
        int p = start;
        while (p < end)
        {
            int q = p;
            SyntaxKind kind;
            if (s[p] == '\uFEFF' && p == 0) { q = 1; kind = SyntaxKind.ByteOrderMarkTrivia; }
            else if (s[p] == '\r') { q = p + 1 < end && s[p + 1] == '\n' ? p + 2 : p + 1; kind = SyntaxKind.EndOfLineTrivia; }
            else if (s[p] == '\n') { q = p + 1; kind = SyntaxKind.EndOfLineTrivia; }
            else
            {
                while (q < end && s[q] is not ('\r' or '\n')) { q++; }
                kind = SyntaxKind.WhitespaceTrivia;
            }
            trivia.Add(Trivia(kind, s, p, q - p));
            p = q;
        }
    }

    /// <summary>Pieces that keep a whole line's content as text: [white space] text [white space], written into <paramref name="into"/>.</summary>
    public static ReadOnlySpan<Piece> AsText(ParseContext context, LineInfo line, Span<Piece> into)
    {
        string s = context.Source;
        int a = line.ContentStart;
        while (a < line.ContentEnd && Characters.IsSpace(s[a])) { a++; }
        int z = line.ContentEnd;
        while (z > a && Characters.IsSpace(s[z - 1])) { z--; }
        into[0] = new Piece(SyntaxKind.WhitespaceTrivia, line.ContentStart, a);
        into[1] = new Piece(SyntaxKind.TextToken, a, z);
        into[2] = new Piece(SyntaxKind.WhitespaceTrivia, z, line.ContentEnd);
        return into[..3];
    }

    /// <summary>A placeholder token for a skipped line; <see cref="TreeFinisher"/> turns it into skipped-text trivia.</summary>
    public static GreenToken SkippedLine(ParseContext context, Line line, DiagnosticDescriptor descriptor, string message)
    {
        var leading = new List<GreenTrivia>();
        AddRegionTrivia(context, leading, line.LeadingStart, line.Info.ContentStart);
        var trailing = new List<GreenTrivia>();
        AddRegionTrivia(context, trailing, line.Info.ContentEnd, line.Info.NextStart);
        int length = line.Info.ContentEnd - line.Info.ContentStart;
        context.SkippedLineStarts.Add(line.Info.ContentStart);
        return new GreenToken(SkippedLineKind, context.Source, line.Info.ContentStart, length, leading.ToArray(), trailing.ToArray(),
            [new DiagnosticInfo(descriptor, message, 0, length)]);
    }
}
