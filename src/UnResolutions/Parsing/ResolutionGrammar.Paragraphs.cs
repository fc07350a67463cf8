using Sprache;
using UnResolutions.Diagnostics;
using UnResolutions.Syntax.InternalSyntax;
using UnResolutions.Syntax;
using UnResolutions.Text;
using static UnResolutions.Parsing.LineTokens;
using static UnResolutions.Syntax.InternalSyntax.GreenFactory;

namespace UnResolutions.Parsing;

// Recitals, operative paragraphs and their sub-paragraph lists: lead phrases, label styles, nested and unlabelled items, headings, the numbering check.
internal static partial class ResolutionGrammar
{
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
            (int length, LeadKind kind, fromGrammar) = LeadPhrases.Measure(source.AsSpan(p.Start, p.Length), line.Context.Organs.At(line.Info.Index), line.Context.Organs.LanguageAt(line.Info.Index));
            if (length == 0 || kind == LeadKind.None) { return pieces; }
            int leadEnd = p.Start + length;
            int bodyStart = leadEnd;
            while (bodyStart < p.End && Characters.IsSpace(source[bodyStart])) { bodyStart++; }
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
        List<GreenToken> tokens = LineTokens.Tokens(line.Context, line, WithLead(line, pieces, scratch, out bool fromGrammar));
        GreenToken? lead = Take(tokens, SyntaxKind.LeadPhraseToken);
        GreenNode recital = GreenNodes.Recital(lead, GreenNodes.BodyText(tokens), subparagraphs);
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
        List<GreenToken> tokens = LineTokens.Tokens(line.Context, line, WithLead(line, pieces, scratch, out _));
        GreenToken? number = Take(tokens, SyntaxKind.ParagraphNumberToken);
        GreenToken? lead = Take(tokens, SyntaxKind.LeadPhraseToken);
        GreenNode paragraph = GreenNodes.OperativeParagraph(number, lead, GreenNodes.BodyText(tokens), subparagraphs);
        if (number != null && char.IsAsciiLetter(number.TextSpan[0]))
        {
            string message = $"The paragraph number '{number.TextSpan}' is typed with a letter; read as paragraph 1 and kept as printed.";
            paragraph = paragraph.WithDiagnostics([new DiagnosticInfo(DiagnosticDescriptors.MisprintedParagraphNumber, message, number.LeadingTriviaWidth, number.TextLength)]);
        }
        else if (number != null && number.TextSpan.IndexOf('.') < 0)
        {
            // LineTable took it as a number because it continues the numbering (see UnstoppedParagraphNumber there).
            string message = $"The paragraph number '{number.TextSpan}' is typed without its full stop; read as paragraph {number.TextSpan} and kept as printed.";
            paragraph = paragraph.WithDiagnostics([new DiagnosticInfo(DiagnosticDescriptors.UnstoppedParagraphNumber, message, number.LeadingTriviaWidth, number.TextLength)]);
        }
        return paragraph;
    }

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
            else if (!IsPointCandidate(line.Info) && !(depth > 1 && IsTitleBetweenLabels(line.Info))) { break; }
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
                return int.TryParse(info.Context.Source.AsSpan(p.Start, p.Length).TrimEnd('.'), out int n) ? n : -1;
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
    /// A title with its colon between two items of a nested list ("Estado de derecho:" between "v)" and "vi)"), whose
    /// first word only the fallback grammar reads as a lead phrase (the "-ado" of "Estado"): a recital's lead never
    /// stands inside a nested list, so the line is a point, as any other unlabelled line there.
    /// </summary>
    private static bool IsTitleBetweenLabels(LineInfo info)
    {
        if (info.Class != LineClass.IndentedText || LastChar(info) != ':' || !LabelFollows(info)) { return false; }
        ReadOnlySpan<char> text = Content(info).Trim();
        if (text.Length > MaxListTitleLength) { return false; }
        (_, LeadKind kind, bool fromGrammar) = LeadPhrases.Measure(text, info.Context.Organs.At(info.Index), info.Context.Organs.LanguageAt(info.Index));
        return kind == LeadKind.Recital && fromGrammar;
    }

    /// <summary>The longest title of a list's section that <see cref="IsTitleBetweenLabels"/> takes: a few words.</summary>
    private const int MaxListTitleLength = 80;

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
        return GreenNodes.Subparagraph(label, GreenNodes.BodyText(tokens), children == null ? null : List(children));
    }

    /// <summary>A labelled title before a numbered paragraph, as a heading: its label, then its title.</summary>
    private static GreenNode BuildLabelledHeading(Line line)
    {
        List<GreenToken> tokens = Tokens(line);
        GreenToken? label = Take(tokens, SyntaxKind.SubparagraphLabelToken);
        return GreenNodes.Heading(label, tokens.Count == 0 ? null : GreenNodes.BodyText(tokens));
    }

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
        return GreenNodes.Heading(labelToken, titleTokens.Count == 0 ? null : GreenNodes.BodyText(titleTokens));
    }

    /// <summary>A heading: a label line (of <paramref name="labels"/>) with an optional title line, a labelled title, or a title alone.</summary>
    private static Parser<GreenNode> HeadingOf(params LineClass[] labels) =>
        (from label in L(labels)
         from title in L(IsHeadingTitle).Optional()
         select BuildHeading(label, OrNull(title)))
        .Or(L(LineClass.LabeledHeading).Select(l => BuildHeading(l, null)))
        .Or(L(IsHeadingTitle).Select(l => BuildHeading(null, l)));

    /// <summary>Whether the next line is a formula, with its comma or without.</summary>
    private static bool FormulaFollows(IInput i) => NextLine(i, out Line line) && (line.Class == LineClass.Formula || IsFormulaWithoutComma(line.Info));

    /// <summary>Adds a diagnostic to each numbered paragraph whose number does not follow the previous one.</summary>
    private static List<GreenNode> NumberingChecked(List<GreenNode> items)
    {
        int expected = 0;
        for (int k = 0; k < items.Count; k++)
        {
            if (items[k].Kind != SyntaxKind.OperativeParagraph || items[k].GetSlot(Slots.OperativeParagraph.Number) is not GreenToken number) { continue; }
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
}
