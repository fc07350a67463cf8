using Sprache;
using UnResolutions.Languages;
using UnResolutions.Syntax;
using static UnResolutions.Parsing.Scan;
using static UnResolutions.Text.Characters;

namespace UnResolutions.Parsing;

/// <summary>
/// The grammar of single lines, in Sprache: each shape parses one line's content (without its line break)
/// into pieces that cover it exactly, so that every character ends up in a token or in trivia.
/// <see cref="Classify"/> tries the shapes in a fixed order and keeps the first that matches. Every parser field stays
/// in this file, in order (their initializers compose one another); the helpers they call are in the partial files.
/// </summary>
internal static partial class LineGrammar
{
    private static readonly Piece[] NoPieces = [];

    private static Piece[] P(params Piece[] pieces) => pieces;

    private static Piece[] P(Piece[] head, params Piece[] tail) => [.. head, .. tail];

    private static Piece[] P(Piece a, Piece[] tail) => [a, .. tail];

    private static Piece[] P(Piece a, Piece b, Piece[] tail) => [a, b, .. tail];

    private static Piece[] P(Piece a, Piece b, Piece c, Piece[] tail) => [a, b, c, .. tail];

    private static readonly Parser<Piece> Dot = Literal(".", SyntaxKind.PunctuationToken);

    // [Start1]
    private static readonly Parser<Piece[]> StartMarkerLine =
        from ws in Ws
        from marker in StartMarker
        from tail in Ws
        from end in End
        select P(ws, marker, tail);

    // <<ODS JOB NO>>N1646151E<<ODS JOB NO>>, optionally after a start marker.
    private static readonly Parser<Piece> OdsDelimiter = i =>
    {
        var input = (TextInput)i;
        ReadOnlySpan<char> rest = input.Rest;
        if (!rest.StartsWith("<<ODS", StringComparison.Ordinal)) { return Fail<Piece>(input, "<<ODS"); }
        int close = rest.IndexOf(">>", StringComparison.Ordinal);
        return close < 0 ? Fail<Piece>(input, ">>") : Ok(new Piece(SyntaxKind.OdsFieldDelimiterToken, input.Position, input.Position + close + 2), input, input.Position + close + 2);
    };

    private static readonly Parser<Piece[]> OdsFieldLine =
        from marker in StartMarker.Optional()
        from open in OdsDelimiter
        from value in Until(SyntaxKind.FieldValueToken, "<<")
        from close in OdsDelimiter
        from tail in Ws
        from end in End
        select marker.IsDefined ? P(marker.Get(), open, value, close, tail) : P(open, value, close, tail);

    // _______________ or ------------
    private static readonly Parser<Piece[]> SeparatorLine =
        from ws in Ws
        from rule in Run(SyntaxKind.SeparatorToken, c => c is '_' or '-' or '\u2014' or '\u2013', 3, int.MaxValue, "rule")
        from tail in Ws
        from end in End
        select P(ws, rule, tail);

    private static readonly Parser<Piece> SymbolPiece = i =>
    {
        var input = (TextInput)i;
        int n = Symbols.Match(input.Rest);
        return n > 0 ? Ok(new Piece(SyntaxKind.DocumentSymbolToken, input.Position, input.Position + n), input, input.Position + n) : Fail<Piece>(input, "document symbol");
    };

    // United NationsA/RES/71/242General AssemblyDistr.: General; Nations UniesA/RES/75/202Assemblée généraleDistr. générale
    private static readonly Parser<Piece[]> MastheadLine =
        from un in OneOf(SyntaxKind.FieldValueToken, LanguageTable.AllMastheadOpenings)
        from symbol in SymbolPiece
        from body in Until(SyntaxKind.FieldValueToken, "Distr.")
        from distr in OneOf(SyntaxKind.TextToken, "Distr.:", "Distr.")
        from ws in Ws
        from value in Tail(SyntaxKind.FieldValueToken)
        select P(P(un, symbol, body, distr, ws), value);


    /// <summary>
    /// The longest line read as an adoption line. The line is one short sentence (the Security Council's, with its
    /// meeting, about 80 characters); a longer line that opens with the same words is running text, and the bound keeps
    /// the search for the date word from scanning a whole paragraph.
    /// </summary>
    private const int MaxAdoptionLineLength = 300;

    // Resolution adopted by the General Assembly on 21 December 2016
    // Adopted by the Security Council at its 7853rd meeting, on 23 December 2016
    private static readonly Parser<Piece[]> AdoptionLine = i =>
    {
        var input = (TextInput)i;
        ReadOnlySpan<char> rest = input.Rest;
        int lead = 0;
        while (lead < rest.Length && IsSpace(rest[lead])) { lead++; }
        ReadOnlySpan<char> text = rest[lead..];
        LanguageTable? language = LanguageTable.OfAdoptionLine(text);
        int trimmed = text.Length;
        while (trimmed > 0 && IsSpace(text[trimmed - 1])) { trimmed--; }
        if (IsUndatedAdoption(text[..trimmed]))
        {
            // "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY" (the 1990s), "Resolution adopted by the General Assembly"
            // (the 2000s): no date; the closing gives it.
            return Ok(P(new Piece(SyntaxKind.WhitespaceTrivia, input.Position, input.Position + lead),
                new Piece(SyntaxKind.TextToken, input.Position + lead, input.Position + lead + trimmed),
                new Piece(SyntaxKind.WhitespaceTrivia, input.Position + lead + trimmed, input.End)), input, input.End);
        }
        if (language == null || text.Length > MaxAdoptionLineLength) { return Fail<Piece[]>(input, "adoption line"); }
        // The date is at the end, after the language's word for "on" (le, el).
        string word = language.DateWord;
        int on = -1;
        for (int k = trimmed - word.Length - 1; k > 0; k--)
        {
            if (IsSpace(text[k - 1]) && text[k..].StartsWith(word, StringComparison.Ordinal) && k + word.Length < trimmed && IsSpace(text[k + word.Length])) { on = k; break; }
        }
        if (on < 0) { return Fail<Piece[]>(input, "adoption date"); }
        int onEnd = on + word.Length;
        int dateStart = onEnd;
        while (dateStart < trimmed && IsSpace(text[dateStart])) { dateStart++; }
        if (Dates.Match(text[dateStart..trimmed], language, out _, out _, out _) != trimmed - dateStart) { return Fail<Piece[]>(input, "adoption date"); }
        int b = input.Position + lead;
        var pieces = new List<Piece> { new(SyntaxKind.WhitespaceTrivia, input.Position, b) };
        string atIts = language.MeetingIntroduction;
        int intro = text[..on].IndexOf(atIts, StringComparison.Ordinal);
        int meetingEnd = intro < 0 ? -1 : text[..on].IndexOf(language.MeetingWord, StringComparison.Ordinal);
        if (intro > 0 && meetingEnd > intro)
        {
            int meetingStart = intro + atIts.Length;
            meetingEnd += language.MeetingWord.Length;
            pieces.Add(new(SyntaxKind.TextToken, b, b + meetingStart - 1));
            pieces.Add(new(SyntaxKind.WhitespaceTrivia, b + meetingStart - 1, b + meetingStart));
            pieces.Add(new(SyntaxKind.MeetingToken, b + meetingStart, b + meetingEnd));
            pieces.Add(new(SyntaxKind.TextToken, b + meetingEnd, b + onEnd));
        }
        else
        {
            pieces.Add(new(SyntaxKind.TextToken, b, b + onEnd));
        }
        pieces.Add(new(SyntaxKind.WhitespaceTrivia, b + onEnd, b + dateStart));
        pieces.Add(new(SyntaxKind.DateToken, b + dateStart, b + trimmed));
        pieces.Add(new(SyntaxKind.WhitespaceTrivia, b + trimmed, input.End));
        return Ok(pieces.ToArray(), input, input.End);
    };

    // [on the report of the Second Committee (A/71/467/Add.2)]
    private static readonly Parser<Piece[]> OriginLine = i =>
    {
        var input = (TextInput)i;
        ReadOnlySpan<char> rest = input.Rest;
        (int lead, int end) = ContentBounds(rest);
        if (end - lead < 3 || rest[lead] != '[' || rest[end - 1] != ']') { return Fail<Piece[]>(input, "origin line"); }
        ReadOnlySpan<char> inner = rest[(lead + 1)..(end - 1)];
        if (!HasOriginWord(inner)) { return Fail<Piece[]>(input, "origin line"); }
        int b = input.Position;
        var pieces = new List<Piece> { new(SyntaxKind.WhitespaceTrivia, b, b + lead), new(SyntaxKind.PunctuationToken, b + lead, b + lead + 1) };
        int innerStart = b + lead + 1;
        int innerEnd = innerStart + inner.Length;
        int trimmedEnd = inner.Length;
        while (trimmedEnd > 0 && IsSpace(inner[trimmedEnd - 1])) { trimmedEnd--; }
        int open = -1;
        if (trimmedEnd > 0 && inner[trimmedEnd - 1] == ')')
        {
            int depth = 0;
            for (int k = trimmedEnd - 1; k >= 0; k--)
            {
                if (inner[k] == ')') { depth++; }
                else if (inner[k] == '(' && --depth == 0) { open = k; break; }
            }
        }
        if (open < 0)
        {
            AddText(pieces, input.Source, innerStart, innerEnd);
        }
        else
        {
            string? report = ReportOpening(inner);
            int prefixEnd = innerStart + open;
            if (report != null)
            {
                pieces.Add(new(SyntaxKind.TextToken, innerStart, innerStart + report.Length - 1));
                pieces.Add(new(SyntaxKind.WhitespaceTrivia, innerStart + report.Length - 1, innerStart + report.Length));
                AddText(pieces, input.Source, innerStart + report.Length, prefixEnd, SyntaxKind.CommitteeToken);
            }
            else
            {
                AddText(pieces, input.Source, innerStart, prefixEnd);
            }
            pieces.Add(new(SyntaxKind.PunctuationToken, prefixEnd, prefixEnd + 1));
            AddDocuments(pieces, input.Source, prefixEnd + 1, innerStart + trimmedEnd - 1);
            pieces.Add(new(SyntaxKind.PunctuationToken, innerStart + trimmedEnd - 1, innerStart + trimmedEnd));
            pieces.Add(new(SyntaxKind.WhitespaceTrivia, innerStart + trimmedEnd, innerEnd));
        }
        pieces.Add(new(SyntaxKind.PunctuationToken, innerEnd, innerEnd + 1));
        pieces.Add(new(SyntaxKind.WhitespaceTrivia, innerEnd + 1, input.End));
        return Ok(pieces.ToArray(), input, input.End);
    };

    // 71/242.  ES-10/24.  2758 (XXVI).  2016/1.
    private static readonly Parser<Piece> GaNumber = i =>
    {
        var input = (TextInput)i;
        ReadOnlySpan<char> r = input.Rest;
        int p = 0;
        if (r.StartsWith("ES-", StringComparison.Ordinal)) { p = 3; }
        else if (r.StartsWith("S-", StringComparison.Ordinal)) { p = 2; }
        int digits = p;
        while (p < r.Length && char.IsAsciiDigit(r[p])) { p++; }
        if (p == digits || p - digits > 5) { return Fail<Piece>(input, "resolution number"); }
        // A stray space beside the slash ("75/ 242") is the source's typo, not the end of the number.
        if (p + 2 < r.Length && r[p] == ' ' && r[p + 1] == '/' && char.IsAsciiDigit(r[p + 2])) { p++; }
        if (p < r.Length && r[p] == '/')
        {
            if (p + 2 < r.Length && r[p + 1] == ' ' && char.IsAsciiDigit(r[p + 2])) { p++; }
            int after = ++p;
            while (p < r.Length && char.IsAsciiDigit(r[p])) { p++; }
            if (p == after) { return Fail<Piece>(input, "resolution number"); }
        }
        else if (p + 2 < r.Length && (r[p] == '(' || (r[p] == ' ' && r[p + 1] == '(')))
        {
            // 2758 (XXVI), or 2758(XXVI) with the space left out.
            int space = r[p] == ' ' ? 1 : 0;
            int close = r[p..].IndexOf(')');
            if (close < 0 || close < space + 2 || !IsRoman(r.Slice(p + space + 1, close - space - 1), upper: true)) { return Fail<Piece>(input, "resolution number"); }
            p += close + 1;
        }
        else
        {
            return Fail<Piece>(input, "resolution number");
        }
        return Ok(new Piece(SyntaxKind.ResolutionNumberToken, input.Position, input.Position + p), input, input.Position + p);
    };

    // 78/183 B.: a part issued on its own, its letter after the number.
    private static readonly Parser<Piece[]> NumberPartLetter =
        from sep in Ws1
        from letter in Run(SyntaxKind.LabelToken, char.IsAsciiLetterUpper, 1, 1, "part letter")
        select P(sep, letter);

    private static readonly Parser<Piece[]> TitleLine =
        from ws in Ws
        from number in GaNumber
        from letter in NumberPartLetter.Optional()
        from dot in Dot
        from tail in Ws1.Then(sep => Tail(SyntaxKind.TextToken).Select(t => P(sep, t))).Or(Ws.Then(w => End.Return(P(w))))
        select (Piece[])[ws, number, .. letter.GetOrElse(NoPieces), dot, .. tail];

    // Resolution 2522 (2020)
    private static readonly Parser<Piece> ScNumber = i =>
    {
        var input = (TextInput)i;
        ReadOnlySpan<char> r = input.Rest;
        int p = 0;
        while (p < r.Length && char.IsAsciiDigit(r[p])) { p++; }
        // "2522 (2020)", or with a stray space too many or too few: "2522(2020)", "2522  (2020)".
        int open = p;
        while (open < r.Length && open - p < 3 && r[open] == ' ') { open++; }
        if (p == 0 || open + 6 > r.Length || r[open] != '(' || r[open + 5] != ')') { return Fail<Piece>(input, "resolution number"); }
        for (int k = open + 1; k < open + 5; k++) { if (!char.IsAsciiDigit(r[k])) { return Fail<Piece>(input, "year"); } }
        return Ok(new Piece(SyntaxKind.ResolutionNumberToken, input.Position, input.Position + open + 6), input, input.Position + open + 6);
    };

    private static readonly string[] ResolutionKeywords = [.. LanguageTable.All.Select(l => l.ResolutionKeyword)];

    private static readonly Parser<Piece[]> ScNumberLine =
        from ws in Ws
        from keyword in OneOf(SyntaxKind.KeywordToken, ResolutionKeywords)
        from sep in Ws1
        from number in ScNumber
        from tail in Ws
        from end in End
        select P(ws, keyword, sep, number, tail);

    // The General Assembly,
    private static readonly Parser<Piece[]> FormulaLine =
        from ws in Ws
        from text in Tail1(SyntaxKind.TextToken)
        select P(ws, text);

    private static readonly Parser<Piece[]> MeetingLine =
        from ws in Ws
        from meeting in Meeting
        from tail in Ws
        from end in End
        select P(ws, meeting, tail);

    // (See A/72/456, para. 44; A/72/PV.66): the end of a General Assembly decision, with the report and the meeting record.
    private static readonly Parser<Piece[]> DecisionRecordLine = i =>
    {
        var input = (TextInput)i;
        ReadOnlySpan<char> rest = input.Rest;
        (int lead, int end) = ContentBounds(rest);
        const string see = "(See";
        if (end - lead < see.Length + 3 || !rest[lead..].StartsWith(see, StringComparison.Ordinal) || rest[end - 1] != ')' || rest[(lead + 1)..(end - 1)].IndexOfAny('(', ')') >= 0)
        {
            return Fail<Piece[]>(input, "(See …)");
        }
        int b = input.Position;
        var pieces = new List<Piece>
        {
            new(SyntaxKind.WhitespaceTrivia, b, b + lead),
            new(SyntaxKind.PunctuationToken, b + lead, b + lead + 1),
            new(SyntaxKind.KeywordToken, b + lead + 1, b + lead + see.Length),
        };
        AddDocuments(pieces, input.Source, b + lead + see.Length, b + end - 1);
        pieces.Add(new(SyntaxKind.PunctuationToken, b + end - 1, b + end));
        pieces.Add(new(SyntaxKind.WhitespaceTrivia, b + end, input.End));
        return Ok(pieces.ToArray(), input, input.End);
    };

    private static readonly Parser<Piece[]> DateLine =
        from ws in Ws
        from date in Date
        from tail in Ws
        from end in End
        select P(ws, date, tail);

    // 2 February 2017Seventy-first session
    private static readonly Parser<Piece[]> IssueLine =
        from ws in Ws
        from date in Date
        from session in Tail1(SyntaxKind.FieldValueToken)
        select P(ws, date, session);

    // Agenda item 16; Point 16 de l’ordre du jour; Tema 22 b) del programa
    private static readonly Parser<Piece[]> AgendaItemLine = i =>
    {
        var input = (TextInput)i;
        int lead = 0;
        ReadOnlySpan<char> rest = input.Rest;
        while (lead < rest.Length && IsSpace(rest[lead])) { lead++; }
        if (MatchAgendaItem(rest[lead..]) is not { } m) { return Fail<Piece[]>(input, "agenda item"); }
        int b = input.Position + lead;
        var pieces = new List<Piece>(7)
        {
            new(SyntaxKind.WhitespaceTrivia, input.Position, b),
            new(SyntaxKind.KeywordToken, b, b + m.Keyword),
            new(SyntaxKind.WhitespaceTrivia, b + m.Keyword, b + m.ValueStart),
            new(SyntaxKind.FieldValueToken, b + m.ValueStart, b + m.ValueEnd),
        };
        int end = b + m.ValueEnd;
        if (m.TailStart > 0)
        {
            pieces.Add(new(SyntaxKind.WhitespaceTrivia, end, b + m.TailStart));
            pieces.Add(new(SyntaxKind.KeywordToken, b + m.TailStart, b + m.End));
            end = b + m.End;
        }
        if (end < input.End) { pieces.Add(new(SyntaxKind.WhitespaceTrivia, end, input.End)); }
        return Ok(pieces.ToArray(), input, input.End);
    };

    // 16-22825 (E) or 12-49210
    private static readonly Parser<Piece> DocketNumber = i =>
    {
        var input = (TextInput)i;
        ReadOnlySpan<char> r = input.Rest;
        if (r.Length < 7 || !char.IsAsciiDigit(r[0]) || !char.IsAsciiDigit(r[1]) || r[2] != '-') { return Fail<Piece>(input, "docket"); }
        int p = 3;
        while (p < r.Length && char.IsAsciiDigit(r[p])) { p++; }
        if (p - 3 is < 4 or > 6) { return Fail<Piece>(input, "docket"); }
        if (r[p..].StartsWith(" (", StringComparison.Ordinal) && r.Length >= p + 4 && r[p + 3] == ')') { p += 4; }
        return Ok(new Piece(SyntaxKind.FieldValueToken, input.Position, input.Position + p), input, input.Position + p);
    };

    private static readonly Parser<Piece[]> DocketLine =
        from ws in Ws
        from docket in DocketNumber
        from tail in Ws
        from end in End
        select P(ws, docket, tail);

    // *1622825*Please recycle
    private static readonly Parser<Piece[]> BarcodeLine =
        from ws in Ws
        from code in Run(SyntaxKind.FieldValueToken, c => c == '*' || char.IsAsciiDigit(c), 3, 40, "barcode").Where(p => true)
        from tail in Tail(SyntaxKind.TextToken)
        select P(ws, code, tail);

    private static readonly Parser<Piece[]> PageCounterLine =
        from ws in Ws
        from counter in Run(SyntaxKind.PageNumberToken, c => char.IsAsciiDigit(c) || c == '/', 3, 12, "page counter")
        from tail in Ws
        from end in End
        select P(ws, counter, tail);

    private static readonly Parser<Piece[]> PageNumberLine =
        from ws in Ws
        from number in Run(SyntaxKind.PageNumberToken, char.IsAsciiDigit, 1, 4, "page number")
        from tail in Ws
        from end in End
        select P(ws, number, tail);

    // Annex, Annex II, Annexes
    private static readonly Parser<Piece> HeadingLabelPiece = i =>
    {
        var input = (TextInput)i;
        ReadOnlySpan<char> r = input.Rest;
        int p = 0;
        while (p < r.Length && p < 8 && char.IsAsciiLetterUpper(r[p])) { p++; }
        if (p == 0 || (p > 1 && !IsRoman(r[..p], upper: true))) { return Fail<Piece>(input, "label"); }
        if (p < r.Length && r[p] == '.') { p++; }
        return Ok(new Piece(SyntaxKind.LabelToken, input.Position, input.Position + p), input, input.Position + p);
    };

    private static readonly Parser<Piece> AnnexLabelPiece = Run(SyntaxKind.LabelToken, c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c), 1, 6, "annex label");

    // "Annex I: Delisting procedures", "Annex – Terms of reference": a title on the annex's own line.
    private static readonly Parser<Piece[]> InlineAnnexTitle =
        from ws in Ws
        from separator in OneOf(SyntaxKind.PunctuationToken, ":", ".", "\u2013", "\u2014", "-")
        from sep in Ws1
        from title in Tail1(SyntaxKind.TextToken).Where(t => t[0].Length <= 200)
        select P(ws, separator, sep, title);

    private static readonly Parser<Piece[]> AnnexLine =
        from ws in Ws
        from keyword in OneOf(SyntaxKind.KeywordToken, LanguageTable.AllAnnexWords)
        from label in Ws1.Then(sep => AnnexLabelPiece.Select(l => P(sep, l))).Optional()
        from title in InlineAnnexTitle.Or(Ws.Then(w => End.Return(P(w))))
        select P(ws, keyword, P(label.GetOrElse(NoPieces), title));

    // A (a part)
    private static readonly Parser<Piece[]> PartLabelLine =
        from ws in Ws
        from label in Run(SyntaxKind.LabelToken, c => c is >= 'A' and <= 'H', 1, 1, "part letter")
        from tail in Ws
        from end in End
        select P(ws, label, tail);

    // I   or   II.
    private static readonly Parser<Piece[]> HeadingLabelLine =
        from ws in Ws
        from label in HeadingLabelPiece
        from tail in Ws
        from end in End
        select P(ws, label, tail);

    private static readonly Parser<Piece[]> LabeledHeadingLonger = LabeledHeading(minLabel: 2);

    /// <summary>
    /// A one-letter label and its title on one line ("\t\tI Demande de subvention …", "\t\tA Escala de sueldos …", as
    /// the French and Spanish texts set a section) is a heading only indented by two tabs, a heading's layout: elsewhere
    /// "A" or "I" and a word is prose.
    /// </summary>
    private static readonly Parser<Piece[]> LabeledHeadingOneLetter = LabeledHeading(minLabel: 1);

    // II. Follow-up   or   I.	.	Establishment   or, set as a heading (two tabs), I Demande de subvention …
    private static readonly Parser<Piece[]> LabeledHeadingLine = i =>
    {
        ReadOnlySpan<char> r = ((TextInput)i).Rest;
        return (r.StartsWith("\t\t") ? LabeledHeadingOneLetter : LabeledHeadingLonger)(i);
    };

    /// <summary>A label of <paramref name="minLabel"/> to six characters, white space and a title.</summary>
    private static Parser<Piece[]> LabeledHeading(int minLabel) =>
        from ws in Ws
        from label in HeadingLabelPiece.Where(p => p.Length >= minLabel && p.Length <= 6)
        from sep in Ws1
        from title in Tail1(SyntaxKind.TextToken)
        select P(ws, label, sep, title);


    // A/RES/71/242Industrial development cooperation  or  Industrial development cooperationA/RES/71/242
    private static readonly Parser<Piece[]> RunningHeadLine = i =>
    {
        var input = (TextInput)i;
        ReadOnlySpan<char> r = input.Rest;
        int end = r.Length;
        while (end > 0 && IsSpace(r[end - 1])) { end--; }
        if (end == 0 || IsSpace(r[0])) { return Fail<Piece[]>(input, "running head"); }
        int b = input.Position;
        int n = Symbols.Match(r[..end]);
        if (n > 0)
        {
            return Ok(P(new Piece(SyntaxKind.DocumentSymbolToken, b, b + n), new Piece(SyntaxKind.TextToken, b + n, b + end), new Piece(SyntaxKind.WhitespaceTrivia, b + end, input.End)), input, input.End);
        }
        for (int k = Math.Max(1, end - 40); k < end - 3; k++)
        {
            if (char.IsAsciiLetterUpper(r[k]) && r[k + 1] == '/' && Symbols.Match(r[k..end]) == end - k)
            {
                return Ok(P(new Piece(SyntaxKind.TextToken, b, b + k), new Piece(SyntaxKind.DocumentSymbolToken, b + k, b + end), new Piece(SyntaxKind.WhitespaceTrivia, b + end, input.End)), input, input.End);
            }
        }
        return Fail<Piece[]>(input, "running head");
    };



    /// <summary>The shapes in the order they are tried: the first that matches gives the line its class.</summary>
    private static readonly Shape[] Shapes =
    [
        new(LineClass.OdsField, OdsFieldLine),
        new(LineClass.StartMarker, StartMarkerLine),
        new(LineClass.Separator, SeparatorLine),
        new(LineClass.Masthead, MastheadLine),
        new(LineClass.Adoption, AdoptionLine),
        new(LineClass.Origin, OriginLine),
        new(LineClass.ScNumber, ScNumberLine),
        new(LineClass.Title, TitleLine),
        new(LineClass.Meeting, MeetingLine),
        new(LineClass.DecisionRecord, DecisionRecordLine),
        new(LineClass.DateOnly, DateLine),
        new(LineClass.IssueLine, IssueLine),
        new(LineClass.AgendaItem, AgendaItemLine),
        new(LineClass.Docket, DocketLine),
        new(LineClass.Barcode, BarcodeLine),
        new(LineClass.PageCounter, PageCounterLine),
        new(LineClass.PageNumber, PageNumberLine),
        Shape.Coarse(LineClass.Numbered, CoarseShapes.Numbered),
        Shape.Coarse(LineClass.Subparagraph, CoarseShapes.Subparagraph),
        new(LineClass.AnnexLabel, AnnexLine),
        new(LineClass.PartLabel, PartLabelLine),
        new(LineClass.HeadingLabel, HeadingLabelLine),
        new(LineClass.LabeledHeading, LabeledHeadingLine),
        Shape.Coarse(LineClass.FootnoteLike, CoarseShapes.Footnote),
        new(LineClass.Formula, FormulaLine),
        new(LineClass.RunningHead, RunningHeadLine),
        Shape.Coarse(LineClass.IndentedText, CoarseShapes.IndentedText),
        Shape.Coarse(LineClass.Text, CoarseShapes.Text),
    ];
}
