using System.Globalization;
using UnResolutions.Languages;

namespace UnResolutions.Model;

// Dates and document symbols.
internal static partial class ReferenceFinder
{
    // ---------------------------------------------------------------- dates

    private static void FindDates(ReadOnlySpan<char> s, int offset, List<Reference> output)
    {
        for (int i = 0; i < s.Length; i++)
        {
            // PERF: jump to the next digit (vectorized) instead of testing every character.
            int next = s[i..].IndexOfAnyInRange('0', '9');
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

    /// <summary>
    /// A date at <paramref name="i"/> in any language of <see cref="LanguageTable.All"/> (<c>19 December 1994</c>,
    /// <c>1er décembre 2015</c>, <c>25 de septiembre de 2015</c>); <paramref name="end"/> is after the four-digit year.
    /// </summary>
    private static bool TryDate(ReadOnlySpan<char> s, int i, out int end, out string? iso)
    {
        end = i;
        iso = null;
        int dayDigits = Digits(s, i);
        if (dayDigits is 0 or > 2) { return false; }
        int day = s[i] - '0';
        if (dayDigits == 2) { day = day * 10 + (s[i + 1] - '0'); }
        foreach (LanguageTable language in LanguageTable.All)
        {
            if (TryDateIn(s, i + dayDigits, day, language, out end, out iso)) { return true; }
        }
        return false;
    }

    /// <summary>The month and year of a date in <paramref name="language"/> after its day's digits, at <paramref name="p"/>.</summary>
    private static bool TryDateIn(ReadOnlySpan<char> s, int p, int day, LanguageTable language, out int end, out string? iso)
    {
        end = p;
        iso = null;
        foreach (string suffix in language.DaySuffixes)
        {
            if (s[p..].StartsWith(suffix, StringComparison.Ordinal)) { p += suffix.Length; break; }
        }
        int m = Gap(s, p, language.DateJoiner);
        // PERF: most digits are not days; a month starts with one of few letters.
        if (m < 0 || m >= s.Length || !MonthInitials.Contains(s[m])) { return false; }
        for (int month = 1; month <= 12; month++)
        {
            string name = language.MonthNames[month - 1];
            if (name[0] != s[m] || !s[m..].StartsWith(name, StringComparison.Ordinal)) { continue; }
            int y = Gap(s, m + name.Length, language.DateJoiner);
            if (y < 0 || Digits(s, y) < 4) { return false; }
            int year = int.Parse(s.Slice(y, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            if (year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month)) { return false; }
            end = y + 4;
            iso = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
            return true;
        }
        return false;
    }

    /// <summary>The first letters of the month names of every language.</summary>
    private static readonly System.Buffers.SearchValues<char> MonthInitials =
        System.Buffers.SearchValues.Create([.. LanguageTable.All.SelectMany(l => l.MonthNames).Select(n => n[0]).Distinct()]);

    /// <summary>One or two spaces between the parts of a date, with the language's joiner if it has one (<c> de </c>); the position after, or -1.</summary>
    private static int Gap(ReadOnlySpan<char> s, int p, string? joiner)
    {
        int m = SkipSpaces(s, p);
        if (m == p || m - p > 2) { return -1; }
        // The joiner is sometimes left out ("20 de diciembre 2017").
        if (joiner is null || !s[m..].StartsWith(joiner, StringComparison.Ordinal) || !Parsing.Scan.IsWordSpace(At(s, m + joiner.Length))) { return m; }
        int n = SkipSpaces(s, m + joiner.Length);
        return n == m + joiner.Length || n - (m + joiner.Length) > 2 ? -1 : n;
    }


    // ---------------------------------------------------------------- document symbols

    private static void FindSymbols(ReadOnlySpan<char> s, int offset, List<Reference> output)
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
                int slash = IndexOf(s, '/', i);
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
                Add(s, i, end, ReferenceKind.DocumentSymbol, Str(s, i, end - i), offset, output);
            }
            if (joined) { i = end + 1; joint = true; }
            else { i = Math.Max(end, i + 1); }
        }
        FindSpacedSymbols(s, offset, output);
    }

    /// <summary>The symbol of a Security Council resolution takes its year: <c>S/RES/2334 (2016)</c>.</summary>
    private static int SecurityCouncilYear(ReadOnlySpan<char> s, int start, int end)
    {
        if (!s[start..].StartsWith("S/RES/", StringComparison.Ordinal) || end - start <= 6 || !IsAllDigits(s.Slice(start + 6, end - start - 6))) { return end; }
        int open = SkipSpaces(s, end);
        if (open == end || open - end > 1 || At(s, open) != '(' || Digits(s, open + 1) != 4 || At(s, open + 5) != ')') { return end; }
        return open + 6;
    }

    /// <summary>Scans a symbol-shaped run from <paramref name="start"/>; returns its end (trailing periods and hyphens trimmed).</summary>
    private static int ScanSymbol(ReadOnlySpan<char> s, int start, out bool joined)
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

    private static int ScanSegment(ReadOnlySpan<char> s, int i, out bool joined)
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

    private static bool IsSymbol(ReadOnlySpan<char> s, int start, int end)
    {
        ReadOnlySpan<char> text = s.Slice(start, end - start);
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
    private static bool AfterDecision(ReadOnlySpan<char> s, int i)
    {
        (int ws, int we) = WordBefore(s, i);
        if (we == ws || we == i) { return false; }
        ReadOnlySpan<char> word = s.Slice(ws, we - ws);
        return word.Equals("decision", StringComparison.OrdinalIgnoreCase) || word.Equals("decisions", StringComparison.OrdinalIgnoreCase)
            || word.Equals("regulation", StringComparison.OrdinalIgnoreCase) || word.Equals("regulations", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Symbols with a space after the series, written after "document": <c>document MSC 81/25/Add.1</c>.</summary>
    private static void FindSpacedSymbols(ReadOnlySpan<char> s, int offset, List<Reference> output)
    {
        int i = 0;
        while (i < s.Length)
        {
            int k = IndexOf(s, "document", i, StringComparison.Ordinal);
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
            if (segments < 2 || s.Slice(b + 1, end - b - 1).IndexOf('/') < 0) { continue; }
            Add(s, a, end, ReferenceKind.DocumentSymbol, Str(s, a, end - a), offset, output);
            i = end;
        }
    }
}
