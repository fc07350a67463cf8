using UnResolutions.Diagnostics;
using UnResolutions.Syntax.InternalSyntax;
using UnResolutions.Syntax;
using UnResolutions.Text;
using static UnResolutions.Syntax.InternalSyntax.GreenFactory;

namespace UnResolutions.Parsing;

// Tables: rows of tab-separated cells set flush left (budget appropriations, scales), and the one-cell lines between them.
internal static partial class ResolutionGrammar
{
    /// <summary>
    /// A row of a table: a line set flush left with cells separated by tabs (<c>Afghanistan	0.006</c>,
    /// <c>1	Overall policymaking …	78 809 400</c>). Not a footnote (<c>1 *	Reissued …</c>: digits and a space), nor a
    /// paragraph or heading set flush left (<c>1.	Takes note …</c>, <c>I.	Investing in people …</c>): a numbered or
    /// labelled line is a row only with three cells or more (<c>1.	Income from staff assessment	283 437 900</c>).
    /// </summary>
    private static bool IsTableRow(LineInfo info)
    {
        if (!IsTextClass(info.Class) && info.Class != LineClass.Numbered) { return false; }
        ReadOnlySpan<char> c = Content(info);
        if (c.Length == 0 || Characters.IsSpace(c[0])) { return false; }
        int gaps = CellGaps(c);
        if (gaps == 0) { return false; }
        if (info.Class == LineClass.FootnoteLike)
        {
            int digits = NumberPiece(info).Length;
            return digits < c.Length && c[digits] == '\t';
        }
        return gaps >= 2 || info.Class is not (LineClass.Numbered or LineClass.LabeledHeading);
    }

    /// <summary>How many cell separators a line holds: runs of white space with a tab in them, between text.</summary>
    private static int CellGaps(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> text = line.Trim();
        int gaps = 0;
        int k = text.IndexOf('\t');
        while (k >= 0)
        {
            gaps++;
            while (k < text.Length && Characters.IsSpace(text[k])) { k++; }
            int next = text[k..].IndexOf('\t');
            k = next < 0 ? -1 : k + next;
        }
        return gaps;
    }

    /// <summary>A line of one cell inside a table (<c>Part I. Overall policymaking …</c>, <c>Department of Peace Operations</c>).</summary>
    private static bool IsOneCellRow(LineInfo info) =>
        IsTextClass(info.Class) && info.Class != LineClass.FootnoteLike && Content(info) is { Length: > 0 } c && !Characters.IsSpace(c[0]);

    /// <summary>How many one-cell lines may stand between two rows: a group title and a unit line (75/293, annex II).</summary>
    private const int MaxOneCellRun = 3;

    private static GreenNode BuildTable(List<Line> lines)
    {
        var rows = new List<GreenNode>(lines.Count);
        int widest = 0;
        int narrower = 0;
        var counts = new List<int>(lines.Count);
        foreach (Line line in lines)
        {
            List<GreenToken> tokens = LineTokens.Tokens(line.Context, line, CellPieces(line));
            var cells = new List<GreenNode>(tokens.Count);
            foreach (GreenToken token in tokens) { cells.Add(GreenNodes.TableCell(GreenNodes.BodyText([token]))); }
            rows.Add(GreenNodes.TableRow(List(cells)));
            counts.Add(cells.Count);
            widest = Math.Max(widest, cells.Count);
        }
        // The rows above the first full row are column heads, which may leave the stub head empty or span columns
        // ("Gross	Net of staff assessment" over "Estimated appropriation …	78 992 300	72 288 600"). One-cell lines are
        // titles of a group of rows. Below the heads, a row of two cells or more with fewer than the widest lost
        // empty or merged cells in the export, and nothing says which column each of its cells belongs to.
        int body = counts.IndexOf(widest);
        for (int k = body + 1; k < counts.Count; k++) { narrower += counts[k] > 1 && counts[k] < widest ? 1 : 0; }
        GreenNode table = GreenNodes.Table(List(rows));
        if (narrower == 0) { return table; }
        string message = $"{narrower} of the table's {lines.Count} rows have fewer cells than its widest row ({widest}) below its column heads: its columns cannot be aligned.";
        return table.WithDiagnostics([new DiagnosticInfo(DiagnosticDescriptors.UnalignedTable, message, table.LeadingTriviaWidth, 0)]);
    }

    /// <summary>A row's pieces: each cell a text token, the white space around and between the cells trivia.</summary>
    private static Piece[] CellPieces(Line line)
    {
        string s = line.Context.Source;
        int start = line.Info.ContentStart, end = line.Info.ContentEnd;
        var pieces = new List<Piece>();
        int p = start;
        while (p < end)
        {
            int ws = p;
            while (p < end && Characters.IsSpace(s[p])) { p++; }
            if (p > ws) { pieces.Add(new Piece(SyntaxKind.WhitespaceTrivia, ws, p)); }
            if (p >= end) { break; }
            int cell = p;
            // A cell runs to the next white space that holds a tab, or to the end; spaces inside it stay its text.
            while (p < end)
            {
                if (!Characters.IsSpace(s[p])) { p++; continue; }
                int q = p;
                bool tab = false;
                while (q < end && Characters.IsSpace(s[q])) { tab |= s[q] == '\t'; q++; }
                if (tab || q == end) { break; }
                p = q;
            }
            pieces.Add(new Piece(SyntaxKind.TextToken, cell, p));
        }
        return pieces.ToArray();
    }
}
