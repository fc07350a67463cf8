using System.Globalization;

namespace UnResolutions.Model;

/// <summary>
/// Finds the cross-references in the text of a paragraph, sub-paragraph or footnote: resolutions, Security Council
/// resolutions, document symbols and dates. A hand-written scanner: no regular expressions, no reflection, a bounded
/// amount of work per character, and it never throws.
/// </summary>
/// <remarks>
/// <para><b>Resolutions</b> are only found after the word <c>resolution</c> or <c>resolutions</c> (any case). The organ is
/// taken from the words just before it (<c>General Assembly</c>, <c>Assembly</c>, <c>Security Council</c>,
/// <c>Human Rights Council</c>, <c>Economic and Social Council</c>); another named organ (<c>United Nations Environment
/// Assembly</c>, <c>World Meteorological Organization</c>, an acronym such as <c>IMO</c>) makes the numbers not
/// references. With no organ named, the form decides:</para>
/// <list type="bullet">
/// <item><c>49/108</c> (session 31 or later), <c>ES-10/24</c>, <c>S-30/1</c>: the General Assembly, value <c>A/RES/49/108</c>,
/// <c>A/RES/ES-10/24</c>, <c>A/RES/S-30/1</c>. A session/number before session 31 is not a General Assembly form
/// (the Assembly numbered <c>N (ROMAN)</c> until then), so with no organ it is skipped.</item>
/// <item>A part letter stays in the text and the value after a space: <c>66/240 A</c> gives <c>A/RES/66/240 A</c>;
/// in <c>76/84 A and B</c> the second part is its own reference, text <c>B</c>, value <c>A/RES/76/84 B</c>.</item>
/// <item><c>2016/1</c> (a year, 1946–2099): the Economic and Social Council, value <c>E/RES/2016/1</c>.</item>
/// <item><c>2758 (XXVI)</c>, <c>2200 A (XXI)</c>: the General Assembly, value <c>A/RES/2758 (XXVI)</c>, <c>A/RES/2200 A (XXI)</c>
/// (<c>E/RES/…</c> after <c>Economic and Social Council</c>).</item>
/// <item><c>2334 (2016)</c>: the Security Council, <see cref="ReferenceKind.SecurityCouncilResolution"/>, value <c>S/RES/2334 (2016)</c>.</item>
/// <item>After <c>Human Rights Council</c>, <c>31/1</c> or <c>S-30/1</c> gives <c>A/HRC/RES/31/1</c>, <c>A/HRC/RES/S-30/1</c>.</item>
/// </list>
/// <para>A list continues the context: each item may be followed by <c>of &lt;date&gt;</c> and is separated from the next
/// by a comma, <c>and</c>, or both (<c>49/108 of 19 December 1994, 51/170 of 16 December 1996 … and 69/235 of …</c>).
/// After the plural <c>resolutions</c>, a short lead-in ending in <c>in particular</c> or <c>including</c> is allowed
/// (<c>resolutions on Iraq, in particular 1500 (2003), 1546 (2004) …</c>). Decisions (<c>decision 78/560</c>,
/// <c>decision 1/CP.21</c>) are never references.</para>
/// <para><b>Document symbols</b> have at least two slash-separated segments, the first starting with a capital and holding
/// no lower-case letter, and a digit after the first segment or a dot in it (<c>A/71/467/Add.2</c>,
/// <c>GC.15/INF/4</c>, <c>GB.346/Decisions</c>). A trailing period is not part of a symbol. A joint symbol
/// <c>A/56/1026-S/2002/932</c> gives two symbols, <c>A/56/1026</c> and <c>S/2002/932</c>. The symbol of a Security
/// Council resolution keeps the year that follows it (<c>S/RES/2334 (2016)</c>). Symbol-shaped numbers of other bodies
/// are symbols too (<c>GC.18/Res.3</c>, <c>EC-57/1</c>). Not symbols: a bare
/// resolution number (<c>ES-10/24</c>), a roman first segment (<c>IX/16</c>, <c>XI-1/6</c>), and anything right after
/// <c>decision</c> or <c>regulation</c>. After the word <c>document</c>, the spaced form of some agencies is also a
/// symbol (<c>document MSC 81/25/Add.1</c>).</para>
/// <para><b>Dates</b> are <c>day Month year</c> with English month names and ordinary or no-break spaces, normalized to
/// ISO 8601; an impossible calendar date is skipped. In a range only the full date is found (<c>from 17 to 22 July 2016</c>
/// and <c>9-13 May 2011</c> give <c>22 July 2016</c> and <c>13 May 2011</c>). A footnote number glued to the year
/// (<c>22 May 20045</c>) is left out of the text.</para>
/// <para>A list item with a date gives two references, the resolution and the date. The result is in order of
/// position, without overlaps.</para>
/// </remarks>
internal static class ReferenceFinder
{
    private enum Organ { Default, GeneralAssembly, SecurityCouncil, HumanRightsCouncil, EconomicAndSocialCouncil, Other }

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>
    /// The references in <paramref name="text"/>, in order of position and without overlaps.
    /// </summary>
    /// <param name="text">The exact source text of a paragraph body (or any string).</param>
    /// <param name="sourceOffset">The offset of <paramref name="text"/> in the source; added to every <see cref="Reference.Start"/>.</param>
    public static List<Reference> Find(string text, int sourceOffset)
    {
        var found = new List<Reference>();
        if (string.IsNullOrEmpty(text)) { return found; }
        FindResolutions(text, sourceOffset, found);
        FindSymbols(text, sourceOffset, found);
        FindDates(text, sourceOffset, found);
        found.Sort(static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : Priority(a.Kind) != Priority(b.Kind) ? Priority(a.Kind).CompareTo(Priority(b.Kind))
            : b.Length.CompareTo(a.Length));
        var result = new List<Reference>(found.Count);
        long end = long.MinValue;
        foreach (Reference r in found)
        {
            if (r.Start < end) { continue; }
            result.Add(r);
            end = (long)r.Start + r.Length;
        }
        return result;
    }

    private static int Priority(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Resolution or ReferenceKind.SecurityCouncilResolution => 0,
        ReferenceKind.DocumentSymbol => 1,
        _ => 2,
    };

    // ---------------------------------------------------------------- characters

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F';
    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
    private static bool IsDigit(char c) => c is >= '0' and <= '9';
    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';
    private static bool IsLower(char c) => c is >= 'a' and <= 'z';
    private static bool IsAsciiLetter(char c) => IsUpper(c) || IsLower(c);
    private static bool IsAsciiAlnum(char c) => IsAsciiLetter(c) || IsDigit(c);
    private static bool IsSymbolChar(char c) => IsAsciiAlnum(c) || c is '.' or '/' || IsHyphen(c);

    private static char At(string s, int i) => (uint)i < (uint)s.Length ? s[i] : '\0';

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && IsSpace(s[i])) { i++; }
        return i;
    }

    private static int Digits(string s, int i)
    {
        int j = i;
        while (j < s.Length && IsDigit(s[j])) { j++; }
        return j - i;
    }

    /// <summary>Whether <paramref name="word"/> (lower case) is at <paramref name="i"/>, case-insensitively, followed by a non-letter.</summary>
    private static bool WordAt(string s, int i, string word)
    {
        if (i < 0 || i + word.Length > s.Length) { return false; }
        if (string.Compare(s, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0) { return false; }
        return !char.IsLetter(At(s, i + word.Length));
    }

    /// <summary>The word that ends just before <paramref name="end"/> (exclusive), skipping spaces first.</summary>
    private static (int Start, int End) WordBefore(string s, int end)
    {
        int e = end;
        while (e > 0 && IsSpace(s[e - 1])) { e--; }
        int b = e;
        while (b > 0 && char.IsLetter(s[b - 1])) { b--; }
        return (b, e);
    }

    private static bool EndsWithWords(string s, int end, string words)
    {
        int e = end;
        while (e > 0 && IsSpace(s[e - 1])) { e--; }
        int b = e - words.Length;
        if (b < 0 || string.CompareOrdinal(s, b, words, 0, words.Length) != 0) { return false; }
        return b == 0 || !char.IsLetter(s[b - 1]);
    }

    // ---------------------------------------------------------------- resolutions

    private static void FindResolutions(string s, int offset, List<Reference> output)
    {
        int i = 0;
        while (i < s.Length)
        {
            int k = s.IndexOf("resolution", i, StringComparison.OrdinalIgnoreCase);
            if (k < 0) { break; }
            i = k + "resolution".Length;
            if (k > 0 && char.IsLetter(s[k - 1])) { continue; }
            int p = i;
            bool plural = At(s, p) is 's' or 'S';
            if (plural) { p++; }
            if (char.IsLetterOrDigit(At(s, p))) { continue; }
            int end = ParseList(s, p, plural, OrganBefore(s, k), offset, output);
            if (end > i) { i = end; }
        }
    }

    private static Organ OrganBefore(string s, int k)
    {
        if (EndsWithWords(s, k, "Human Rights Council")) { return Organ.HumanRightsCouncil; }
        if (EndsWithWords(s, k, "Economic and Social Council")) { return Organ.EconomicAndSocialCouncil; }
        if (EndsWithWords(s, k, "Security Council")) { return Organ.SecurityCouncil; }
        if (EndsWithWords(s, k, "General Assembly")) { return Organ.GeneralAssembly; }
        (int ws, int we) = WordBefore(s, k);
        if (we == ws) { return Organ.Default; }
        string word = s.Substring(ws, we - ws);
        if (word.Length >= 2 && word.All(char.IsUpper)) { return Organ.Other; } // IMO, WMO, UNEP…
        bool organWord = word is "Assembly" or "Council" or "Organization" or "Organisation" or "Commission" or "Conference"
            or "Committee" or "Board" or "Programme" or "Agency" or "Fund" or "Union" or "Forum" or "Parties" or "Meeting";
        if (!organWord) { return Organ.Default; }
        // A capitalized word before the organ word names another organ (United Nations Environment Assembly,
        // Governing Council…); "the Assembly", "its Council", or the organ word alone is the default organ.
        (int ps, int pe) = WordBefore(s, ws);
        bool named = pe > ps && char.IsUpper(s[ps]) && !s.AsSpan(ps, pe - ps).EndsWith("ing", StringComparison.Ordinal);
        if (word == "Assembly") { return named ? Organ.Other : Organ.GeneralAssembly; }
        if (word == "Council") { return named ? Organ.Other : Organ.Default; }
        return Organ.Other;
    }

    private readonly record struct Item(int Start, int End, ReferenceKind Kind, string? Value, char Part, string? PartBase);

    /// <summary>Parses the list after the word resolution(s) at <paramref name="p"/>; returns where it ends.</summary>
    private static int ParseList(string s, int p, bool plural, Organ organ, int offset, List<Reference> output)
    {
        int q = SkipSpaces(s, p);
        if (q == p) { return p; }
        Item? item = TryItem(s, q, organ);
        if (item is null && plural) { item = LeadIn(s, q, organ); }
        if (item is null) { return p; }
        int pos = Emit(s, item.Value, offset, output);
        while (true)
        {
            int j = SkipDate(s, pos);
            int n = Separator(s, j);
            if (n < 0) { break; }
            Item? next = TryItem(s, n, organ);
            if (next is null) { break; }
            pos = Emit(s, next.Value, offset, output);
        }
        return pos;
    }

    /// <summary>Emits the item and any further part letters (<c>A and B</c>); returns the end of the last one.</summary>
    private static int Emit(string s, Item item, int offset, List<Reference> output)
    {
        Add(s, item.Start, item.End, item.Kind, item.Value, offset, output);
        int pos = item.End;
        if (item.Part == '\0') { return pos; }
        while (true)
        {
            int n = Separator(s, pos);
            if (n < 0 || !IsUpper(At(s, n)) || !PartBoundary(s, n + 1)) { return pos; }
            string? value = item.PartBase is null ? null : item.PartBase + " " + s[n];
            Add(s, n, n + 1, item.Kind, value, offset, output);
            pos = n + 1;
        }
    }

    private static void Add(string s, int start, int end, ReferenceKind kind, string? value, int offset, List<Reference> output)
    {
        if (value is null || end <= start) { return; }
        output.Add(new Reference(kind, s.Substring(start, end - start), value, unchecked(offset + start), end - start));
    }

    /// <summary>After <c>resolutions</c>: a short lead-in (<c>on Iraq, in particular</c>) before the first item.</summary>
    private static Item? LeadIn(string s, int q, Organ organ)
    {
        int limit = Math.Min(s.Length, q + 100);
        for (int i = q; i < limit; i++)
        {
            char c = s[i];
            if (c is ';' or ':' or '.') { return null; }
            if (i > 0 && char.IsLetter(s[i - 1])) { continue; }
            int after;
            if (WordAt(s, i, "in particular")) { after = i + "in particular".Length; }
            else if (WordAt(s, i, "including")) { after = i + "including".Length; }
            else { continue; }
            int n = SkipSpaces(s, after);
            return n > after ? TryItem(s, n, organ) : null;
        }
        return null;
    }

    /// <summary>A list separator at <paramref name="i"/>: a comma, <c>and</c>, or both, with spaces; returns the position after it, or -1.</summary>
    private static int Separator(string s, int i)
    {
        int j = i;
        bool comma = At(s, j) == ',';
        if (comma) { j++; }
        j = SkipSpaces(s, j);
        if (WordAt(s, j, "and") && IsSpace(At(s, j + 3)))
        {
            if (!comma && j == i) { return -1; } // "…Band" is not a separator
            return SkipSpaces(s, j + 3);
        }
        return comma ? j : -1;
    }

    /// <summary>Skips <c> of 19 December 1994</c> (and a footnote number glued to the year) after a list item.</summary>
    private static int SkipDate(string s, int i)
    {
        int j = SkipSpaces(s, i);
        if (j == i || !WordAt(s, j, "of")) { return i; }
        int d = SkipSpaces(s, j + 2);
        if (d == j + 2 || !TryDate(s, d, out int end, out _)) { return i; }
        while (end < s.Length && IsDigit(s[end])) { end++; }
        return end;
    }

    private static bool PartBoundary(string s, int i)
    {
        char c = At(s, i);
        return !(IsAsciiAlnum(c) || c == '/' || IsHyphen(c) || char.IsLetter(c));
    }

    private static Item? TryItem(string s, int i, Organ organ)
    {
        // ES-10/24 and S-30/1: emergency and special sessions.
        string prefix = "";
        int j = i;
        if (At(s, j) == 'E' && At(s, j + 1) == 'S' && IsHyphen(At(s, j + 2))) { prefix = "ES-"; j += 3; }
        else if (At(s, j) == 'S' && IsHyphen(At(s, j + 1))) { prefix = "S-"; j += 2; }
        if (j > i && (i > 0 && IsAsciiAlnum(s[i - 1]))) { return null; }

        int n1 = Digits(s, j);
        if (n1 == 0 || n1 > 4 || s[j] == '0') { return null; }
        string first = s.Substring(j, n1);
        int k = j + n1;

        if (At(s, k) == '/')
        {
            int n2 = Digits(s, k + 1);
            if (n2 == 0 || n2 > 4 || s[k + 1] == '0') { return null; }
            string second = s.Substring(k + 1, n2);
            int end = k + 1 + n2;
            char next = At(s, end);
            if (char.IsLetter(next) || next == '/') { return null; }
            (end, char part) = PartLetter(s, end);
            string? baseValue = SessionValue(organ, prefix, first, second, n1);
            string? value = baseValue is null ? null : part == '\0' ? baseValue : baseValue + " " + part;
            return new Item(i, end, ReferenceKind.Resolution, value, part, baseValue);
        }
        if (prefix.Length > 0) { return null; }

        // 2334 (2016), 2758 (XXVI), 2200 A (XXI)
        (int afterPart, char partLetter) = PartLetter(s, k);
        int open = SkipSpaces(s, afterPart);
        if (open == afterPart || At(s, open) != '(') { return null; }
        int c = open + 1;
        int yearDigits = Digits(s, c);
        if (partLetter == '\0' && yearDigits == 4 && At(s, c + 4) == ')')
        {
            int year = int.Parse(s.AsSpan(c, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            if (year is < 1946 or > 2099) { return null; }
            string? value = organ is Organ.Default or Organ.SecurityCouncil ? "S/RES/" + first + " (" + s.Substring(c, 4) + ")" : null;
            return new Item(i, c + 5, ReferenceKind.SecurityCouncilResolution, value, '\0', null);
        }
        int r = c;
        while (r < s.Length && s[r] is 'I' or 'V' or 'X' or 'L') { r++; }
        if (r == c || r - c > 8 || At(s, r) != ')') { return null; }
        string roman = s.Substring(c, r - c);
        string letter = partLetter == '\0' ? "" : " " + partLetter;
        string? romanValue = organ switch
        {
            Organ.Default or Organ.GeneralAssembly => $"A/RES/{first}{letter} ({roman})",
            Organ.EconomicAndSocialCouncil => $"E/RES/{first}{letter} ({roman})",
            _ => null,
        };
        return new Item(i, r + 1, ReferenceKind.Resolution, romanValue, '\0', null);
    }

    /// <summary>A part letter after a resolution number (<c> A</c>): returns the end and the letter, or the input and '\0'.</summary>
    private static (int End, char Part) PartLetter(string s, int i)
    {
        int j = SkipSpaces(s, i);
        if (j == i || j - i > 2 || !IsUpper(At(s, j)) || !PartBoundary(s, j + 1)) { return (i, '\0'); }
        // "I" alone could be a pronoun in prose, but resolution parts never run that far; a following "(" is a roman session.
        return (j + 1, s[j]);
    }

    private static string? SessionValue(Organ organ, string prefix, string first, string second, int firstDigits)
    {
        if (firstDigits == 4)
        {
            if (prefix.Length > 0) { return null; }
            int year = int.Parse(first, NumberStyles.None, CultureInfo.InvariantCulture);
            if (year is < 1946 or > 2099) { return null; }
            return organ is Organ.Default or Organ.EconomicAndSocialCouncil ? $"E/RES/{first}/{second}" : null;
        }
        switch (organ)
        {
            case Organ.Default:
            case Organ.GeneralAssembly:
                if (prefix.Length == 0 && int.Parse(first, NumberStyles.None, CultureInfo.InvariantCulture) < 31) { return null; }
                return $"A/RES/{prefix}{first}/{second}";
            case Organ.HumanRightsCouncil:
                return prefix == "ES-" ? null : $"A/HRC/RES/{prefix}{first}/{second}";
            default:
                return null;
        }
    }

    // ---------------------------------------------------------------- dates

    private static void FindDates(string s, int offset, List<Reference> output)
    {
        for (int i = 0; i < s.Length; i++)
        {
            // PERF: jump to the next digit (vectorized) instead of testing every character.
            int next = s.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (next < 0) { break; }
            i += next;
            if (i > 0 && IsDigit(s[i - 1])) { continue; }
            if (TryDate(s, i, out int end, out string? iso))
            {
                Add(s, i, end, ReferenceKind.Date, iso, offset, output);
                i = end - 1;
            }
        }
    }

    /// <summary>A date <c>19 December 1994</c> at <paramref name="i"/>; <paramref name="end"/> is after the four-digit year.</summary>
    private static bool TryDate(string s, int i, out int end, out string? iso)
    {
        end = i;
        iso = null;
        int dayDigits = Digits(s, i);
        if (dayDigits is 0 or > 2) { return false; }
        int day = s[i] - '0';
        if (dayDigits == 2) { day = day * 10 + (s[i + 1] - '0'); }
        int m = SkipSpaces(s, i + dayDigits);
        if (m == i + dayDigits || m - (i + dayDigits) > 2) { return false; }
        // PERF: most digits are not days; a month starts with one of these capitals.
        if (m >= s.Length || s[m] is not ('J' or 'F' or 'M' or 'A' or 'S' or 'O' or 'N' or 'D')) { return false; }
        for (int month = 1; month <= 12; month++)
        {
            string name = Months[month - 1];
            if (name[0] != s[m]) { continue; }
            if (m + name.Length > s.Length || string.CompareOrdinal(s, m, name, 0, name.Length) != 0) { continue; }
            int y = SkipSpaces(s, m + name.Length);
            if (y == m + name.Length || y - (m + name.Length) > 2) { return false; }
            if (Digits(s, y) < 4) { return false; }
            int year = int.Parse(s.AsSpan(y, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            if (year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month)) { return false; }
            end = y + 4;
            iso = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- document symbols

    private static void FindSymbols(string s, int offset, List<Reference> output)
    {
        int i = 0;
        bool joint = false; // the previous symbol ended at a "-" that joins two symbols (A/56/1026-S/2002/932)
        while (i < s.Length)
        {
            // PERF: every symbol holds a slash; jump to the next one and back to where its run of symbol
            // characters starts (the only place a symbol through that slash can start), instead of trying
            // every capital letter of the text.
            if (!joint)
            {
                int slash = s.IndexOf('/', i);
                if (slash < 0) { break; }
                int b = slash;
                while (b > i && IsSymbolChar(s[b - 1])) { b--; }
                if (b > i || i == 0 || !IsSymbolChar(s[i - 1])) { i = b; }
                else { i = slash + 1; continue; }
            }
            char c = s[i];
            bool start = IsUpper(c) && (joint || i == 0 || !IsSymbolChar(s[i - 1]));
            joint = false;
            if (!start) { i++; continue; }
            int end = ScanSymbol(s, i, out bool joined);
            if (end > i && IsSymbol(s, i, end) && !AfterDecision(s, i))
            {
                end = SecurityCouncilYear(s, i, end);
                Add(s, i, end, ReferenceKind.DocumentSymbol, s.Substring(i, end - i), offset, output);
            }
            if (joined) { i = end + 1; joint = true; }
            else { i = Math.Max(end, i + 1); }
        }
        FindSpacedSymbols(s, offset, output);
    }

    /// <summary>The symbol of a Security Council resolution takes its year: <c>S/RES/2334 (2016)</c>.</summary>
    private static int SecurityCouncilYear(string s, int start, int end)
    {
        if (string.CompareOrdinal(s, start, "S/RES/", 0, 6) != 0 || end - start <= 6 || !IsAllDigits(s.AsSpan(start + 6, end - start - 6))) { return end; }
        int open = SkipSpaces(s, end);
        if (open == end || open - end > 1 || At(s, open) != '(' || Digits(s, open + 1) != 4 || At(s, open + 5) != ')') { return end; }
        return open + 6;
    }

    /// <summary>Scans a symbol-shaped run from <paramref name="start"/>; returns its end (trailing periods and hyphens trimmed).</summary>
    private static int ScanSymbol(string s, int start, out bool joined)
    {
        joined = false;
        int j = start;
        while (j < s.Length && (IsUpper(s[j]) || IsDigit(s[j]) || s[j] == '.' || IsHyphen(s[j]))) { j++; }
        if (At(s, j) != '/') { return j; }
        int end = j;
        while (At(s, j) == '/')
        {
            int segEnd = ScanSegment(s, j + 1, out joined);
            if (segEnd == j + 1) { break; }
            end = segEnd;
            j = segEnd;
            if (joined) { break; }
        }
        if (joined) { return end; }
        while (end > start && (s[end - 1] == '.' || IsHyphen(s[end - 1]))) { end--; }
        return end;
    }

    private static int ScanSegment(string s, int i, out bool joined)
    {
        joined = false;
        int j = i;
        bool allDigits = true;
        while (j < s.Length)
        {
            char c = s[j];
            if (IsDigit(c) || c == '.') { allDigits &= IsDigit(c); j++; continue; }
            if (IsAsciiLetter(c))
            {
                // "110General": a symbol glued to the next word of a running header.
                if (allDigits && j > i && IsUpper(c) && IsLower(At(s, j + 1))) { break; }
                allDigits = false;
                j++;
                continue;
            }
            if (IsHyphen(c))
            {
                // "1026-S/2002": a hyphen between a number and the next symbol joins two symbols.
                if (j > i && IsDigit(s[j - 1]))
                {
                    int u = j + 1;
                    while (u < s.Length && IsUpper(s[u])) { u++; }
                    if (u > j + 1 && At(s, u) == '/') { joined = true; break; }
                }
                allDigits = false;
                j++;
                continue;
            }
            if (c == '(' && j > i && IsAsciiLetter(s[j - 1]))
            {
                // "4.8.Doc(2)"
                int d = Digits(s, j + 1);
                if (d is > 0 and <= 3 && At(s, j + 1 + d) == ')') { j += d + 2; allDigits = false; continue; }
            }
            break;
        }
        return j;
    }

    private static bool IsSymbol(string s, int start, int end)
    {
        ReadOnlySpan<char> text = s.AsSpan(start, end - start);
        int slash = text.IndexOf('/');
        if (slash <= 0 || slash == text.Length - 1) { return false; }
        ReadOnlySpan<char> first = text[..slash];
        ReadOnlySpan<char> rest = text[(slash + 1)..];
        if (rest.Contains("//", StringComparison.Ordinal) || rest[^1] == '/') { return false; }
        bool digitAfterFirst = false;
        foreach (char c in rest) { digitAfterFirst |= IsDigit(c); }
        if (!digitAfterFirst && first.IndexOf('.') < 0) { return false; }
        bool anyDigit = digitAfterFirst;
        foreach (char c in first) { anyDigit |= IsDigit(c); }
        if (!anyDigit) { return false; }
        // Roman first segment: decisions of conferences of parties (IX/16) and regulations (XI-1/6).
        int r = 0;
        while (r < first.Length && first[r] is 'I' or 'V' or 'X') { r++; }
        if (r > 0 && (r == first.Length || (IsHyphen(first[r]) && IsAllDigits(first[(r + 1)..])))) { return false; }
        // A bare resolution number: ES-10/24, S-30/1.
        if (rest.IndexOf('/') < 0 && IsAllDigits(rest))
        {
            int h = first.StartsWith("ES", StringComparison.Ordinal) ? 2 : first.StartsWith("S", StringComparison.Ordinal) ? 1 : -1;
            if (h > 0 && h < first.Length && IsHyphen(first[h]) && IsAllDigits(first[(h + 1)..])) { return false; }
        }
        return true;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> span)
    {
        if (span.IsEmpty) { return false; }
        foreach (char c in span) { if (!IsDigit(c)) { return false; } }
        return true;
    }

    /// <summary>Whether the word before <paramref name="i"/> is decision(s) or regulation(s): what follows names no document.</summary>
    private static bool AfterDecision(string s, int i)
    {
        (int ws, int we) = WordBefore(s, i);
        if (we == ws || we == i) { return false; }
        ReadOnlySpan<char> word = s.AsSpan(ws, we - ws);
        return word.Equals("decision", StringComparison.OrdinalIgnoreCase) || word.Equals("decisions", StringComparison.OrdinalIgnoreCase)
            || word.Equals("regulation", StringComparison.OrdinalIgnoreCase) || word.Equals("regulations", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Symbols with a space after the series, written after "document": <c>document MSC 81/25/Add.1</c>.</summary>
    private static void FindSpacedSymbols(string s, int offset, List<Reference> output)
    {
        int i = 0;
        while (i < s.Length)
        {
            int k = s.IndexOf("document", i, StringComparison.Ordinal);
            if (k < 0) { return; }
            i = k + "document".Length;
            if (k > 0 && char.IsLetter(s[k - 1])) { continue; }
            int p = i;
            if (At(s, p) == 's') { p++; }
            int a = SkipSpaces(s, p);
            if (a == p) { continue; }
            int b = a;
            while (b < s.Length && IsUpper(s[b])) { b++; }
            if (b - a is < 2 or > 8 || At(s, b) != ' ' || !IsDigit(At(s, b + 1))) { continue; }
            int j = b + 1;
            int segments = 0;
            int end = j;
            while (true)
            {
                int segEnd = ScanSegment(s, j, out bool joined);
                if (segEnd == j || joined) { break; }
                segments++;
                end = segEnd;
                if (At(s, segEnd) != '/') { break; }
                j = segEnd + 1;
            }
            while (end > b + 1 && (s[end - 1] == '.' || IsHyphen(s[end - 1]))) { end--; }
            if (segments < 2 || s.AsSpan(b + 1, end - b - 1).IndexOf('/') < 0) { continue; }
            Add(s, a, end, ReferenceKind.DocumentSymbol, s.Substring(a, end - a), offset, output);
            i = end;
        }
    }
}
