using System.Globalization;
using UnResolutions.Languages;

namespace UnResolutions.Model;

// Resolution and decision references: numbers after the keywords of each language ("resolution(s)", "décision",
// "resoluciones"), lists of them, the organ named before, between or after, roman sessions and Security Council years.
internal static partial class ReferenceFinder
{
    // ---------------------------------------------------------------- resolutions

    private static void FindResolutions(ReadOnlySpan<char> s, int offset, List<Reference> output)
    {
        // The keywords of every language: a French or Spanish paragraph may stand in any document, and the words differ.
        foreach (Keyword keyword in Keywords) { FindKeyword(s, keyword, offset, output); }
    }

    /// <summary>
    /// A keyword form of a language (<c>résolutions</c>): plural or not, decision or resolution, and its longest ASCII run
    /// (<c>solutions</c>). PERF: the run is what is searched, which the runtime vectorizes case-insensitively; the whole
    /// form is compared where the run is found.
    /// </summary>
    private sealed record Keyword(LanguageTable Language, string Form, bool Plural, bool Decision, string Run, int RunStart);

    private static readonly Keyword[] Keywords =
    [
        .. LanguageTable.All.SelectMany(language => new[] { (Forms: language.References.Resolution, Decision: false), (Forms: language.References.Decision, Decision: true) }
            .SelectMany(k => k.Forms.Select((form, f) =>
            {
                (int runStart, int runLength) = AsciiRun(form);
                return new Keyword(language, form, f > 0, k.Decision, form.Substring(runStart, runLength), runStart);
            }))),
    ];

    /// <summary>The lists after each occurrence of a keyword form.</summary>
    private static void FindKeyword(ReadOnlySpan<char> s, Keyword keyword, int offset, List<Reference> output)
    {
        string form = keyword.Form;
        int i = 0;
        while (i < s.Length)
        {
            int r = IndexOf(s, keyword.Run, i, StringComparison.OrdinalIgnoreCase);
            if (r < 0) { break; }
            i = r + 1;
            int k = r - keyword.RunStart;
            if (k < 0 || k + form.Length > s.Length || !s.Slice(k, form.Length).Equals(form, StringComparison.OrdinalIgnoreCase)) { continue; }
            int p = k + form.Length;
            i = p;
            if (k > 0 && char.IsLetter(s[k - 1])) { continue; }
            if (char.IsLetterOrDigit(At(s, p)) || InReportDivision(s, k, keyword.Language.References)) { continue; }
            int end = ParseList(s, p, keyword.Plural, keyword.Decision, OrganBefore(s, k), keyword.Language, offset, output);
            if (end > i) { i = end; }
        }
    }

    /// <summary>Whether the keyword at <paramref name="k"/> follows a report's division (<c>chap. I, sect. C, decision 44/114</c>).</summary>
    private static bool InReportDivision(ReadOnlySpan<char> s, int k, ReferenceWords words)
    {
        int e = k;
        while (e > 0 && Parsing.Scan.IsWordSpace(s[e - 1])) { e--; }
        if (e == k || At(s, e - 1) != ',') { return false; }
        int b = e - 1;
        while (b > 0 && !Parsing.Scan.IsWordSpace(s[b - 1]) && e - 1 - b < 8) { b--; }
        foreach (string division in words.ReportDivisions)
        {
            if (EndsWithWords(s, b, division)) { return true; }
        }
        return false;
    }

    private static (int Start, int Length) AsciiRun(string form)
    {
        int best = 0, bestLength = 0;
        for (int b = 0; b < form.Length;)
        {
            int e = b;
            while (e < form.Length && char.IsAscii(form[e])) { e++; }
            if (e - b > bestLength) { best = b; bestLength = e - b; }
            b = e + 1;
        }
        return bestLength == 0 ? (0, form.Length) : (best, bestLength);
    }

    private static CitedOrgan OrganBefore(ReadOnlySpan<char> s, int k)
    {
        if (EndsWithWords(s, k, "Human Rights Council")) { return CitedOrgan.HumanRightsCouncil; }
        if (EndsWithWords(s, k, "Economic and Social Council")) { return CitedOrgan.EconomicAndSocialCouncil; }
        if (EndsWithWords(s, k, "Security Council")) { return CitedOrgan.SecurityCouncil; }
        if (EndsWithWords(s, k, "General Assembly")) { return CitedOrgan.GeneralAssembly; }
        (int ws, int we) = WordBefore(s, k);
        if (we == ws) { return CitedOrgan.Default; }
        ReadOnlySpan<char> word = s.Slice(ws, we - ws);
        if (word.Length >= 2 && IsAllUpper(word)) { return CitedOrgan.Other; } // IMO, WMO, UNEP…
        bool organWord = IsOrganWord(word);
        if (!organWord) { return NamedBodyBefore(s, k) ? CitedOrgan.Other : CitedOrgan.Default; }
        // A capitalized word before the organ word names another organ (United Nations Environment Assembly,
        // Governing Council…); "the Assembly", "its Council", or the organ word alone is the default organ.
        (int ps, int pe) = WordBefore(s, ws);
        bool named = pe > ps && char.IsUpper(s[ps]) && !s.Slice(ps, pe - ps).EndsWith("ing", StringComparison.Ordinal);
        if (word is "Assembly") { return named ? CitedOrgan.Other : CitedOrgan.GeneralAssembly; }
        if (word is "Council") { return named ? CitedOrgan.Other : CitedOrgan.Default; }
        return CitedOrgan.Other;
    }

    private static bool IsOrganWord(ReadOnlySpan<char> word) =>
        word is "Assembly" or "Council" or "Organization" or "Organisation" or "Commission" or "Conference"
            or "Committee" or "Board" or "Programme" or "Agency" or "Fund" or "Union" or "Forum" or "Parties" or "Meeting";

    /// <summary>
    /// Whether the capitalized words that end at <paramref name="end"/> name a body by an organ word and its complement
    /// ("Commission on Narcotic Drugs decision 63/15", "Commission on Human Rights resolutions 2004/16"): another organ.
    /// </summary>
    private static bool NamedBodyBefore(ReadOnlySpan<char> s, int end)
    {
        int e = end;
        for (int n = 0; n < 6; n++)
        {
            (int ws, int we) = WordBefore(s, e);
            if (we == ws || (we < e && !Parsing.Scan.IsWordSpace(s[we]))) { return false; }
            ReadOnlySpan<char> word = s[ws..we];
            if (IsOrganWord(word)) { return true; }
            // The name ends in a capitalized word ("Women", "Drugs"): "the Security Council of resolution 2500 (2019)" names no body before it.
            if (!char.IsUpper(word[0]) && (n == 0 || word is not ("on" or "of" or "for" or "and" or "the"))) { return false; }
            e = ws;
        }
        return false;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word) { if (!char.IsUpper(c)) { return false; } }
        return true;
    }

    private readonly record struct Item(int Start, int End, ReferenceKind Kind, string? Value, char Part, string? PartBase)
    {
        public string? DateAfterOrgan { get; init; }
    }

    [ThreadStatic] private static List<Item>? t_items;

    /// <summary>Parses the list after the keyword at <paramref name="p"/>; returns where it ends.</summary>
    private static int ParseList(ReadOnlySpan<char> s, int p, bool plural, bool decision, CitedOrgan organ, LanguageTable language, int offset, List<Reference> output)
    {
        int q = SkipSpaces(s, p);
        if (q == p) { return p; }
        // "las resoluciones del Consejo de Seguridad 1325 (2000)": the organ between the keyword and the numbers.
        if (OrganNamed(s, q, language) is { } between)
        {
            int n = SkipSpaces(s, between.End);
            if (n == between.End) { return p; }
            organ = between.Organ;
            q = n;
        }
        // PERF: one list per thread, reused: most keywords open a list of one or two items.
        List<Item> items = t_items ??= new List<Item>(8);
        items.Clear();
        int end = Items(s, q, plural, decision, organ, language.References, items);
        if (items.Count == 0) { return p; }
        // "résolutions 1325 (2000) et 2250 (2015) du Conseil de sécurité", "resolution 31/1 of the Human Rights Council":
        // an organ named after the list is the organ of all of it.
        if (organ == CitedOrgan.Default)
        {
            int a = SkipSpaces(s, SkipDate(s, end, language.References));
            if (a > end && OrganNamed(s, a, language) is { Organ: not CitedOrgan.Default } after)
            {
                items.Clear();
                Items(s, q, plural, decision, after.Organ, language.References, items);
                // ", en date du 1er avril 2022" after the organ is the date of the last item.
                if (DateAfter(s, after.End, language.References, out string? iso) > after.End) { items[^1] = items[^1] with { DateAfterOrgan = iso }; }
            }
        }
        foreach (Item item in items) { Add(s, item.Start, item.End, item.Kind, item.Value, offset, output, item.DateAfterOrgan); }
        return end;
    }

    /// <summary>The items of a list from <paramref name="q"/>, each part letter its own (<c>76/84 A and B</c>); returns the end of the last.</summary>
    private static int Items(ReadOnlySpan<char> s, int q, bool plural, bool decision, CitedOrgan organ, ReferenceWords words, List<Item> items)
    {
        Item? item = TryItem(s, q, organ, decision);
        if (item is null && plural) { item = LeadIn(s, q, organ, decision, words); }
        if (item is null) { return q; }
        int pos = WithParts(s, item.Value, words, items);
        while (true)
        {
            int j = SkipDate(s, pos, words);
            int n = Separator(s, j, words);
            if (n < 0) { break; }
            Item? next = TryItem(s, n, organ, decision);
            if (next is null) { break; }
            pos = WithParts(s, next.Value, words, items);
        }
        return pos;
    }

    /// <summary>Adds the item and any further part letters (<c>A and B</c>); returns the end of the last one.</summary>
    private static int WithParts(ReadOnlySpan<char> s, Item item, ReferenceWords words, List<Item> items)
    {
        items.Add(item);
        int pos = item.End;
        if (item.Part == '\0') { return pos; }
        while (true)
        {
            int n = Separator(s, pos, words);
            if (n < 0 || !IsUpper(At(s, n)) || !PartBoundary(s, n + 1)) { return pos; }
            string? value = item.PartBase is null ? null : item.PartBase + " " + s[n];
            items.Add(new Item(n, n + 1, item.Kind, value, '\0', null));
            pos = n + 1;
        }
    }

    private static void Add(ReadOnlySpan<char> s, int start, int end, ReferenceKind kind, string? value, int offset, List<Reference> output, string? dateAfterOrgan = null)
    {
        if (value is null || end <= start) { return; }
        output.Add(new Reference(kind, Str(s, start, end - start), value, unchecked(offset + start), end - start) { DateAfterOrgan = dateAfterOrgan });
    }

    /// <summary>
    /// An organ named at <paramref name="i"/> with the language's link (<c>of the Human Rights Council</c>, <c>du Conseil
    /// de sécurité</c>, <c>de l’Assemblée générale</c>, <c>del Consejo</c>): the organ and where its name ends, or null.
    /// "Council" alone does not say which (<see cref="CitedOrgan.Default"/>), "Assembly" alone is the General Assembly, and
    /// another capitalized name (<c>du Conseil d’administration</c>, <c>de la Commission des stupéfiants</c>) is
    /// <see cref="CitedOrgan.Other"/>.
    /// </summary>
    private static (CitedOrgan Organ, int End)? OrganNamed(ReadOnlySpan<char> s, int i, LanguageTable language)
    {
        ReferenceWords words = language.References;
        foreach (string link in words.OrganLinks)
        {
            if (!s[i..].StartsWith(link, StringComparison.Ordinal)) { continue; }
            int j = i + link.Length;
            for (int o = 0; o < language.OrganNames.Length && o < OrganOfName.Length; o++)
            {
                int n = MatchText(s, j, language.OrganNames[o]);
                if (n > 0 && !char.IsLetter(At(s, j + n))) { return (OrganOfName[o], j + n); }
            }
            if (!char.IsUpper(At(s, j))) { return null; }
            int w = j;
            while (w < s.Length && char.IsLetter(s[w])) { w++; }
            ReadOnlySpan<char> word = s[j..w];
            bool alone = IsBare(s, w, words);
            if (word.SequenceEqual(words.Assembly)) { return (alone ? CitedOrgan.GeneralAssembly : CitedOrgan.Other, w); }
            if (word.SequenceEqual(words.Council)) { return (alone ? CitedOrgan.Default : CitedOrgan.Other, w); }
            return (CitedOrgan.Other, w);
        }
        return null;
    }

    /// <summary>The organs of <see cref="LanguageTable.OrganNames"/>, in its order.</summary>
    private static readonly CitedOrgan[] OrganOfName = [CitedOrgan.GeneralAssembly, CitedOrgan.SecurityCouncil, CitedOrgan.EconomicAndSocialCouncil, CitedOrgan.HumanRightsCouncil];

    /// <summary>Whether an organ word ending at <paramref name="w"/> stands alone: no name continues it (<c>Conseil d’administration</c>, <c>Consejo Ejecutivo</c>).</summary>
    private static bool IsBare(ReadOnlySpan<char> s, int w, ReferenceWords words)
    {
        int n = SkipSpaces(s, w);
        if (!char.IsLetter(At(s, n))) { return At(s, w) is not ('’' or '\''); }
        if (n == w) { return false; }
        foreach (string joiner in words.Joiners) { if (WordAt(s, n, joiner)) { return true; } }
        // "de la résolution 47/22 du Conseil en date du 13 juillet 2021": a date follows, not a name.
        return SkipDate(s, w, words) > w;
    }

    /// <summary>The length of <paramref name="text"/> at <paramref name="i"/> (the two apostrophes the same letter), or 0.</summary>
    private static int MatchText(ReadOnlySpan<char> s, int i, string text)
    {
        if (i + text.Length > s.Length) { return 0; }
        for (int k = 0; k < text.Length; k++)
        {
            char a = s[i + k], b = text[k];
            if (a != b && !(a is '’' or '\'' && b is '’' or '\'')) { return 0; }
        }
        return text.Length;
    }

    /// <summary>After a plural keyword: a short lead-in (<c>on Iraq, in particular</c>) before the first item.</summary>
    private static Item? LeadIn(ReadOnlySpan<char> s, int q, CitedOrgan organ, bool decision, ReferenceWords words)
    {
        int limit = Math.Min(s.Length, q + 100);
        for (int i = q; i < limit; i++)
        {
            char c = s[i];
            if (c is ';' or ':' or '.') { return null; }
            if (i > 0 && char.IsLetter(s[i - 1])) { continue; }
            foreach (string leadIn in words.LeadIns)
            {
                if (!WordAt(s, i, leadIn)) { continue; }
                int after = i + leadIn.Length;
                int n = SkipSpaces(s, after);
                return n > after ? TryItem(s, n, organ, decision) : null;
            }
        }
        return null;
    }

    /// <summary>A list separator at <paramref name="i"/>: a comma, a joiner (<c>and</c>, <c>et</c>, <c>y</c>), or both, with spaces; returns the position after it, or -1.</summary>
    private static int Separator(ReadOnlySpan<char> s, int i, ReferenceWords words)
    {
        // A space before the comma is where a footnote reference was blanked ("20113, S-17/1": note 3 before the comma).
        int j = SkipSpaces(s, i);
        bool comma = At(s, j) == ',';
        if (comma) { j++; } else { j = i; }
        j = SkipSpaces(s, j);
        foreach (string joiner in words.Joiners)
        {
            if (WordAt(s, j, joiner) && Parsing.Scan.IsWordSpace(At(s, j + joiner.Length)))
            {
                if (!comma && j == i) { return -1; } // "…Band" is not a separator
                return SkipSpaces(s, j + joiner.Length);
            }
        }
        return comma ? j : -1;
    }

    /// <summary>
    /// Skips the date of a list item (<c> of 19 December 1994</c>, <c> du 25 septembre 2015</c>, <c>, de 25 de septiembre
    /// de 2015</c>, and a footnote number glued to the year).
    /// </summary>
    private static int SkipDate(ReadOnlySpan<char> s, int i, ReferenceWords words) => DateAfter(s, i, words, out _);

    /// <summary>The end of the date linked at <paramref name="i"/> (see <see cref="SkipDate"/>) and its ISO form; <paramref name="i"/> when there is none.</summary>
    private static int DateAfter(ReadOnlySpan<char> s, int i, ReferenceWords words, out string? iso)
    {
        iso = null;
        int j = At(s, i) == ',' ? i + 1 : i;
        int w = SkipSpaces(s, j);
        if (w == j) { return i; }
        foreach (string link in words.DateLinks)
        {
            if (!WordAt(s, w, link)) { continue; }
            int d = SkipSpaces(s, w + link.Length);
            if (d == w + link.Length || !TryDate(s, d, out int end, out iso)) { continue; }
            while (end < s.Length && IsDigit(s[end])) { end++; }
            return end;
        }
        return i;
    }

    private static bool PartBoundary(ReadOnlySpan<char> s, int i)
    {
        char c = At(s, i);
        return !(IsAsciiAlnum(c) || c == '/' || IsHyphen(c) || char.IsLetter(c));
    }

    private static Item? TryItem(ReadOnlySpan<char> s, int i, CitedOrgan organ, bool decision)
    {
        // ES-10/24 and S-30/1: emergency and special sessions.
        string prefix = "";
        int j = i;
        if (At(s, j) == 'E' && At(s, j + 1) == 'S' && IsHyphen(At(s, j + 2))) { prefix = "ES-"; j += 3; }
        else if (At(s, j) == 'S' && IsHyphen(At(s, j + 1))) { prefix = "S-"; j += 2; }
        if (j > i && (i > 0 && IsAsciiAlnum(s[i - 1]))) { return null; }

        int n1 = Digits(s, j);
        if (n1 == 0 || n1 > 4 || s[j] == '0') { return null; }
        string first = Str(s, j, n1);
        int k = j + n1;

        if (At(s, k) == '/')
        {
            int n2 = Digits(s, k + 1);
            if (n2 == 0 || n2 > 4 || s[k + 1] == '0') { return null; }
            string second = Str(s, k + 1, n2);
            int end = k + 1 + n2;
            char next = At(s, end);
            if (char.IsLetter(next) || next == '/') { return null; }
            (end, char part) = PartLetter(s, end);
            string? baseValue = SessionValue(organ, prefix, first, second, n1, decision);
            string? value = baseValue is null ? null : part == '\0' ? baseValue : baseValue + " " + part;
            return new Item(i, end, decision ? ReferenceKind.Decision : ReferenceKind.Resolution, value, part, baseValue);
        }
        // Decisions are numbered session/number only: "décision 1/CP.21" and years in brackets are no decision of an organ here.
        if (prefix.Length > 0 || decision) { return null; }

        // 2334 (2016), 2758 (XXVI), 2200 A (XXI)
        (int afterPart, char partLetter) = PartLetter(s, k);
        int open = SkipSpaces(s, afterPart);
        if (open == afterPart || At(s, open) != '(') { return null; }
        int c = open + 1;
        int yearDigits = Digits(s, c);
        if (partLetter == '\0' && yearDigits == 4 && At(s, c + 4) == ')')
        {
            int year = int.Parse(s.Slice(c, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            if (year is < 1946 or > 2099) { return null; }
            string? value = organ is CitedOrgan.Default or CitedOrgan.SecurityCouncil ? "S/RES/" + first + " (" + Str(s, c, 4) + ")" : null;
            return new Item(i, c + 5, ReferenceKind.SecurityCouncilResolution, value, '\0', null);
        }
        int r = c;
        while (r < s.Length && s[r] is 'I' or 'V' or 'X' or 'L') { r++; }
        if (r == c || r - c > 8 || At(s, r) != ')') { return null; }
        string roman = Str(s, c, r - c);
        string letter = partLetter == '\0' ? "" : " " + partLetter;
        string? romanValue = organ switch
        {
            CitedOrgan.Default or CitedOrgan.GeneralAssembly => $"A/RES/{first}{letter} ({roman})",
            CitedOrgan.EconomicAndSocialCouncil => $"E/RES/{first}{letter} ({roman})",
            _ => null,
        };
        return new Item(i, r + 1, ReferenceKind.Resolution, romanValue, '\0', null);
    }

    /// <summary>A part letter after a resolution number (<c> A</c>): returns the end and the letter, or the input and '\0'.</summary>
    private static (int End, char Part) PartLetter(ReadOnlySpan<char> s, int i)
    {
        int j = SkipSpaces(s, i);
        if (j == i || j - i > 2 || !IsUpper(At(s, j)) || !PartBoundary(s, j + 1)) { return (i, '\0'); }
        // "I" alone could be a pronoun in prose, but resolution parts never run that far; a following "(" is a roman session.
        return (j + 1, s[j]);
    }

    /// <summary>The symbol of a session/number (or year/number): <c>A/RES/70/1</c>, <c>E/RES/2016/1</c>, <c>A/HRC/RES/31/1</c>; <c>/DEC/</c> for a decision.</summary>
    private static string? SessionValue(CitedOrgan organ, string prefix, string first, string second, int firstDigits, bool decision)
    {
        string series = decision ? "DEC" : "RES";
        if (firstDigits == 4)
        {
            if (prefix.Length > 0) { return null; }
            int year = int.Parse(first, NumberStyles.None, CultureInfo.InvariantCulture);
            if (year is < 1946 or > 2099) { return null; }
            return organ is CitedOrgan.Default or CitedOrgan.EconomicAndSocialCouncil ? $"E/{series}/{first}/{second}" : null;
        }
        switch (organ)
        {
            case CitedOrgan.Default:
            case CitedOrgan.GeneralAssembly:
                if (prefix.Length == 0 && int.Parse(first, NumberStyles.None, CultureInfo.InvariantCulture) < 31) { return null; }
                return $"A/{series}/{prefix}{first}/{second}";
            case CitedOrgan.HumanRightsCouncil:
                return prefix == "ES-" ? null : $"A/HRC/{series}/{prefix}{first}/{second}";
            default:
                return null;
        }
    }
}
