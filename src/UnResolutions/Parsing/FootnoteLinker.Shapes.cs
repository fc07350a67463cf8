using UnResolutions.Languages;
using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Parsing;

// The shapes of digits in a text token: which ones may be a footnote reference, how strongly, and which are part of the
// text (thousands groups, decimals, years, symbols, quantities). The linker (FootnoteLinker.cs) chooses among them.
internal static partial class FootnoteLinker
{
    /// <summary><c>1/</c> between spaces (or before a comma, a full stop or the end): how the 1990s cited a footnote.</summary>
    private static bool IsSlashMarker(ReadOnlySpan<char> text, int s, int e) =>
        e - s <= 3 && text[s] != '0' && s > 0 && char.IsWhiteSpace(text[s - 1]) && e < text.Length && text[e] == '/'
        && (e + 1 == text.Length || char.IsWhiteSpace(text[e + 1]) || text[e + 1] is ',' or ';' or '.' or ':' or ')');

    private static void Add(GreenToken token, int key, int s, int e, Shape shape, int site, List<Candidate> candidates, Dictionary<int, (GreenToken Token, int Key)> footnotes)
    {
        int value = 0;
        for (int k = s; k < e; k++) { value = value * 10 + (token.TextSpan[k] - '0'); }
        // PERF: digits that cite no footnote of the section are no candidate at all.
        if (footnotes.ContainsKey(value)) { candidates.Add(new Candidate(token, key, s, e - s, value, shape, site)); }
    }

    private static bool FollowedByNumber(ReadOnlySpan<char> text, int e) =>
        e < text.Length && (char.IsLetter(text[e]) || (e + 1 < text.Length && text[e] is '/' or '.' or ',' or '-' or '–' && char.IsAsciiDigit(text[e + 1])));

    /// <summary>
    /// "1,150" and "81,945,300": three digits after a comma that follows one to three digits (or another group).
    /// Not "July 2016,3" (one digit after a year) nor "resolution 5/14,120" (a reference after a symbol).
    /// </summary>
    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int s, int e)
    {
        if (e - s != 3 || s < 2 || !char.IsAsciiDigit(text[s - 2])) { return false; }
        int k = s - 2;
        while (k >= 0 && char.IsAsciiDigit(text[k])) { k--; }
        int before = s - 2 - k;
        return before <= 3 && (k < 0 || text[k] != '/');
    }

    /// <summary>Whether the comma before <paramref name="s"/> follows one to three digits that stand alone (<c>0,7</c>, not <c>2016,3</c> nor <c>5/14,3</c>).</summary>
    private static bool IsDecimalComma(ReadOnlySpan<char> text, int s)
    {
        int k = s - 1;
        while (k > 0 && char.IsAsciiDigit(text[k - 1])) { k--; }
        int digits = s - 1 - k;
        return digits is >= 1 and <= 3 && (k == 0 || !(char.IsLetterOrDigit(text[k - 1]) || text[k - 1] is '/' or '.' or ',' or '-'));
    }

    /// <summary>A pair of references, <c>Convention10,11</c>: after the comma one or two digits, and no more.</summary>
    private static bool IsReferencePair(ReadOnlySpan<char> text, int s, int e)
    {
        if (s == 0 || !char.IsLetter(text[s - 1]) || e + 1 >= text.Length || text[e] != ',') { return false; }
        int k = e + 1;
        while (k < text.Length && char.IsAsciiDigit(text[k])) { k++; }
        return k - e - 1 is 1 or 2 && (k == text.Length || !(char.IsLetterOrDigit(text[k]) || text[k] is '/' or '.' && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1])));
    }

    /// <summary>How a digit run at [s, e) (three digits at most) reads as a reference, or null when it belongs to the text.</summary>
    private static Shape? ShapeOf(ReadOnlySpan<char> text, int s, int e, LanguageTable language)
    {
        if (s == 0) { return null; }
        if (char.IsWhiteSpace(text[s - 1])) { return Apart(text, s, e, language); }
        if (FollowedByNumber(text, e) && !IsReferencePair(text, s, e))
        {
            // "Sostenible4y el", "Cartagena29y la": glued between a word and a function word of the language.
            if (char.IsLetter(text[s - 1]) && GluedToFunctionWord(text, e, language)) { return Shape.Displaced; }
            // "a21nd", "doublin4g": a note the source put inside a word, between two of its letters.
            return char.IsLower(text[s - 1]) && e < text.Length && char.IsLower(text[e]) && IsInWord(text, s, e) ? Shape.InWord : null;
        }
        if (e < text.Length && text[e] is '/' or '\u2011' or '-') { return null; }
        char prev = text[s - 1];
        // "Derechos Humanos\u200E1": a left-to-right mark between the word and its note.
        if (prev is '\u200E' or '\u200F' && s >= 2 && char.IsLetter(text[s - 2])) { return Shape.Strong; }
        if (prev == ',' && IsThousandsGroup(text, s, e)) { return null; }
        // "0,7 pour cent", "0,15 à 0,20": a decimal comma (French, Spanish) after a short number; only the footnote
        // expected next may be read there. "July 2016,3" (a year) and "resolution 5/14,120" (a symbol) stay strong.
        if (prev == ',' && IsDecimalComma(text, s)) { return Shape.Weak; }
        // "making100 per cent": a quantity with its space missing; only the footnote expected next may be read there.
        Shape glued = IsQuantity(text, e) ? Shape.Weak : Shape.Strong;
        // "48ª3 y 49ª", "el 10º4 y el 20º5": after the ordinal indicator of a Spanish ordinal, as after a word.
        if (prev is 'ª' or 'º') { return glued; }
        // A note cites a name, never an article or a preposition: "información a1 Consejo" is "al" misprinted, so a digit
        // glued to a short function word of the language is read only as the footnote expected there, never as a repeat.
        if (char.IsLower(prev)) { return GluedToShortFunctionWord(text, s, language) ? Shape.Weak : glued; }
        if (char.IsUpper(prev))
        {
            int w = s - 1;
            while (w > 0 && char.IsLetter(text[w - 1])) { w--; }
            ReadOnlySpan<char> word = text[w..s];
            bool allUpper = true;
            foreach (char c in word) { allUpper &= char.IsUpper(c); }
            return allUpper ? Shape.Weak : glued;
        }
        if (prev == ')')
        {
            // "International Health Regulations (2005)13" cites a note; "recommendation (2019)1" is a symbol (CM/Rec(2019)1).
            return s >= 6 && text[s - 6] == '(' && IsYear(text.Slice(s - 5, 4)) ? Shape.Weak : glued;
        }
        // "une proportion de 69 %14.": after a percentage's sign, where no number is glued.
        if (prev is ',' or ';' or ':' or '”' or '’' or '"' or '\'' or '»' or ']' or '%')
        {
            return glued;
        }
        if (prev == '.' && s >= 2 && text[s - 2] is ')' or '”' or '"' or '’' or ']' && (e == text.Length || char.IsWhiteSpace(text[e])))
        {
            return Shape.Strong;
        }
        if (prev == '.' && s >= 2 && char.IsLower(text[s - 2]))
        {
            int w = s - 2;
            while (w > 0 && char.IsLetter(text[w - 1])) { w--; }
            string word = text[w..(s - 1)].ToString();
            bool sentenceEnd = word.Length >= 3 && !Abbreviations.Contains(word) && (e == text.Length || char.IsWhiteSpace(text[e]));
            return sentenceEnd ? Shape.Strong : null;
        }
        if (prev == '.' && s >= 6 && IsYear(text.Slice(s - 5, 4)) && !char.IsAsciiDigit(text[s - 6]) && (e == text.Length || char.IsWhiteSpace(text[e])))
        {
            // "no later than January 2023.14": the note after the full stop of a sentence that ends with a year.
            return Shape.YearDot;
        }
        return null;
    }

    /// <summary>
    /// A note set apart from the text it cites: at the very end of a paragraph after its punctuation
    /// (<c>development”, 11</c>), or before the next word, glued to it (<c>1994, 1in which</c>).
    /// </summary>
    private static Shape? Apart(ReadOnlySpan<char> text, int s, int e, LanguageTable language)
    {
        int w = s - 1;
        while (w > 0 && char.IsWhiteSpace(text[w - 1])) { w--; }
        if (w == 0) { return null; }
        char before = text[w - 1];
        if (before is ',' or ';' or '”' or '"' && text[e..].IsWhiteSpace()) { return Shape.Detached; }
        if (e < text.Length && char.IsLower(text[e]) && before is ',' or ';' or '”' or '"' or ')')
        {
            int k = e;
            while (k < text.Length && char.IsLetter(text[k])) { k++; }
            return IsFunctionWord(text[e..k], language) ? Shape.Displaced : null;
        }
        return language.NotesBeforePunctuation && s - w == 1 ? ApartBeforePunctuation(text, w, e, language) : null;
    }

    /// <summary>
    /// A note one space apart from the words it cites, before the punctuation (French, Spanish): <c>relatif 22 ;</c>,
    /// <c>du Secrétaire général 12, qui</c>, <c>siglo XXI" 13, el</c>, at the end of a paragraph after another note
    /// (<c>en 20142, 3,</c>), or after an ordinal (<c>sesiones 31º 29 y 32º 30;</c>). Not after a number or a function
    /// word (<c>párrafos 18 y 19,</c>, <c>les 27 et 28,</c>): a list of numbers.
    /// </summary>
    private static Shape? ApartBeforePunctuation(ReadOnlySpan<char> text, int w, int e, LanguageTable language)
    {
        char before = text[w - 1];
        if (before is 'º' or 'ª' && e + 1 < text.Length && text[e] == ' ' && GluedToFunctionWord(text, e + 1, language)) { return Shape.ApartBeforePunctuation; }
        // The punctuation, after at most one space, then a space or the end ("22 ;", "12, qui"; not "22.3", "8,5").
        int p = e < text.Length && text[e] is '\u00A0' or '\u202F' or ' ' ? e + 1 : e;
        if (!(p < text.Length && text[p] is ',' or ';' or ':' or '.' && (p + 1 == text.Length || char.IsWhiteSpace(text[p + 1])))) { return null; }
        bool endsParagraph = text[(p + 1)..].IsWhiteSpace();
        if (before is 'º' or 'ª' or '”' or '"' or '»' || (before == ',' && endsParagraph)) { return Shape.ApartBeforePunctuation; }
        if (!char.IsLetter(before)) { return null; }
        int a = w - 1;
        while (a > 0 && char.IsLetter(text[a - 1])) { a--; }
        return IsFunctionWord(text[a..w], language) ? null : Shape.ApartBeforePunctuation;
    }

    /// <summary>Whether the letters glued before <paramref name="s"/> are a word of the language's function words of three letters at most (<c>a</c>, <c>de</c>, <c>la</c>).</summary>
    private static bool GluedToShortFunctionWord(ReadOnlySpan<char> text, int s, LanguageTable language)
    {
        int a = s;
        while (a > 0 && char.IsLetter(text[a - 1])) { a--; }
        return s - a <= 3 && (a == 0 || char.IsWhiteSpace(text[a - 1])) && IsFunctionWord(text[a..s], language);
    }

    /// <summary>Whether a function word of the language starts at <paramref name="e"/>, followed by a space.</summary>
    private static bool GluedToFunctionWord(ReadOnlySpan<char> text, int e, LanguageTable language)
    {
        int k = e;
        while (k < text.Length && char.IsLetter(text[k])) { k++; }
        return k < text.Length && text[k] is ' ' or '\u00A0' && IsFunctionWord(text[e..k], language);
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> word, LanguageTable language)
    {
        foreach (string w in language.FunctionWords)
        {
            if (word.SequenceEqual(w)) { return true; }
        }
        return false;
    }

    /// <summary>
    /// Whether a space, a function word of the language and a space follow <paramref name="e"/>, and then no date
    /// (<c>du 17 décembre</c>, <c>de 21 de diciembre</c>: a day, a space and a word; "et 35/45" is no date).
    /// </summary>
    private static bool BeforeFunctionWord(ReadOnlySpan<char> text, int e, LanguageTable language)
    {
        if (e >= text.Length || text[e] is not (' ' or '\u00A0') || !GluedToFunctionWord(text, e + 1, language)) { return false; }
        int k = e + 1;
        while (k < text.Length && char.IsLetter(text[k])) { k++; }
        int d = ++k;
        while (d < text.Length && char.IsAsciiDigit(text[d])) { d++; }
        bool day = d - k is 1 or 2 && d + 1 < text.Length && text[d] is ' ' or '\u00A0' && char.IsLetter(text[d + 1]);
        return k < text.Length && !day;
    }

    /// <summary>Whether punctuation follows <paramref name="e"/>, after at most one space (a no-break one before <c>;</c> in French), or the text ends.</summary>
    private static bool BeforePunctuation(ReadOnlySpan<char> text, int e)
    {
        if (e < text.Length && text[e] is ' ' or '\u00A0' or '\u202F') { e++; }
        return e >= text.Length || text[e] is ',' or ';' or ':' or '.' or ')' or '?' or '!' or '»';
    }

    /// <summary>Whether a digit run stands between the lower-case letters of one word (<c>a21nd</c>), not in a code (<c>h1n1</c>, <c>x2y3</c>).</summary>
    private static bool IsInWord(ReadOnlySpan<char> text, int s, int e)
    {
        int a = s;
        while (a > 0 && char.IsLetter(text[a - 1])) { a--; }
        int b = e;
        while (b < text.Length && char.IsLetter(text[b])) { b++; }
        bool code = (b < text.Length && char.IsAsciiDigit(text[b])) || (a > 0 && char.IsAsciiDigit(text[a - 1]));
        // The word may be capitalized: "Organisation mondiale de la Sant8é".
        return !code && b - e + s - a >= 3 && char.IsLetter(text[a]) && IsLowerWord(text[(a + 1)..s]) && IsLowerWord(text[e..b]);
    }

    /// <summary>The words of a percentage after a number (English, French, Spanish).</summary>
    private static readonly string[] PerCent = ["per cent", "pour cent", "por ciento", "%"];

    /// <summary>Whether a percentage follows the digits ending at <paramref name="e"/>: <c>making100 per cent</c>, <c>0,7 pour cent</c>.</summary>
    private static bool IsQuantity(ReadOnlySpan<char> text, int e)
    {
        ReadOnlySpan<char> rest = text[e..];
        if (!rest.IsEmpty && rest[0] is ' ' or '\u00A0' or '\u202F') { rest = rest[1..]; }
        foreach (string words in PerCent)
        {
            if (rest.StartsWith(words, StringComparison.Ordinal)) { return true; }
        }
        return false;
    }

    /// <summary>
    /// Whether the digits at [s, e) follow a year and a slash and open with the next year's last two digits, then one or
    /// two more (<c>pour 2019/204 ;</c>, <c>correspondiente a 2020/214;</c>), before a space, punctuation or the end.
    /// The year follows a function word of the language: "décision 2019/204" is a decision of the Economic and Social
    /// Council, numbered from 201.
    /// </summary>
    private static bool IsYearSpan(ReadOnlySpan<char> text, int s, int e, LanguageTable language)
    {
        if (e - s is < 3 or > 4 || s < 7 || text[s - 1] != '/' || !IsYear(text.Slice(s - 5, 4)) || text[s - 6] is not (' ' or '\u00A0') || text[s + 2] == '0') { return false; }
        if (e < text.Length && (char.IsLetterOrDigit(text[e]) || text[e] is '/' or '-' or '\u2011' || FollowedByNumber(text, e))) { return false; }
        int a = s - 6;
        while (a > 0 && char.IsLetter(text[a - 1])) { a--; }
        int year = int.Parse(text.Slice(s - 5, 4));
        return IsFunctionWord(text[a..(s - 6)], language) && (text[s] - '0') * 10 + (text[s + 1] - '0') == (year + 1) % 100;
    }

    private static bool IsYear(ReadOnlySpan<char> four) =>
        four.Length == 4 && (four.StartsWith("19") || four.StartsWith("20")) && char.IsAsciiDigit(four[2]) && char.IsAsciiDigit(four[3]);

    /// <summary>
    /// Whether the digit run at [s, e) is too long for the number it ends, so that its end may be a reference: after a
    /// session and a slash (<c>resolution 59/3008</c>: resolution and decision numbers have at most three digits), after
    /// a body's abbreviation and a full stop (<c>1/CP.2125</c>: two digits at most), after a name and a hyphen
    /// (<c>COVID-1914</c>), or after a name (<c>Agenda 216</c>).
    /// </summary>
    private static Shape? SplitShape(ReadOnlySpan<char> text, int s, int e, LanguageTable language)
    {
        int length = e - s;
        // A note before the punctuation (French, Spanish: "résolution 74/912 ;", "74/71 ;", "décision XII/327,", "objectifs
        // 9 et 174,"): after a slash or a space, two digits or more may be the number and its note.
        bool beforePunctuation = language.NotesBeforePunctuation && s > 0 && text[s - 1] is '/' or ' ' or '\u00A0' && BeforePunctuation(text, e);
        // After a slash, also before a function word that no date follows ("74/542 et", "41/46 du Conseil"; not "76/222 du 17 décembre").
        bool beforeWord = !beforePunctuation && language.NotesBeforePunctuation && s > 0 && text[s - 1] == '/' && BeforeFunctionWord(text, e, language);
        // "no°22,", "n°148": the abbreviation of "number" ends with its sign, and the number is glued to it.
        bool afterSign = s > 0 && !char.IsLetterOrDigit(text[s - 1]) && !char.IsWhiteSpace(text[s - 1]) && IsNumberAbbreviation(text, s, language);
        if (s == 0 || length < (beforePunctuation || beforeWord || afterSign ? 2 : 3) || length > 6) { return null; }
        // The run must end the number: "59/3008 and", "CP.2125 of", not "A/75/1001/Add.1".
        if (e < text.Length && (char.IsLetterOrDigit(text[e]) || text[e] is '/' or '-' or '\u2011' || FollowedByNumber(text, e))) { return null; }
        char prev = text[s - 1];
        if (prev == '/' && (length >= 4 || beforePunctuation || beforeWord))
        {
            // The session before the slash: a roman numeral (a treaty body's decision, "CBD/CP/MOP/VIII/1913"), or digits
            // that open the symbol ("resolution 59/3008", not the document "A/75/1001").
            int k = s - 1;
            bool roman = true;
            while (k > 0 && (char.IsAsciiDigit(text[k - 1]) || text[k - 1] is 'I' or 'V' or 'X' or 'L'))
            {
                roman &= !char.IsAsciiDigit(text[k - 1]);
                k--;
            }
            int session = s - 1 - k;
            // The symbol opens after a space, a parenthesis, a word it is glued to ("résolution73/2905,": symbols are in
            // capitals), or a treaty body's "DEC/" ("CBD/NP/MOP/DEC/2/714,": decision 2/7).
            bool opens = k == 0 || char.IsWhiteSpace(text[k - 1]) || text[k - 1] == '(' || char.IsLower(text[k - 1])
                || (k >= 4 && text[(k - 4)..k].SequenceEqual("DEC/"));
            bool symbol = session is >= 1 and <= 6 && (roman ? k == 0 || !char.IsLetter(text[k - 1]) : session <= 3 && opens);
            return !symbol ? null : length >= 4 || beforePunctuation ? Shape.SymbolSplit : Shape.SymbolSplitBeforeWord;
        }
        if (prev is '.' or '-' or '\u2011' && s >= 3 && char.IsUpper(text[s - 2]) && char.IsUpper(text[s - 3]))
        {
            return Shape.SymbolSplit;
        }
        // A year is no number with a note ("en 2015,"), unless it ends a list of short numbers ("párrafos 18 y 1918,": 19 and note 18).
        if (char.IsWhiteSpace(prev) && length <= 4 && !(length == 4 && IsYear(text[s..e]) && !(beforePunctuation && EndsListOfNumbers(text, s, language))))
        {
            // "objectifs 9 et 174,", "nos 5 et 164,": a number after a word, before the punctuation, where the language sets
            // its notes; not a group of thousands ("12 500,": a digit before the space).
            if (beforePunctuation && s >= 2 && char.IsLetter(text[s - 2])) { return Shape.NameSplit; }
            // "Agenda 216": a capitalized name, then its number and the note.
            int w = s - 1;
            while (w > 0 && char.IsWhiteSpace(text[w - 1])) { w--; }
            int a = w;
            while (a > 0 && char.IsLetter(text[a - 1])) { a--; }
            // "no 148", "núm. 148": the language's abbreviation of "number", then the number and the note.
            return (w - a >= 3 && char.IsUpper(text[a]) && IsLowerWord(text[(a + 1)..w])) || IsNumberAbbreviation(text, w, language) ? Shape.NameSplit : null;
        }
        return afterSign && length <= 4 ? Shape.NameSplit : null;
    }

    /// <summary>Whether a number of one to three digits and a function word stand before <paramref name="s"/>: <c>18 y </c>, <c>5 et </c>.</summary>
    private static bool EndsListOfNumbers(ReadOnlySpan<char> text, int s, LanguageTable language)
    {
        int w = s - 1;
        int a = w;
        while (a > 0 && char.IsLetter(text[a - 1])) { a--; }
        if (a == w || a < 2 || !char.IsWhiteSpace(text[a - 1]) || !IsFunctionWord(text[a..w], language)) { return false; }
        int d = a - 1;
        while (d > 0 && char.IsAsciiDigit(text[d - 1])) { d--; }
        return a - 1 - d is >= 1 and <= 3 && (d == 0 || !char.IsLetterOrDigit(text[d - 1]) && text[d - 1] is not ('/' or '.' or ','));
    }

    /// <summary>Whether one of the language's abbreviations of "number" ends at <paramref name="w"/>, after a space or at the start.</summary>
    private static bool IsNumberAbbreviation(ReadOnlySpan<char> text, int w, LanguageTable language)
    {
        foreach (string abbreviation in language.NumberAbbreviations)
        {
            int a = w - abbreviation.Length;
            if (a >= 0 && text[a..w].SequenceEqual(abbreviation) && (a == 0 || char.IsWhiteSpace(text[a - 1]))) { return true; }
        }
        return false;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> letters)
    {
        foreach (char c in letters)
        {
            if (!char.IsLower(c)) { return false; }
        }
        return true;
    }
}
