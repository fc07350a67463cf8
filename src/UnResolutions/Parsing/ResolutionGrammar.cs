using Sprache;
using UnResolutions.Diagnostics;
using UnResolutions.Syntax;
using UnResolutions.Syntax.InternalSyntax;
using static UnResolutions.Syntax.InternalSyntax.GreenFactory;

namespace UnResolutions.Parsing;

/// <summary>
/// The document grammar, in Sprache combinators over classified lines: a document is a series of resolutions;
/// a resolution is a start marker, a header, a body (a formula, a preamble, an operative part and a closing, or
/// parts A/B holding those), annexes, footnotes and a trailer, each optional.
/// The one primitive is <see cref="L(Func{LineInfo, bool})"/>: the next non-blank line, if it is acceptable; blank
/// lines before it become its leading trivia. Lines that fit nowhere become skipped-text trivia with a diagnostic.
/// Recursion is bounded: only sub-paragraph lists nest, at most <see cref="MaxSubparagraphDepth"/> deep.
/// </summary>
internal static class ResolutionGrammar
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

    private static List<GreenToken> Tokens(Line line) => GreenFactory.Tokens(line.Context, line);

    private static List<GreenToken> TextTokens(Line line) => GreenFactory.Tokens(line.Context, line, AsText(line.Context, line.Info, stackalloc Piece[3]));

    /// <summary>Fails when <paramref name="parser"/> succeeds without consuming input (keeps <c>Many</c> loops honest).</summary>
    private static Parser<T> Consuming<T>(Parser<T> parser) => i =>
    {
        IResult<T> r = parser(i);
        return r.WasSuccessful && r.Remainder.Position == i.Position ? Scan.Fail<T>(i, "no progress") : r;
    };

    // ---- Line predicates ---------------------------------------------------------------------------

    /// <summary>Lines that start something at the level of the resolution: no list inside a body takes them.</summary>
    private static bool IsBoundary(LineInfo info) => info.Class switch
    {
        LineClass.StartMarker or LineClass.OdsField or LineClass.Separator or LineClass.Masthead or LineClass.Adoption
            or LineClass.Origin or LineClass.ScNumber or LineClass.Title or LineClass.Formula or LineClass.Meeting
            or LineClass.DecisionRecord or LineClass.AnnexLabel or LineClass.PartLabel => true,
        LineClass.FootnoteLike => (FootnoteNumber(info) == 1 && StartsLikeANote(info)) || OpensSectionAfterGap(info),
        _ => false,
    };

    /// <summary>How many lines <see cref="OpensSectionAfterGap"/> reads ahead: more than any footnote section holds.</summary>
    private const int FootnoteSectionLookahead = 200;

    /// <summary>
    /// A footnote line numbered 2 or more that opens the footnote section, the notes before it missing from the source
    /// (75/257 B: its note 1 is lost, and the section starts at 2, right after an annex). It does only when footnote
    /// lines numbered in sequence, with their unindented continuation lines, run from it to the trailer, a start marker
    /// or the end of the input; a numbered line inside an annex's text is followed by more of the annex. Bounded: at
    /// most <see cref="FootnoteSectionLookahead"/> lines are read.
    /// </summary>
    private static bool OpensSectionAfterGap(LineInfo info)
    {
        int number = FootnoteNumber(info);
        if (number < 2 || number - 1 > MaxMissingNotes || StartsWithMonth(info) || !StartsLikeANote(info)) { return false; }
        int expected = number + 1;
        LineInfo next = info;
        for (int k = 0; k < FootnoteSectionLookahead; k++)
        {
            if (!TryNextLine(next, out next) || IsTrailerStart(next) || next.Class == LineClass.StartMarker) { return true; }
            if (next.Class == LineClass.FootnoteLike && FootnoteNumber(next) == expected) { expected++; continue; }
            // A continuation line: unindented text; a line that starts with another number is no note of this section.
            bool continuation = next.Class is LineClass.Text or LineClass.DateOnly && Indent(next) == 0;
            if (!continuation) { return false; }
        }
        return false;
    }

    private static int FootnoteNumber(LineInfo info) =>
        info.Class == LineClass.FootnoteLike && int.TryParse(NumberPiece(info).TrimEnd('/'), out int n) ? n : -1;

    private static ReadOnlySpan<char> NumberPiece(LineInfo info)
    {
        foreach (Piece p in info.Pieces)
        {
            if (p.Kind == SyntaxKind.FootnoteNumberToken) { return info.Context.Source.AsSpan(p.Start, p.Length); }
        }
        return default;
    }

    private static ReadOnlySpan<char> Content(LineInfo info) => info.Context.Source.AsSpan(info.ContentStart, info.ContentEnd - info.ContentStart);

    private static int Indent(LineInfo info)
    {
        ReadOnlySpan<char> c = Content(info);
        int k = 0;
        while (k < c.Length && Scan.IsSpace(c[k])) { k++; }
        return k;
    }

    private static (int Length, LeadKind Kind) Lead(LineInfo info)
    {
        if (info.Lead is { } known) { return known; }
        (int length, LeadKind kind, _) = LeadPhrases.Measure(Content(info).TrimStart(), info.Context.Organs.At(info.Index));
        info.Lead = (length, kind);
        return (length, kind);
    }

    private static bool IsTextClass(LineClass cls) => cls is LineClass.IndentedText or LineClass.Text or LineClass.RunningHead or LineClass.IssueLine
        or LineClass.Docket or LineClass.Barcode or LineClass.AgendaItem or LineClass.FootnoteLike or LineClass.DateOnly
        or LineClass.PageNumber or LineClass.PageCounter or LineClass.LabeledHeading;

    /// <summary>
    /// A heading among recitals or before the first operative paragraph (<c>\t\tGovernance of …</c>): a heading title
    /// set flush left or indented by two tabs or more; a recital indented by spaces, or ending with a footnote
    /// reference after its comma (<c>…,4</c>), stays a recital.
    /// </summary>
    private static bool IsHeadingLine(LineInfo info)
    {
        if (!IsHeadingTitle(info)) { return false; }
        ReadOnlySpan<char> c = Content(info);
        if (c.Length > 0 && Scan.IsSpace(c[0]) && !c.StartsWith("\t\t")) { return false; }
        ReadOnlySpan<char> text = c.TrimEnd().TrimEnd("0123456789");
        return text.Length > 0 && text[^1] is not (',' or ';' or ':' or '.');
    }

    /// <summary>
    /// A recital: an indented line (or an unindented one with a recital's lead phrase) before the operative part. The
    /// layout and the numbering decide, not the verb alone: a line that opens with a finite verb ("Recalls …") is still a
    /// recital when the preamble goes on after it, and a title before the first numbered paragraph is a heading.
    /// </summary>
    private static bool IsRecitalLine(LineInfo info)
    {
        bool recital = info.Class switch
        {
            LineClass.IndentedText => Lead(info).Kind != LeadKind.Operative || PreambleGoesOn(info),
            LineClass.Text => Lead(info).Kind == LeadKind.Recital,
            _ => false,
        };
        return recital && !IsHeadingLine(info) && !IsHeadingBeforeOperative(info);
    }

    /// <summary>How far <see cref="PreambleGoesOn"/> looks for the next recital: more lines than any run of operative-looking recitals.</summary>
    private const int PreambleLookahead = 12;

    /// <summary>
    /// Whether a recital (a line with a recital's lead phrase) follows <paramref name="info"/> before the first numbered
    /// paragraph, a heading or anything else that ends the preamble: then the line, though it opens with a finite verb,
    /// stands among the recitals (the UN's markup keeps it in the preamble).
    /// </summary>
    private static bool PreambleGoesOn(LineInfo info)
    {
        LineInfo next = info;
        for (int k = 0; k < PreambleLookahead && TryNextLine(next, out next); k++)
        {
            if (next.Class == LineClass.Subparagraph) { continue; }
            if (next.Class != LineClass.IndentedText || IsHeadingTitle(next)) { return false; }
            if (Lead(next).Kind == LeadKind.Recital) { return true; }
        }
        return false;
    }

    /// <summary>
    /// A heading between the preamble and the first numbered paragraph: a title (no closing punctuation) right before a
    /// numbered paragraph (or before more title lines and then one), set apart by its layout: two or more tabs, or no
    /// recital lead phrase. A one-tab line with a lead phrase ("Acting under Chapter VII …" without its comma) stays a recital.
    /// </summary>
    private static bool IsHeadingBeforeOperative(LineInfo info)
    {
        if (!IsTitleText(info)) { return false; }
        if (!IsHeadingTitle(info) && Lead(info).Kind == LeadKind.Recital) { return false; }
        LineInfo next = info;
        for (int k = 0; k < 3 && TryNextLine(next, out next); k++)
        {
            if (next.Class == LineClass.Numbered) { return true; }
            if (!IsTextClass(next.Class) || !IsTitleText(next)) { return false; }
        }
        return false;
    }

    /// <summary>The next non-blank line after <paramref name="info"/>; false at the end of the input.</summary>
    private static bool TryNextLine(LineInfo info, out LineInfo next)
    {
        LineTable lines = info.Context.Lines;
        int index = lines.NextNonBlank(info.Index + 1);
        next = index < lines.Count ? lines[index] : default;
        return index < lines.Count;
    }

    /// <summary>The last character of a line's text (white space trimmed), or NUL.</summary>
    private static char LastChar(LineInfo info)
    {
        ReadOnlySpan<char> c = Content(info).TrimEnd();
        return c.Length == 0 ? '\0' : c[^1];
    }

    /// <summary>A line that reads as a title: short, and not ending like a sentence or a clause (, ; : .).</summary>
    private static bool IsTitleText(LineInfo info)
    {
        ReadOnlySpan<char> c = Content(info).Trim();
        return c.Length is > 0 and <= 200 && c[^1] is not (',' or ';' or ':' or '.');
    }

    /// <summary>A heading: short, not indented like a paragraph (no indent, or two or more tabs), not ending like a sentence.</summary>
    private static bool IsHeadingTitle(LineInfo info) => IsHeadingTitle(info, maxLength: 200);

    private static bool IsHeadingTitle(LineInfo info, int maxLength)
    {
        if (!IsTextClass(info.Class) || info.Class is LineClass.FootnoteLike && IsBoundary(info) || IsFormulaWithoutComma(info)) { return false; }
        ReadOnlySpan<char> c = Content(info);
        int indent = Indent(info);
        ReadOnlySpan<char> text = c[indent..].TrimEnd();
        if (text.Length == 0 || text.Length > maxLength || text[^1] is ',' or ';' or ':' or '.') { return false; }
        return indent == 0 || indent >= 2 || c[0] != '\t';
    }

    private static bool IsParagraphText(LineInfo info) => IsTextClass(info.Class) && !(info.Class == LineClass.FootnoteLike && IsBoundary(info));

    // ---- Header ----------------------------------------------------------------------------------

    private static readonly Parser<GreenNode> HeaderLine =
        L(LineClass.Adoption).Select(l => (GreenNode)TokenLine(SyntaxKind.AdoptionLine, Tokens(l)))
        .Or(L(LineClass.Origin).Select(l => (GreenNode)TokenLine(SyntaxKind.OriginLine, Tokens(l))))
        .Or(L(LineClass.Title, LineClass.ScNumber).Select(l => (GreenNode)TokenLine(SyntaxKind.TitleLine, Tokens(l))));

    /// <summary>The most lines a wrapped title, or the title of a part issued alone, runs onto.</summary>
    private const int MaxTitleLines = 3;

    /// <summary>
    /// What stands between the number-and-title line and the formula, kept in the header as headings: the further lines
    /// of a title that wrapped, then, for a single part issued alone (<c>A/RES/75/242 B</c>), its part letter
    /// (<c>B</c>, or <c>B1</c> with the footnote that says what became of the earlier part) and the part's own title.
    /// Only when a formula follows them; otherwise they are not the header's. A letter is the header's unless the
    /// adoption line speaks of several resolutions ("Resolutions adopted") or the next part follows (its letter, then a
    /// formula), as in a resolution issued with all its parts; a footnote glued to the letter makes it the header's.
    /// </summary>
    private static Parser<List<GreenNode>> HeaderTail(IEnumerable<GreenNode> header) => i =>
    {
        var lines = new List<GreenNode>();
        IInput rest = i;
        while (lines.Count < MaxTitleLines && NextLine(rest, out Line line) && IsTitleContinuation(line.Info))
        {
            lines.Add(BuildHeading(null, line));
            rest = After(line);
        }
        if (NextLine(rest, out Line letter) && PartLetterLength(letter.Info) is > 0 and var letterLength)
        {
            bool glued = letterLength < Content(letter.Info).Trim().Length;
            IInput afterLetter = After(letter);
            var title = new List<GreenNode>();
            while (title.Count < MaxTitleLines && NextLine(afterLetter, out Line line) && IsTitleContinuation(line.Info))
            {
                title.Add(BuildHeading(null, line));
                afterLetter = After(line);
            }
            bool own = !SpeaksOfSeveral(header) && (glued || !NextPartFollows(letter));
            if (own && FormulaFollows(afterLetter))
            {
                lines.Add(letter.Class == LineClass.PartLabel ? BuildHeading(letter, null) : BuildHeading(null, letter));
                lines.AddRange(title);
                return Result.Success(lines, afterLetter);
            }
            // Parts follow: the lines before the letter are the title's.
            return lines.Count > 0 && letter.Class == LineClass.PartLabel ? Result.Success(lines, rest) : Scan.Fail<List<GreenNode>>(i, "title continuation");
        }
        return lines.Count > 0 && FormulaFollows(rest) ? Result.Success(lines, rest) : Scan.Fail<List<GreenNode>>(i, "title continuation");
    };

    /// <summary>A further line of a title: a heading's shape, though a long title's second line may be long.</summary>
    private static bool IsTitleContinuation(LineInfo info) => IsHeadingTitle(info, maxLength: 400) && PartLetterLength(info) == 0;

    /// <summary>
    /// The length of the part letter of a line that is only a part letter (<c>C</c>) or a part letter with a footnote
    /// glued to it (<c>B1</c>); 0 for any other line.
    /// </summary>
    private static int PartLetterLength(LineInfo info)
    {
        if (info.Class == LineClass.PartLabel) { return 1; }
        if (info.Class is not (LineClass.Text or LineClass.IndentedText)) { return 0; }
        ReadOnlySpan<char> text = Content(info).Trim();
        if (text.Length is < 2 or > 4 || !char.IsAsciiLetterUpper(text[0])) { return 0; }
        foreach (char c in text[1..]) { if (!char.IsAsciiDigit(c)) { return 0; } }
        return text[1] == '0' ? 0 : 1;
    }

    /// <summary>
    /// Whether the part after the one whose letter is <paramref name="letter"/> follows in the same resolution: the
    /// next letter alone on its line, a formula within the two lines after it, before the next resolution or an annex.
    /// </summary>
    private static bool NextPartFollows(Line letter)
    {
        LineTable lines = letter.Context.Lines;
        char next = (char)(Content(letter.Info).Trim()[0] + 1);
        for (int k = lines.NextNonBlank(letter.Info.Index + 1); k < lines.Count; k = lines.NextNonBlank(k + 1))
        {
            LineInfo info = lines[k];
            if (info.Class is LineClass.Adoption or LineClass.Title or LineClass.ScNumber or LineClass.StartMarker or LineClass.AnnexLabel || IsTrailerStart(info)) { return false; }
            if (info.Class != LineClass.PartLabel || Content(info).Trim()[0] != next) { continue; }
            for (int j = lines.NextNonBlank(k + 1), seen = 0; j < lines.Count && seen < 3; j = lines.NextNonBlank(j + 1), seen++)
            {
                if (lines[j].Class == LineClass.Formula) { return true; }
            }
        }
        return false;
    }

    /// <summary>Whether the adoption line speaks of several resolutions ("Resolutions adopted by …"): a resolution in parts.</summary>
    private static bool SpeaksOfSeveral(IEnumerable<GreenNode> header)
    {
        foreach (GreenNode line in header)
        {
            if (line.Kind != SyntaxKind.AdoptionLine || line.FirstToken() is not { } first) { continue; }
            ReadOnlySpan<char> text = first.TextSpan;
            return text.StartsWith("Resolutions", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Decisions", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    private static readonly Parser<GreenNode> Header =
        from lines in HeaderLine.AtLeastOnce()
        from more in HeaderTail(lines).Optional()
        select (GreenNode)Node(SyntaxKind.Header, List([.. lines, .. more.GetOrElse([])]));

    private static readonly Parser<GreenNode> Formula =
        L(info => info.Class == LineClass.Formula || IsFormulaWithoutComma(info)).Select(l => (GreenNode)TokenLine(SyntaxKind.Formula, Tokens(l)));

    /// <summary>
    /// The deliberative bodies whose name alone, with its article, makes a formula that lost its comma
    /// (<c>The General Assembly</c> before <c>1.</c> or before an unnumbered <c>Adopts the following declaration:</c>).
    /// A list, not a shape: "The Committee" or "The Area" on a line of their own are headings.
    /// </summary>
    private static readonly string[] FormulaBodies =
    [
        "The General Assembly", "The Security Council", "The Economic and Social Council", "The Human Rights Council",
        "L'Assemblée générale", "L’Assemblée générale", "La Asamblea General", "Le Conseil de sécurité", "El Consejo de Seguridad",
    ];

    /// <summary>
    /// A formula without its comma: the name of a body alone on a text line. Only where a formula may stand (the start
    /// of a body); not a boundary, so that a heading of those words inside a body stays a heading.
    /// </summary>
    private static bool IsFormulaWithoutComma(LineInfo info)
    {
        if (info.Class is not (LineClass.IndentedText or LineClass.Text)) { return false; }
        ReadOnlySpan<char> text = Content(info).Trim();
        foreach (string body in FormulaBodies)
        {
            if (text.Equals(body, StringComparison.Ordinal)) { return true; }
        }
        return false;
    }

    // ---- Paragraphs ------------------------------------------------------------------------------

    /// <summary>
    /// Splits the first text token of a line's pieces into a lead phrase and the rest, into <paramref name="scratch"/>
    /// (two longer than <paramref name="pieces"/>); the pieces as they are when there is no lead phrase.
    /// <paramref name="fromGrammar"/>: the lead phrase is the fallback grammar's, not the lexicon's.
    /// </summary>
    private static ReadOnlySpan<Piece> WithLead(Line line, ReadOnlySpan<Piece> pieces, Span<Piece> scratch, out bool fromGrammar)
    {
        string source = line.Context.Source;
        fromGrammar = false;
        for (int k = 0; k < pieces.Length; k++)
        {
            Piece p = pieces[k];
            if (p.Kind != SyntaxKind.TextToken) { continue; }
            (int length, LeadKind kind, fromGrammar) = LeadPhrases.Measure(source.AsSpan(p.Start, p.Length), line.Context.Organs.At(line.Info.Index));
            if (length == 0 || kind == LeadKind.None) { return pieces; }
            int leadEnd = p.Start + length;
            int bodyStart = leadEnd;
            while (bodyStart < p.End && Scan.IsSpace(source[bodyStart])) { bodyStart++; }
            pieces[..k].CopyTo(scratch);
            scratch[k] = new Piece(SyntaxKind.LeadPhraseToken, p.Start, leadEnd);
            scratch[k + 1] = new Piece(SyntaxKind.WhitespaceTrivia, leadEnd, bodyStart);
            scratch[k + 2] = new Piece(SyntaxKind.TextToken, bodyStart, p.End);
            pieces[(k + 1)..].CopyTo(scratch[(k + 3)..]);
            return scratch[..(pieces.Length + 2)];
        }
        return pieces;
    }

    /// <summary>Room for a line's pieces and two more. PERF: on the stack for the lines of the coarse shapes.</summary>
    private const int ScratchPieces = CoarseShapes.MaxPieces + 2;

    private static GreenToken? Take(List<GreenToken> tokens, SyntaxKind kind)
    {
        if (tokens.Count == 0 || tokens[0].Kind != kind) { return null; }
        GreenToken token = tokens[0];
        tokens.RemoveAt(0);
        return token;
    }

    private static GreenNode BuildRecital(Line line, GreenNode? subparagraphs)
    {
        ReadOnlySpan<Piece> pieces = line.Info.Pieces;
        Span<Piece> scratch = pieces.Length <= CoarseShapes.MaxPieces ? stackalloc Piece[ScratchPieces] : new Piece[pieces.Length + 2];
        List<GreenToken> tokens = GreenFactory.Tokens(line.Context, line, WithLead(line, pieces, scratch, out bool fromGrammar));
        GreenToken? lead = Take(tokens, SyntaxKind.LeadPhraseToken);
        GreenNode recital = Node(SyntaxKind.Recital, lead, BodyText(tokens), subparagraphs);
        if (!fromGrammar || lead == null) { return recital; }
        // The lexicon learned from the UN's markup has never seen this recital's first words: worth a look.
        string message = $"The lead phrase '{lead.TextSpan}' was read by the grammar: the lexicon of the UN's lead phrases does not know it.";
        return recital.WithDiagnostics([new DiagnosticInfo(DiagnosticDescriptors.LeadPhraseFromGrammar, message, lead.LeadingTriviaWidth, lead.TextLength)]);
    }

    private static GreenNode Paragraph(Line line, GreenNode? subparagraphs, bool numbered)
    {
        Span<Piece> asText = stackalloc Piece[3];
        ReadOnlySpan<Piece> pieces = numbered ? line.Info.Pieces : AsText(line.Context, line.Info, asText);
        Span<Piece> scratch = pieces.Length <= CoarseShapes.MaxPieces ? stackalloc Piece[ScratchPieces] : new Piece[pieces.Length + 2];
        List<GreenToken> tokens = GreenFactory.Tokens(line.Context, line, WithLead(line, pieces, scratch, out _));
        GreenToken? number = Take(tokens, SyntaxKind.ParagraphNumberToken);
        GreenToken? lead = Take(tokens, SyntaxKind.LeadPhraseToken);
        return Node(SyntaxKind.OperativeParagraph, number, lead, BodyText(tokens), subparagraphs);
    }

    private static readonly Parser<GreenNode?> Subparagraphs = i =>
    {
        (List<GreenNode>? items, IInput rest) = SubparagraphList(i, parent: null, ancestors: [], depth: 1, pointsOpen: false);
        return Result.Success<GreenNode?>(items == null ? null : List(items), rest);
    };

    /// <summary>
    /// A list of sub-paragraphs of one label style; a label of a new style opens a nested list under the last
    /// item, a label of an ancestor's style closes this list. Nesting is bounded by the number of styles.
    /// A line without a label stands in the list as an unlabelled sub-paragraph under the last item (the UN's markup
    /// counts it as a point) when the list plainly goes on through it: see <see cref="PointsOpen"/>.
    /// <paramref name="pointsOpen"/>: the caller has found that the first line is such an unlabelled sub-paragraph.
    /// </summary>
    private static (List<GreenNode>? Items, IInput Remainder) SubparagraphList(IInput input, LineInfo? parent, SubparagraphStyle[] ancestors, int depth, bool pointsOpen)
    {
        List<GreenNode>? items = null;
        SubparagraphStyle style = SubparagraphStyle.None;
        string? previous = null;
        IInput rest = input;
        Line? pendingLine = null;
        List<Line>? pendingMore = null;
        List<GreenNode>? pendingChildren = null;
        int numberedLeft = 0;
        while (true)
        {
            // PERF: NextLine, not a Sprache parser of lines: no result object for each paragraph's last line.
            if (!NextLine(rest, out Line line)) { break; }
            SubparagraphStyle own;
            string? core = null;
            if (line.Class == LineClass.Numbered)
            {
                // "1." "2." under a paragraph that ends with a colon, after which the operative numbering goes on.
                if (numberedLeft == 0 && !IsNestedNumberedList(line.Info, out numberedLeft)) { break; }
                own = SubparagraphStyle.DottedNumber;
                // Counted where the items are taken; a nested list under the pending item counts them again.
                numberedLeft = style == own || style == SubparagraphStyle.None ? numberedLeft - 1 : 0;
            }
            else if (line.Class == LineClass.Subparagraph)
            {
                // A lone labelled title before the next numbered paragraph, with no colon to announce a list, is a heading.
                if (depth == 1 && items == null && pendingLine == null && IsLabelledHeading(line.Info) && (parent is not { } p || LastChar(p) != ':')) { break; }
                ReadOnlySpan<char> token = LabelToken(line);
                own = SubparagraphStyles.Resolve(token, style, previous);
                SubparagraphStyles.OfToken(token, out ReadOnlySpan<char> coreSpan);
                core = coreSpan.ToString();
            }
            else if (!IsPointCandidate(line.Info)) { break; }
            else if (style == SubparagraphStyle.Unlabelled ? RunGoesOn(line.Info) : style == SubparagraphStyle.None && pointsOpen)
            {
                own = SubparagraphStyle.Unlabelled;
            }
            else if (pendingLine is { } open && pendingMore == null && pendingChildren == null && !EndsClause(open.Info) && IsTitleText(line.Info) && LabelFollows(line.Info))
            {
                // "(ii) Support to stabilisation …" then "Stabilisation" then "(a) …": the item's title goes on.
                (pendingMore = []).Add(line);
                rest = After(line);
                continue;
            }
            else if (pendingLine is { } item && depth < MaxSubparagraphDepth && PointsOpen(item.Info, line.Info, depth))
            {
                (List<GreenNode>? points, IInput after) = SubparagraphList(rest, item.Info, [.. ancestors, style], depth + 1, pointsOpen: true);
                if (after.Position == rest.Position) { break; }
                (pendingChildren, rest) = (Concat(pendingChildren, points), after);
                continue;
            }
            else { break; }

            if (style == SubparagraphStyle.None) { style = own; }
            else if (own != style)
            {
                if (Array.IndexOf(ancestors, own) >= 0 || pendingLine == null || depth >= MaxSubparagraphDepth) { break; }
                // A new style: a nested list under the pending item.
                (List<GreenNode>? nested, IInput after) = SubparagraphList(rest, pendingLine.Value.Info, [.. ancestors, style], depth + 1, pointsOpen: false);
                // Progress is certain (the nested list takes its first line), but a loop must never hang on input.
                if (after.Position == rest.Position) { break; }
                (pendingChildren, rest) = (Concat(pendingChildren, nested), after);
                continue;
            }
            if (pendingLine is { } done) { (items ??= []).Add(Subparagraph(done, pendingMore, pendingChildren)); }
            pendingLine = line;
            pendingMore = null;
            pendingChildren = null;
            if (core != null) { previous = core; }
            rest = After(line);
        }
        if (pendingLine is { } last) { (items ??= []).Add(Subparagraph(last, pendingMore, pendingChildren)); }
        return (items, rest);
    }

    /// <summary>How far <see cref="IsNestedNumberedList"/> looks, before and after, for the operative numbering.</summary>
    private const int NestedListLookaround = 200;

    /// <summary>
    /// Whether a paragraph numbered <c>1.</c> opens a numbered list inside a paragraph: the line before it ends with a
    /// colon, and after the run 1, 2, … <paramref name="count"/> (with its sub-paragraphs) the operative numbering goes
    /// on: the next numbered paragraph is one more than a paragraph before the list. A section that starts again at 1
    /// after a heading, or a list that ends the resolution, is not taken.
    /// </summary>
    private static bool IsNestedNumberedList(LineInfo first, out int count)
    {
        count = 0;
        if (ParagraphNumber(first) != 1 || !TryPreviousLine(first, out LineInfo before) || LastChar(before) != ':') { return false; }
        int run = 1;
        LineInfo next = first;
        int resumes = -1;
        for (int k = 0; k < NestedListLookaround && TryNextLine(next, out next); k++)
        {
            if (next.Class is LineClass.Subparagraph || IsPointCandidate(next)) { continue; }
            if (next.Class != LineClass.Numbered) { return false; }
            int n = ParagraphNumber(next);
            if (n == run + 1) { run++; continue; }
            resumes = n;
            break;
        }
        if (resumes <= 1) { return false; }
        LineInfo back = first;
        for (int k = 0; k < NestedListLookaround && TryPreviousLine(back, out back); k++)
        {
            if (back.Class == LineClass.Numbered && ParagraphNumber(back) == resumes - 1)
            {
                count = run;
                return true;
            }
        }
        return false;
    }

    /// <summary>The number of a numbered paragraph's line, or -1.</summary>
    private static int ParagraphNumber(LineInfo info)
    {
        foreach (Piece p in info.Pieces)
        {
            if (p.Kind == SyntaxKind.ParagraphNumberToken)
            {
                return int.TryParse(info.Context.Source.AsSpan(p.Start, p.Length - 1), out int n) ? n : -1;
            }
        }
        return -1;
    }

    /// <summary>The previous non-blank line before <paramref name="info"/>; false at the start of the input.</summary>
    private static bool TryPreviousLine(LineInfo info, out LineInfo previous)
    {
        LineTable lines = info.Context.Lines;
        int index = info.Index - 1;
        while (index >= 0 && lines[index].Class == LineClass.Blank) { index--; }
        previous = index >= 0 ? lines[index] : default;
        return index >= 0;
    }

    private static List<GreenNode>? Concat(List<GreenNode>? first, List<GreenNode>? more)
    {
        if (first == null) { return more; }
        if (more != null) { first.AddRange(more); }
        return first;
    }

    /// <summary>
    /// A line that may be an unlabelled sub-paragraph: indented text with one indentation (a heading has more), opening
    /// with no lead phrase (a recital's participle or an operative verb starts a paragraph of its own), and not a title
    /// right before a numbered paragraph (a heading laid out with one tab).
    /// </summary>
    private static bool IsPointCandidate(LineInfo info) =>
        info.Class == LineClass.IndentedText && !IsHeadingTitle(info) && Lead(info).Kind == LeadKind.None
        && !(IsTitleText(info) && TryNextLine(info, out LineInfo next) && next.Class == LineClass.Numbered);

    /// <summary>
    /// Whether the unlabelled <paramref name="line"/> after the list item <paramref name="item"/> belongs to the list:
    /// the item opens it (it ends with a colon, or is a title such as "(c) 2020/2021 elections"), or, in a nested list,
    /// labels go on after it ("Rule of law:" between "(v)" and "(vi)" of "(e)"). Between the items of a first-level list
    /// such a line is a paragraph of its own (the UN's markup does not count "Travel Ban" between "(a)" and "(b)").
    /// </summary>
    private static bool PointsOpen(LineInfo item, LineInfo line, int depth) =>
        LastChar(item) == ':' || !EndsClause(item) || (depth > 1 && LabelFollows(line));

    /// <summary>Whether a line ends like a sentence or a clause: with a comma, semicolon, colon or full stop.</summary>
    private static bool EndsClause(LineInfo info) => LastChar(info) is ',' or ';' or ':' or '.';

    /// <summary>A run of unlabelled sub-paragraphs goes on with a sentence, or with a title that labels follow.</summary>
    private static bool RunGoesOn(LineInfo line) => !IsTitleText(line) || LabelFollows(line);

    private static bool LabelFollows(LineInfo line) => TryNextLine(line, out LineInfo next) && next.Class == LineClass.Subparagraph;

    /// <summary>A labelled line that reads as a title ("(i) Exemptions, advance approvals and notifications") right before a numbered paragraph.</summary>
    private static bool IsLabelledHeading(LineInfo info) =>
        info.Class == LineClass.Subparagraph && IsTitleText(info) && TryNextLine(info, out LineInfo next) && next.Class == LineClass.Numbered;

    /// <summary>
    /// A line that <paramref name="accept"/> takes and the sub-paragraphs under it, built into one node.
    /// PERF: the same as <c>from line in L(accept) from s in Subparagraphs select build(line, s)</c>, without the closures
    /// that Sprache's SelectMany makes at every call and without a result object for the line; recitals and paragraphs
    /// are most of a resolution.
    /// </summary>
    private static Parser<GreenNode> WithSubparagraphs(Func<LineInfo, bool> accept, Func<Line, GreenNode?, GreenNode> build) => i =>
    {
        if (!NextLine(i, out Line line) || !accept(line.Info)) { return Scan.Fail<GreenNode>(i, "paragraph"); }
        (List<GreenNode>? subparagraphs, IInput rest) = SubparagraphList(After(line), line.Info, [], depth: 1, pointsOpen: false);
        return Result.Success(build(line, subparagraphs == null ? null : List(subparagraphs)), rest);
    };

    /// <summary>The label token's text: <c>(a)</c>, <c>a.</c>, <c>•</c>; empty for a line without one.</summary>
    private static ReadOnlySpan<char> LabelToken(Line line)
    {
        foreach (Piece p in line.Info.Pieces)
        {
            if (p.Kind is SyntaxKind.SubparagraphLabelToken or SyntaxKind.ParagraphNumberToken) { return line.Context.Source.AsSpan(p.Start, p.Length); }
        }
        return default;
    }

    /// <summary>A sub-paragraph: its line (with or without a label), the lines that continue its title, and its nested list.</summary>
    private static GreenNode Subparagraph(Line line, List<Line>? more, List<GreenNode>? children)
    {
        List<GreenToken> tokens = Tokens(line);
        // A nested numbered list keeps its number token ("1.") as the label.
        GreenToken? label = Take(tokens, SyntaxKind.SubparagraphLabelToken) ?? Take(tokens, SyntaxKind.ParagraphNumberToken);
        if (more != null)
        {
            foreach (Line next in more) { tokens.AddRange(TextTokens(next)); }
        }
        return Node(SyntaxKind.Subparagraph, label, BodyText(tokens), children == null ? null : List(children));
    }

    /// <summary>A labelled title before a numbered paragraph, as a heading: its label, then its title.</summary>
    private static GreenNode BuildLabelledHeading(Line line)
    {
        List<GreenToken> tokens = Tokens(line);
        GreenToken? label = Take(tokens, SyntaxKind.SubparagraphLabelToken);
        return Node(SyntaxKind.Heading, label, tokens.Count == 0 ? null : BodyText(tokens));
    }

    private static readonly Parser<GreenNode> Recital = WithSubparagraphs(IsRecitalLine, BuildRecital);

    private static readonly Parser<GreenNode> Preamble =
        Recital.AtLeastOnce().Select(recitals => (GreenNode)Node(SyntaxKind.Preamble, List(recitals.ToList())));

    /// <summary>A numbered paragraph; not a table row set flush left (<c>1.	Income from staff assessment	283 437 900</c>).</summary>
    private static readonly Parser<GreenNode> NumberedParagraph =
        WithSubparagraphs(info => info.Class == LineClass.Numbered && !IsTableRow(info), (line, subparagraphs) => Paragraph(line, subparagraphs, numbered: true));

    private static readonly Parser<GreenNode> UnnumberedParagraph =
        WithSubparagraphs(IsParagraphText, (line, subparagraphs) => Paragraph(line, subparagraphs, numbered: false));

    /// <summary>Sub-paragraphs with no paragraph before them (after a heading): held by a paragraph with no number and no text.</summary>
    private static readonly Parser<GreenNode> OrphanSubparagraphs =
        Consuming(Subparagraphs).Select(list => (GreenNode)Node(SyntaxKind.OperativeParagraph, null, null, BodyText([]), list));

    private static GreenNode BuildHeading(Line? label, Line? title)
    {
        GreenToken? labelToken = null;
        var titleTokens = new List<GreenToken>();
        if (label is { } labelLine)
        {
            List<GreenToken> tokens = Tokens(labelLine);
            labelToken = Take(tokens, SyntaxKind.LabelToken);
            titleTokens.AddRange(tokens);
        }
        if (title is { } titleLine) { titleTokens.AddRange(TextTokens(titleLine)); }
        return Node(SyntaxKind.Heading, labelToken, titleTokens.Count == 0 ? null : BodyText(titleTokens));
    }

    /// <summary>A heading: a label line (of <paramref name="labels"/>) with an optional title line, a labelled title, or a title alone.</summary>
    private static Parser<GreenNode> HeadingOf(params LineClass[] labels) =>
        (from label in L(labels)
         from title in L(IsHeadingTitle).Optional()
         select BuildHeading(label, OrNull(title)))
        .Or(L(LineClass.LabeledHeading).Select(l => BuildHeading(l, null)))
        .Or(L(IsHeadingTitle).Select(l => BuildHeading(null, l)));

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

    /// <summary>Whether the next line is a formula, with its comma or without.</summary>
    private static bool FormulaFollows(IInput i) => NextLine(i, out Line line) && (line.Class == LineClass.Formula || IsFormulaWithoutComma(line.Info));

    private static readonly Parser<GreenNode> OperativeHeading =
        HeadingOf(LineClass.HeadingLabel).Or(L(IsLabelledHeading).Select(BuildLabelledHeading)).Or(SectionLetter);

    private static readonly Parser<GreenNode> Skipped =
        L(info => info.Class == LineClass.Garbage).Select(l => (GreenNode)SkippedLine(l.Context, l, DiagnosticDescriptors.SkippedText, "Unrecognized text (control characters) skipped."));

    // ---- Tables --------------------------------------------------------------------------------

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
        if (c.Length == 0 || Scan.IsSpace(c[0])) { return false; }
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
            while (k < text.Length && Scan.IsSpace(text[k])) { k++; }
            int next = text[k..].IndexOf('\t');
            k = next < 0 ? -1 : k + next;
        }
        return gaps;
    }

    /// <summary>A line of one cell inside a table (<c>Part I. Overall policymaking …</c>, <c>Department of Peace Operations</c>).</summary>
    private static bool IsOneCellRow(LineInfo info) =>
        IsTextClass(info.Class) && info.Class != LineClass.FootnoteLike && Content(info) is { Length: > 0 } c && !Scan.IsSpace(c[0]);

    /// <summary>How many one-cell lines may stand between two rows: a group title and a unit line (75/293, annex II).</summary>
    private const int MaxOneCellRun = 3;

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

    private static GreenNode BuildTable(List<Line> lines)
    {
        var rows = new List<GreenNode>(lines.Count);
        int widest = 0;
        int narrower = 0;
        var counts = new List<int>(lines.Count);
        foreach (Line line in lines)
        {
            List<GreenToken> tokens = GreenFactory.Tokens(line.Context, line, CellPieces(line));
            var cells = new List<GreenNode>(tokens.Count);
            foreach (GreenToken token in tokens) { cells.Add(Node(SyntaxKind.TableCell, BodyText([token]))); }
            rows.Add(Node(SyntaxKind.TableRow, List(cells)));
            counts.Add(cells.Count);
            widest = Math.Max(widest, cells.Count);
        }
        // The rows above the first full row are column heads, which may leave the stub head empty or span columns
        // ("Gross	Net of staff assessment" over "Estimated appropriation …	78 992 300	72 288 600"). One-cell lines are
        // titles of a group of rows. Below the heads, a row of two cells or more with fewer than the widest lost
        // empty or merged cells in the export, and nothing says which column each of its cells belongs to.
        int body = counts.IndexOf(widest);
        for (int k = body + 1; k < counts.Count; k++) { narrower += counts[k] > 1 && counts[k] < widest ? 1 : 0; }
        GreenNode table = Node(SyntaxKind.Table, List(rows));
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
            while (p < end && Scan.IsSpace(s[p])) { p++; }
            if (p > ws) { pieces.Add(new Piece(SyntaxKind.WhitespaceTrivia, ws, p)); }
            if (p >= end) { break; }
            int cell = p;
            // A cell runs to the next white space that holds a tab, or to the end; spaces inside it stay its text.
            while (p < end)
            {
                if (!Scan.IsSpace(s[p])) { p++; continue; }
                int q = p;
                bool tab = false;
                while (q < end && Scan.IsSpace(s[q])) { tab |= s[q] == '\t'; q++; }
                if (tab || q == end) { break; }
                p = q;
            }
            pieces.Add(new Piece(SyntaxKind.TextToken, cell, p));
        }
        return pieces.ToArray();
    }

    private static readonly Parser<GreenNode> OperativeItem =
        // PERF: the numbered paragraph first, the table before the headings (a table's first row reads as a heading).
        NumberedParagraph.Or(Table).Or(OperativeHeading).Or(UnnumberedParagraph).Or(OrphanSubparagraphs).Or(Skipped);

    private static readonly Parser<GreenNode> OperativePart =
        OperativeItem.AtLeastOnce().Select(items => (GreenNode)Node(SyntaxKind.OperativePart, List(NumberingChecked(items.ToList()))));

    /// <summary>Adds a diagnostic to each numbered paragraph whose number does not follow the previous one.</summary>
    private static List<GreenNode> NumberingChecked(List<GreenNode> items)
    {
        int expected = 0;
        for (int k = 0; k < items.Count; k++)
        {
            if (items[k].Kind != SyntaxKind.OperativeParagraph || items[k].GetSlot(0) is not GreenToken number) { continue; }
            if (!int.TryParse(number.TextSpan.TrimEnd('.'), out int n)) { continue; }
            if (expected != 0 && n != expected && n != 1)
            {
                string message = $"Paragraph {n} follows paragraph {expected - 1}; expected {expected}.";
                items[k] = items[k].WithDiagnostics([new DiagnosticInfo(DiagnosticDescriptors.ParagraphNumberSequence, message, number.LeadingTriviaWidth, number.TextLength)]);
            }
            expected = n + 1;
        }
        return items;
    }

    /// <summary>The closing: the meeting and the date, or, for a General Assembly decision, its record line (<c>(See A/72/456, para. 44; A/72/PV.66)</c>).</summary>
    private static readonly Parser<GreenNode> Closing =
        (from meeting in L(LineClass.Meeting)
         from date in L(LineClass.DateOnly).Optional()
         select (GreenNode)TokenLine(SyntaxKind.Closing, [.. Tokens(meeting), .. date.IsDefined ? Tokens(date.Get()) : []]))
        .Or(L(LineClass.DecisionRecord).Select(l => (GreenNode)TokenLine(SyntaxKind.Closing, Tokens(l))));

    /// <summary>Whether a closing is the record line of a decision, whose chapeau ("At its 66th plenary meeting, …") stands for a formula.</summary>
    private static bool IsDecisionRecord(GreenNode? closing) => closing?.FirstToken() is { Kind: SyntaxKind.PunctuationToken };

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
    /// The chapeau of a General Assembly decision, which stands where a resolution has its formula: "At its 66th plenary
    /// meeting, on 7 December 2017, the General Assembly, …".
    /// </summary>
    private static bool IsDecisionChapeau(LineInfo info)
    {
        if (info.Class is not (LineClass.IndentedText or LineClass.Text)) { return false; }
        ReadOnlySpan<char> text = Content(info).TrimStart();
        const string atIts = "At its ";
        int meeting = text.IndexOf("meeting", StringComparison.Ordinal);
        return text.StartsWith(atIts, StringComparison.Ordinal) && meeting > atIts.Length && meeting < 48;
    }

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

    /// <summary>The body that follows a header: a decision's when the header or the chapeau says it is one, else a resolution's.</summary>
    private static Parser<Body> BodyAfter(GreenNode? header) => IsDecision(header) ? DecisionText : ResolutionBody;

    private static readonly Parser<Body> ResolutionBody = DecisionBody.Or(SinglePart);

    /// <summary>Whether the adoption line of a header says "Decision adopted by …".</summary>
    private static bool IsDecision(GreenNode? header)
    {
        if (header?.GetSlot(0) is not { } lines) { return false; }
        for (int k = 0; k < lines.SlotCount; k++)
        {
            if (lines.GetSlot(k) is { Kind: SyntaxKind.AdoptionLine } line && line.FirstToken() is { } first)
            {
                return first.TextSpan.StartsWith("Decision", StringComparison.OrdinalIgnoreCase);
            }
        }
        return false;
    }

    /// <summary>
    /// A part: a letter (<c>A</c>) or a roman numeral (<c>I</c>), an optional title, then the part's own body, which
    /// opens with its own formula (as each component of the UN's document collection does); else the letter or
    /// numeral is a section heading of one body.
    /// </summary>
    private static readonly Parser<GreenNode> Part =
        from label in L(LineClass.PartLabel).Or(L(LineClass.HeadingLabel))
        from title in L(IsHeadingTitle).Optional()
        from body in SinglePart.Where(b => b.Formula != null)
        select (GreenNode)Node(SyntaxKind.Part, BuildHeading(label, OrNull(title)), body.Formula, body.Preamble, body.Operative, body.Closing);

    // ---- Annexes, footnotes, trailer -------------------------------------------------------------

    /// <summary>
    /// The formula of an annexed convention or declaration (<c>The States Parties to this Convention,</c>): a paragraph
    /// of the annex, not the start of another resolution. Only the formula of a deliberative body
    /// (<see cref="FormulaBodies"/>) may start one after an annex.
    /// </summary>
    private static readonly Parser<GreenNode> AnnexedFormula =
        WithSubparagraphs(info => info.Class == LineClass.Formula && !IsBodyFormula(info), (line, subparagraphs) => Paragraph(line, subparagraphs, numbered: false));

    /// <summary>A formula of one of <see cref="FormulaBodies"/>, with its comma.</summary>
    private static bool IsBodyFormula(LineInfo info)
    {
        ReadOnlySpan<char> text = Content(info).Trim();
        if (text.Length == 0 || text[^1] != ',') { return false; }
        text = text[..^1].TrimEnd();
        foreach (string body in FormulaBodies)
        {
            if (text.Equals(body, StringComparison.Ordinal)) { return true; }
        }
        return false;
    }

    private static readonly Parser<GreenNode> AnnexItem =
        NumberedParagraph.Or(Table).Or(Heading).Or(UnnumberedParagraph).Or(AnnexedFormula).Or(OrphanSubparagraphs).Or(Skipped);

    private static readonly Parser<GreenNode> Annex =
        from label in L(LineClass.AnnexLabel)
        from items in AnnexItem.Many()
        select BuildAnnex(label, items.ToList());

    private static GreenNode BuildAnnex(Line label, List<GreenNode> items)
    {
        List<GreenToken> tokens = Tokens(label);
        GreenToken? keyword = Take(tokens, SyntaxKind.KeywordToken);
        GreenToken? annexLabel = Take(tokens, SyntaxKind.LabelToken);
        return Node(SyntaxKind.Annex, keyword, annexLabel, tokens.Count == 0 ? null : BodyText(tokens), List(NumberingChecked(items)));
    }

    /// <summary>
    /// How many notes in a row the source may lack: a footnote section may start at 2 (note 1 sat on a title line that
    /// the export dropped, 76/297) or jump from 3 to 8 (notes of an omitted annex, 76/266).
    /// </summary>
    private const int MaxMissingNotes = 9;

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
            GreenNode footnote = Node(SyntaxKind.Footnote, numberToken, BodyText(body));
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
            : Result.Success<GreenNode>(Node(SyntaxKind.FootnoteSection, List(footnotes)), rest);
    };

    /// <summary>Whether a footnote line numbered past the expected one is the next note, notes between being lost.</summary>
    private static bool IsNoteAfterGap(LineInfo info, int number, int expected, LineInfo? previous)
    {
        if (number <= expected || number - expected > MaxMissingNotes) { return false; }
        if (previous is { } prev && Content(prev).TrimEnd() is { Length: > 0 } p && p[^1] is not ('.' or ')' or '”' or '"')) { return false; }
        return !StartsWithMonth(info);
    }

    /// <summary>
    /// Whether the text after a footnote line's number opens as a note does (a capital, a symbol, a quote, an address),
    /// not in lower case as a date in another language does (<c>7 décembre 2020</c>, <c>1 de junio de 2021</c>).
    /// </summary>
    private static bool StartsLikeANote(LineInfo info)
    {
        ReadOnlySpan<char> text = Content(info).TrimStart()[NumberPiece(info).Length..].TrimStart();
        return text.Length > 0 && (!char.IsLower(text[0]) || text.StartsWith("www.", StringComparison.Ordinal) || text.StartsWith("http", StringComparison.Ordinal));
    }

    private static bool StartsWithMonth(LineInfo info)
    {
        ReadOnlySpan<char> text = Content(info).TrimStart()[NumberPiece(info).Length..].TrimStart();
        foreach (string month in MonthNames)
        {
            if (text.StartsWith(month, StringComparison.Ordinal)) { return true; }
        }
        return false;
    }

    private static readonly string[] MonthNames = DateParsing.MonthNames;

    /// <summary>
    /// A line that continues a footnote: anything but the next footnote or a boundary. A line that starts with the
    /// next number is still a continuation when the previous line broke off mid-sentence and the number reads as
    /// a date (<c>3 August-4 September 2002</c>).
    /// </summary>
    private static bool IsFootnoteContinuation(LineInfo info, int next, LineInfo previous)
    {
        if (info.Class == LineClass.Garbage) { return false; }
        if (info.Class == LineClass.FootnoteLike && FootnoteNumber(info) == next)
        {
            ReadOnlySpan<char> prev = Content(previous).TrimEnd();
            bool brokeOff = prev.Length > 0 && prev[^1] is ',' or '-' or '–' or '(' or ';';
            return brokeOff && StartsWithMonth(info);
        }
        return info.Class switch
        {
            LineClass.StartMarker or LineClass.OdsField or LineClass.Separator or LineClass.Masthead or LineClass.Adoption
                or LineClass.ScNumber or LineClass.Origin or LineClass.Title or LineClass.Formula or LineClass.AnnexLabel => false,
            _ => true,
        };
    }

    private static bool IsTrailerStart(LineInfo info) => info.Class is LineClass.OdsField or LineClass.Separator or LineClass.Masthead;

    private static SyntaxKind? TrailerKind(LineClass cls) => cls switch
    {
        LineClass.OdsField => SyntaxKind.OdsField,
        LineClass.Separator => SyntaxKind.SeparatorLine,
        LineClass.PageNumber => SyntaxKind.PageNumberLine,
        LineClass.Masthead => SyntaxKind.Masthead,
        LineClass.IssueLine or LineClass.DateOnly => SyntaxKind.IssueLine,
        LineClass.AgendaItem => SyntaxKind.AgendaItemLine,
        LineClass.Docket => SyntaxKind.DocketLine,
        LineClass.Barcode => SyntaxKind.BarcodeLine,
        LineClass.RunningHead => SyntaxKind.RunningHead,
        LineClass.PageCounter => SyntaxKind.PageCounterLine,
        _ => null,
    };

    private static readonly Parser<GreenNode> TrailerLine =
        L(info => TrailerKind(info.Class) != null).Select(l => (GreenNode)TokenLine(TrailerKind(l.Class)!.Value, Tokens(l)))
        .Or(L(info => !IsBoundary(info) || info.Class == LineClass.Meeting || info.Class == LineClass.Formula)
            .Select(l => (GreenNode)SkippedLine(l.Context, l, DiagnosticDescriptors.UnknownTrailerLine, "Trailer line of an unknown shape kept as skipped text.")));

    private static readonly Parser<GreenNode> Trailer =
        from first in L(IsTrailerStart)
        from rest in TrailerLine.Many()
        select (GreenNode)Node(SyntaxKind.Trailer, List([TokenLine(TrailerKind(first.Class)!.Value, Tokens(first)), .. rest]));

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

    /// <summary>
    /// Whether a resolution holds more than skipped lines. Lines that fit nowhere (garbage before the first resolution)
    /// would otherwise make an operative part of their own: a resolution of nothing, with diagnostics about what it
    /// lacks. They are skipped at the level of the document instead.
    /// </summary>
    private static bool HasContent(GreenNode resolution)
    {
        for (int k = 0; k < resolution.SlotCount; k++)
        {
            GreenNode? slot = resolution.GetSlot(k);
            if (slot == null) { continue; }
            if (slot.Kind != SyntaxKind.OperativePart) { return true; }
            GreenNode items = slot.GetSlot(0)!;
            for (int j = 0; j < items.SlotCount; j++)
            {
                if (items.GetSlot(j)!.Kind != SkippedLineKind) { return true; }
            }
        }
        return false;
    }

    private static GreenNode BuildResolution(Line? marker, GreenNode? header, IEnumerable<GreenNode>? parts, Body body, List<GreenNode> annexes, GreenNode? footnotes, GreenNode? trailer)
    {
        GreenToken? markerToken = marker is { } markerLine ? Tokens(markerLine)[0] : null;
        List<GreenNode> partList = parts?.ToList() ?? [];
        GreenNode node = Node(SyntaxKind.Resolution, markerToken, header, body.Formula, body.Preamble, body.Operative, body.Closing,
            List(partList), List(annexes), footnotes, trailer);
        var missing = new List<string>();
        if (header == null) { missing.Add("header (adoption line, number and title)"); }
        if (partList.Count == 0 && body.Formula == null && (body.Preamble != null || body.Operative != null) && !IsDecisionRecord(body.Closing) && !IsDecision(header)) { missing.Add("formula"); }
        if (partList.Count == 0 && body.Operative == null && (header != null || body.Formula != null)) { missing.Add("operative paragraphs"); }
        if (partList.Count == 0 && body.Operative != null && body.Closing == null && IsGeneralAssembly(header)) { missing.Add("closing (meeting and date)"); }
        var diagnostics = new List<DiagnosticInfo>();
        if (missing.Count > 0)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.MissingElement, $"The resolution has no {string.Join(", no ", missing)}.", node.LeadingTriviaWidth, 0));
        }
        GreenNode? lastOperative = partList.Count > 0 ? partList[^1].GetSlot(3) : body.Operative;
        if (lastOperative?.LastToken() is { } last && !EndsLikeASentence(last.TextSpan))
        {
            int end = 0;
            foreach (GreenNode? slot in new[] { markerToken, header, body.Formula, body.Preamble, body.Operative }) { end += slot?.FullWidth ?? 0; }
            foreach (GreenNode part in partList) { end += part.FullWidth; }
            end -= (partList.Count > 0 ? partList[^1].GetSlot(4)?.FullWidth : 0) ?? 0;
            end -= last.TrailingTriviaWidth;
            diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.Truncated,
                "The last operative paragraph does not end with a full stop: the text may be truncated.", end, 0));
        }
        return diagnostics.Count == 0 ? node : node.WithDiagnostics(diagnostics.ToArray());
    }

    private static bool IsGeneralAssembly(GreenNode? header)
    {
        if (header?.GetSlot(0) is not { } lines) { return false; }
        for (int k = 0; k < lines.SlotCount; k++)
        {
            if (lines.GetSlot(k) is { Kind: SyntaxKind.AdoptionLine } line && line.FirstToken() is { } first
                && first.TextSpan.Contains("General Assembly", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The last paragraph of a resolution ends with a full stop, perhaps inside quotes or before a footnote reference.</summary>
    private static bool EndsLikeASentence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        text = text.TrimEnd("0123456789");
        text = text.TrimEnd("”’\"')");
        return text.EndsWith(".", StringComparison.Ordinal);
    }

    private static readonly Parser<GreenNode> TopLevelSkipped =
        L(_ => true).Select(l => (GreenNode)SkippedLine(l.Context, l, DiagnosticDescriptors.SkippedText,
            $"{Describe(l.Class)} where a resolution was expected; kept as skipped text."));

    private static string Describe(LineClass cls) => cls == LineClass.Garbage ? "Unrecognized text (control characters)" : $"A line of the shape '{cls}'";

    /// <summary>The document: resolutions and skipped lines, in order.</summary>
    public static readonly Parser<List<GreenNode>> Document =
        Resolution.Or(TopLevelSkipped).Many().Select(items => items.ToList());
}
