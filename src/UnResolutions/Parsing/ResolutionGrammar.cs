using Sprache;
using UnResolutions.Diagnostics;
using UnResolutions.Syntax.InternalSyntax;
using UnResolutions.Syntax;
using static UnResolutions.Parsing.LineTokens;
using static UnResolutions.Syntax.InternalSyntax.GreenFactory;

namespace UnResolutions.Parsing;

/// <summary>
/// The document grammar, in Sprache combinators over classified lines: a document is a series of resolutions;
/// a resolution is a start marker, a header, a body (a formula, a preamble, an operative part and a closing, or
/// parts A/B holding those), annexes, footnotes and a trailer, each optional.
/// The one primitive is <see cref="L(Func{LineInfo, bool})"/>: the next non-blank line, if it is acceptable; blank
/// lines before it become its leading trivia. Lines that fit nowhere become skipped-text trivia with a diagnostic.
/// Recursion is bounded: only sub-paragraph lists nest, at most <see cref="MaxSubparagraphDepth"/> deep.
/// This file holds the parsers, in the order they compose; the predicates and builders they use are in the other
/// parts by concern (Lines, Header, Paragraphs, Tables, Body, Footnotes, Resolution).
/// </summary>
/// <remarks>
/// Every static parser field stays in this file: their initializers compose one another, and the static initializers
/// of a partial class run part by part in an order the language does not fix, so a parser in another part could
/// still be null when one here is built from it.
/// </remarks>
internal static partial class ResolutionGrammar
{
    /// <summary>How deep sub-paragraphs nest: about one level per label style ((a), (i), (A), (I), (1), a., •, –, unlabelled); deeper labels become siblings.</summary>
    public const int MaxSubparagraphDepth = 8;

    // ---- The line primitive ----------------------------------------------------------------------------

    /// <summary>The next non-blank line when <paramref name="accept"/> takes it.</summary>
    private static Parser<Line> L(Func<LineInfo, bool> accept) => i =>
        NextLine(i, out Line line) && accept(line.Info)
            ? Result.Success(line, After(line))
            : Scan.Fail<Line>(i, "another kind of line");

    /// <summary>The next non-blank line; false at the end of the input.</summary>
    private static bool NextLine(IInput i, out Line line)
    {
        var input = (TextInput)i;
        ParseContext context = input.Context;
        line = default;
        if (input.Position >= context.Text.Length) { return false; }
        LineTable lines = context.Lines;
        int index = lines.NextNonBlank(lines.LineAt(input.Position));
        if (index >= lines.Count) { return false; }
        LineInfo info = lines[index];
        line = new Line(context, input.Position, info);
        return true;
    }

    /// <summary>The input after a line. PERF: made only once the line is taken, not for every line looked at.</summary>
    private static IInput After(Line line) => line.Context.Document(line.Info.NextStart);

    private static Parser<Line> L(LineClass cls) => L(info => info.Class == cls);

    private static Parser<Line> L(params LineClass[] classes) => L(info => Array.IndexOf(classes, info.Class) >= 0);

    private static Line? OrNull(IOption<Line> option) => option.IsDefined ? option.Get() : null;

    private static List<GreenToken> Tokens(Line line) => LineTokens.Tokens(line.Context, line);

    private static List<GreenToken> TextTokens(Line line) => LineTokens.Tokens(line.Context, line, AsText(line.Context, line.Info, stackalloc Piece[3]));

    /// <summary>Fails when <paramref name="parser"/> succeeds without consuming input (keeps <c>Many</c> loops honest).</summary>
    private static Parser<T> Consuming<T>(Parser<T> parser) => i =>
    {
        IResult<T> r = parser(i);
        return r.WasSuccessful && r.Remainder.Position == i.Position ? Scan.Fail<T>(i, "no progress") : r;
    };

    // ---- Line predicates ---------------------------------------------------------------------------
    // ---- Header ----------------------------------------------------------------------------------

    private static readonly Parser<GreenNode> HeaderLine =
        L(LineClass.Adoption).Select(l => (GreenNode)GreenNodes.AdoptionLine(Tokens(l)))
        .Or(L(LineClass.Origin).Select(l => (GreenNode)GreenNodes.OriginLine(Tokens(l))))
        .Or(L(LineClass.Title, LineClass.ScNumber).Select(l => (GreenNode)GreenNodes.TitleLine(Tokens(l))));

    private static readonly Parser<GreenNode> Header =
        from lines in HeaderLine.AtLeastOnce()
        from more in HeaderTail(lines).Optional()
        select (GreenNode)GreenNodes.Header(List([.. lines, .. more.GetOrElse([])]));

    private static readonly Parser<GreenNode> Formula =
        L(info => info.Class == LineClass.Formula || IsFormulaWithoutComma(info)).Select(l => (GreenNode)GreenNodes.Formula(Tokens(l)));

    // ---- Paragraphs ------------------------------------------------------------------------------
    private static readonly Parser<GreenNode?> Subparagraphs = i =>
    {
        (List<GreenNode>? items, IInput rest) = SubparagraphList(i, parent: null, ancestors: [], depth: 1, pointsOpen: false);
        return Result.Success<GreenNode?>(items == null ? null : List(items), rest);
    };

    private static readonly Parser<GreenNode> Recital = WithSubparagraphs(IsRecitalLine, BuildRecital);

    private static readonly Parser<GreenNode> Preamble =
        Recital.AtLeastOnce().Select(recitals => (GreenNode)GreenNodes.Preamble(List(recitals.ToList())));

    /// <summary>A numbered paragraph; not a table row set flush left (<c>1.	Income from staff assessment	283 437 900</c>).</summary>
    private static readonly Parser<GreenNode> NumberedParagraph =
        WithSubparagraphs(info => info.Class == LineClass.Numbered && !IsTableRow(info), (line, subparagraphs) => Paragraph(line, subparagraphs, numbered: true));

    private static readonly Parser<GreenNode> UnnumberedParagraph =
        WithSubparagraphs(IsParagraphText, (line, subparagraphs) => Paragraph(line, subparagraphs, numbered: false));

    /// <summary>Sub-paragraphs with no paragraph before them (after a heading): held by a paragraph with no number and no text.</summary>
    private static readonly Parser<GreenNode> OrphanSubparagraphs =
        Consuming(Subparagraphs).Select(list => (GreenNode)GreenNodes.OperativeParagraph(null, null, GreenNodes.BodyText([]), list));

    // In an annex a lone capital ("A") is a heading; in an operative part it starts a part.
    private static readonly Parser<GreenNode> Heading =
        HeadingOf(LineClass.HeadingLabel, LineClass.PartLabel).Or(L(IsLabelledHeading).Select(BuildLabelledHeading));

    /// <summary>
    /// A letter on its own line inside a body (<c>A</c>, then <c>Base/floor salary scale</c>) that no formula follows:
    /// a section of one resolution, not a part (75/245 has sections A to D among its operative paragraphs).
    /// </summary>
    private static readonly Parser<GreenNode> SectionLetter = i =>
    {
        if (!NextLine(i, out Line label) || label.Class != LineClass.PartLabel) { return Scan.Fail<GreenNode>(i, "section letter"); }
        IInput rest = After(label);
        Line? title = null;
        if (NextLine(rest, out Line next) && IsHeadingTitle(next.Info))
        {
            title = next;
            rest = After(next);
        }
        return FormulaFollows(rest) ? Scan.Fail<GreenNode>(i, "a part") : Result.Success(BuildHeading(label, title), rest);
    };

    private static readonly Parser<GreenNode> OperativeHeading =
        HeadingOf(LineClass.HeadingLabel).Or(L(IsLabelledHeading).Select(BuildLabelledHeading)).Or(SectionLetter);

    private static readonly Parser<GreenNode> Skipped =
        L(info => info.Class == LineClass.Garbage).Select(l => (GreenNode)SkippedLine(l.Context, l, DiagnosticDescriptors.SkippedText, "Unrecognized text (control characters) skipped."));

    // ---- Tables --------------------------------------------------------------------------------
    /// <summary>
    /// A table: a row, then rows and the one-cell lines between them; two rows at least, or one of three cells. A
    /// one-cell line after the last row is not the table's (a heading or a note follows a table).
    /// </summary>
    private static readonly Parser<GreenNode> Table = i =>
    {
        if (!NextLine(i, out Line first) || !IsTableRow(first.Info)) { return Scan.Fail<GreenNode>(i, "table row"); }
        var rows = new List<Line> { first };
        IInput rest = After(first);
        var oneCell = new List<Line>(MaxOneCellRun);
        while (true)
        {
            oneCell.Clear();
            IInput probe = rest;
            while (oneCell.Count < MaxOneCellRun && NextLine(probe, out Line line) && !IsTableRow(line.Info) && IsOneCellRow(line.Info))
            {
                oneCell.Add(line);
                probe = After(line);
            }
            if (!NextLine(probe, out Line row) || !IsTableRow(row.Info)) { break; }
            rows.AddRange(oneCell);
            rows.Add(row);
            rest = After(row);
        }
        // One line of two cells is a heading or a signature block set with a tab ("For the Royal Government of
        // Cambodia	For the United Nations"), not a table.
        if (rows.Count == 1 && CellGaps(Content(first.Info)) < 2) { return Scan.Fail<GreenNode>(i, "table"); }
        return Result.Success(BuildTable(rows), rest);
    };

    private static readonly Parser<GreenNode> OperativeItem =
        // PERF: the numbered paragraph first, the table before the headings (a table's first row reads as a heading).
        NumberedParagraph.Or(Table).Or(OperativeHeading).Or(UnnumberedParagraph).Or(OrphanSubparagraphs).Or(Skipped);

    private static readonly Parser<GreenNode> OperativePart =
        OperativeItem.AtLeastOnce().Select(items => (GreenNode)GreenNodes.OperativePart(List(NumberingChecked(items.ToList()))));

    /// <summary>The closing: the meeting and the date, or, for a General Assembly decision, its record line (<c>(See A/72/456, para. 44; A/72/PV.66)</c>).</summary>
    private static readonly Parser<GreenNode> Closing =
        (from meeting in L(LineClass.Meeting)
         from date in L(LineClass.DateOnly).Optional()
         select (GreenNode)GreenNodes.Closing([.. Tokens(meeting), .. date.IsDefined ? Tokens(date.Get()) : []]))
        .Or(L(LineClass.DecisionRecord).Select(l => (GreenNode)GreenNodes.Closing(Tokens(l))));

    // ---- Body: one part, or parts A/B ------------------------------------------------------------

    private sealed record Body(GreenNode? Formula, GreenNode? Preamble, GreenNode? Operative, GreenNode? Closing);

    private static readonly Parser<Body> NoBody = i => Result.Success(new Body(null, null, null, null), i);

    private static readonly Parser<Body> SinglePart =
        from formula in Formula.Optional()
        from preamble in Preamble.Optional()
        from operative in OperativePart.Optional()
        from closing in Closing.Optional()
        select new Body(formula.GetOrDefault(), preamble.GetOrDefault(), operative.GetOrDefault(), closing.GetOrDefault());

    /// <summary>
    /// The body of a General Assembly decision: no formula and no preamble; the chapeau and what follows it (lettered
    /// items, a quoted text) are operative, and the record line (<c>(See A/72/456, para. 44; A/72/PV.66)</c>) closes it.
    /// </summary>
    private static readonly Parser<Body> DecisionParagraphs =
        from operative in OperativePart
        from closing in Closing.Optional()
        select new Body(null, null, operative, closing.GetOrDefault());

    private static readonly Parser<Body> DecisionBody = i =>
        NextLine(i, out Line chapeau) && IsDecisionChapeau(chapeau.Info) ? DecisionParagraphs(i) : Scan.Fail<Body>(i, "decision chapeau");

    /// <summary>
    /// The text of a decision whose adoption line says so ("Decision adopted by the General Assembly on …"): an optional
    /// formula, then paragraphs that are all operative ("The General Assembly, referring to …, urges …"), and the closing.
    /// </summary>
    private static readonly Parser<Body> DecisionText =
        from formula in Formula.Optional()
        from operative in OperativePart.Optional()
        from closing in Closing.Optional()
        select new Body(formula.GetOrDefault(), null, operative.GetOrDefault(), closing.GetOrDefault());

    private static readonly Parser<Body> ResolutionBody = DecisionBody.Or(SinglePart);

    /// <summary>
    /// A part: a letter (<c>A</c>) or a roman numeral (<c>I</c>), an optional title, then the part's own body, which
    /// opens with its own formula (as each component of the UN's document collection does); else the letter or
    /// numeral is a section heading of one body.
    /// </summary>
    private static readonly Parser<GreenNode> Part =
        from label in L(LineClass.PartLabel).Or(L(LineClass.HeadingLabel))
        from title in L(IsHeadingTitle).Optional()
        from body in SinglePart.Where(b => b.Formula != null)
        select (GreenNode)GreenNodes.Part(BuildHeading(label, OrNull(title)), body.Formula, body.Preamble, body.Operative, body.Closing);

    // ---- Annexes, footnotes, trailer -------------------------------------------------------------

    /// <summary>
    /// The formula of an annexed convention or declaration (<c>The States Parties to this Convention,</c>): a paragraph
    /// of the annex, not the start of another resolution. Only the formula of a deliberative body
    /// (<see cref="FormulaBodies"/>) may start one after an annex.
    /// </summary>
    private static readonly Parser<GreenNode> AnnexedFormula =
        WithSubparagraphs(info => info.Class == LineClass.Formula && !IsBodyFormula(info), (line, subparagraphs) => Paragraph(line, subparagraphs, numbered: false));

    private static readonly Parser<GreenNode> AnnexItem =
        NumberedParagraph.Or(Table).Or(Heading).Or(UnnumberedParagraph).Or(AnnexedFormula).Or(OrphanSubparagraphs).Or(Skipped);

    private static readonly Parser<GreenNode> Annex =
        from label in L(LineClass.AnnexLabel)
        from items in AnnexItem.Many()
        select BuildAnnex(label, items.ToList());

    /// <summary>
    /// The footnote section: notes numbered on from one another, from 1; a note may be missing (a diagnostic says which),
    /// when the note after the gap opens like a note, not like a date (<c>15 December 1994</c> continuing a note), and
    /// the line before it ended a note.
    /// </summary>
    private static readonly Parser<GreenNode> FootnoteSection = i =>
    {
        var footnotes = new List<GreenNode>();
        IInput rest = i;
        int expected = 1;
        LineInfo? last = null;
        while (true)
        {
            // PERF: NextLine, not L(predicate): a predicate that captures the expected number would be a new closure per line.
            if (!NextLine(rest, out Line first)) { break; }
            int number = FootnoteNumber(first.Info);
            if (number != expected && !IsNoteAfterGap(first.Info, number, expected, last)) { break; }
            var body = new List<GreenToken>();
            List<GreenToken> tokens = Tokens(first);
            GreenToken numberToken = Take(tokens, SyntaxKind.FootnoteNumberToken)!;
            body.AddRange(tokens);
            rest = After(first);
            last = first.Info;
            while (NextLine(rest, out Line more) && IsFootnoteContinuation(more.Info, number + 1, last.Value)
                && !IsNoteAfterGap(more.Info, FootnoteNumber(more.Info), number + 1, last))
            {
                body.AddRange(TextTokens(more));
                last = more.Info;
                rest = After(more);
            }
            GreenNode footnote = GreenNodes.Footnote(numberToken, GreenNodes.BodyText(body));
            if (number != expected)
            {
                string missing = number == expected + 1 ? $"Footnote {expected} is" : $"Footnotes {expected} to {number - 1} are";
                footnote = footnote.WithDiagnostics([new DiagnosticInfo(DiagnosticDescriptors.FootnotesMissing,
                    $"{missing} missing from the source: the footnotes go on at {number}.", numberToken.LeadingTriviaWidth, numberToken.TextLength)]);
            }
            footnotes.Add(footnote);
            expected = number + 1;
        }
        return footnotes.Count == 0
            ? Scan.Fail<GreenNode>(i, "footnote 1")
            : Result.Success<GreenNode>(GreenNodes.FootnoteSection(List(footnotes)), rest);
    };

    private static readonly Parser<GreenNode> TrailerLine =
        L(info => TrailerKind(info.Class) != null).Select(l => (GreenNode)GreenNodes.TrailerLine(TrailerKind(l.Class)!.Value, Tokens(l)))
        .Or(L(info => !IsBoundary(info) || info.Class == LineClass.Meeting || info.Class == LineClass.Formula)
            .Select(l => (GreenNode)SkippedLine(l.Context, l, DiagnosticDescriptors.UnknownTrailerLine, "Trailer line of an unknown shape kept as skipped text.")));

    private static readonly Parser<GreenNode> Trailer =
        from first in L(IsTrailerStart)
        from rest in TrailerLine.Many()
        select (GreenNode)GreenNodes.Trailer(List([GreenNodes.TrailerLine(TrailerKind(first.Class)!.Value, Tokens(first)), .. rest]));

    // ---- Resolution and document -----------------------------------------------------------------

    private static readonly Parser<GreenNode> Resolution = Consuming(
        from marker in L(LineClass.StartMarker).Optional()
        from header in Header.Optional()
        from parts in Part.AtLeastOnce().Optional()
        // After parts, nothing more of a body may follow: its slots come before the parts' in the node.
        from body in parts.IsDefined ? NoBody : BodyAfter(header.GetOrDefault())
        from annexes in Annex.Many()
        from footnotes in FootnoteSection.Optional()
        from trailer in Trailer.Optional()
        select BuildResolution(OrNull(marker), header.GetOrDefault(), parts.GetOrDefault(), body, annexes.ToList(), footnotes.GetOrDefault(), trailer.GetOrDefault()))
        .Where(HasContent);

    private static readonly Parser<GreenNode> TopLevelSkipped =
        L(_ => true).Select(l => (GreenNode)SkippedLine(l.Context, l, DiagnosticDescriptors.SkippedText,
            $"{Describe(l.Class)} where a resolution was expected; kept as skipped text."));

    /// <summary>The document: resolutions and skipped lines, in order.</summary>
    public static readonly Parser<List<GreenNode>> Document =
        Resolution.Or(TopLevelSkipped).Many().Select(items => items.ToList());
}
