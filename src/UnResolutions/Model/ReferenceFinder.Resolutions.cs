using System.Globalization;

namespace UnResolutions.Model;

// Resolution references: numbers after "resolution(s)", lists of them, roman sessions and Security Council years.
internal static partial class ReferenceFinder
{
    // ---------------------------------------------------------------- resolutions

    private static void FindResolutions(ReadOnlySpan<char> s, int offset, List<Reference> output)
    {
        int i = 0;
        while (i < s.Length)
        {
            int k = IndexOf(s, "resolution", i, StringComparison.OrdinalIgnoreCase);
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

    private static Organ OrganBefore(ReadOnlySpan<char> s, int k)
    {
        if (EndsWithWords(s, k, "Human Rights Council")) { return Organ.HumanRightsCouncil; }
        if (EndsWithWords(s, k, "Economic and Social Council")) { return Organ.EconomicAndSocialCouncil; }
        if (EndsWithWords(s, k, "Security Council")) { return Organ.SecurityCouncil; }
        if (EndsWithWords(s, k, "General Assembly")) { return Organ.GeneralAssembly; }
        (int ws, int we) = WordBefore(s, k);
        if (we == ws) { return Organ.Default; }
        ReadOnlySpan<char> word = s.Slice(ws, we - ws);
        if (word.Length >= 2 && IsAllUpper(word)) { return Organ.Other; } // IMO, WMO, UNEP…
        bool organWord = word is "Assembly" or "Council" or "Organization" or "Organisation" or "Commission" or "Conference"
            or "Committee" or "Board" or "Programme" or "Agency" or "Fund" or "Union" or "Forum" or "Parties" or "Meeting";
        if (!organWord) { return Organ.Default; }
        // A capitalized word before the organ word names another organ (United Nations Environment Assembly,
        // Governing Council…); "the Assembly", "its Council", or the organ word alone is the default organ.
        (int ps, int pe) = WordBefore(s, ws);
        bool named = pe > ps && char.IsUpper(s[ps]) && !s.Slice(ps, pe - ps).EndsWith("ing", StringComparison.Ordinal);
        if (word is "Assembly") { return named ? Organ.Other : Organ.GeneralAssembly; }
        if (word is "Council") { return named ? Organ.Other : Organ.Default; }
        return Organ.Other;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word) { if (!char.IsUpper(c)) { return false; } }
        return true;
    }

    private readonly record struct Item(int Start, int End, ReferenceKind Kind, string? Value, char Part, string? PartBase);

    /// <summary>Parses the list after the word resolution(s) at <paramref name="p"/>; returns where it ends.</summary>
    private static int ParseList(ReadOnlySpan<char> s, int p, bool plural, Organ organ, int offset, List<Reference> output)
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
    private static int Emit(ReadOnlySpan<char> s, Item item, int offset, List<Reference> output)
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

    private static void Add(ReadOnlySpan<char> s, int start, int end, ReferenceKind kind, string? value, int offset, List<Reference> output)
    {
        if (value is null || end <= start) { return; }
        output.Add(new Reference(kind, Str(s, start, end - start), value, unchecked(offset + start), end - start));
    }

    /// <summary>After <c>resolutions</c>: a short lead-in (<c>on Iraq, in particular</c>) before the first item.</summary>
    private static Item? LeadIn(ReadOnlySpan<char> s, int q, Organ organ)
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
    private static int Separator(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        bool comma = At(s, j) == ',';
        if (comma) { j++; }
        j = SkipSpaces(s, j);
        if (WordAt(s, j, "and") && Parsing.Scan.IsWordSpace(At(s, j + 3)))
        {
            if (!comma && j == i) { return -1; } // "…Band" is not a separator
            return SkipSpaces(s, j + 3);
        }
        return comma ? j : -1;
    }

    /// <summary>Skips <c> of 19 December 1994</c> (and a footnote number glued to the year) after a list item.</summary>
    private static int SkipDate(ReadOnlySpan<char> s, int i)
    {
        int j = SkipSpaces(s, i);
        if (j == i || !WordAt(s, j, "of")) { return i; }
        int d = SkipSpaces(s, j + 2);
        if (d == j + 2 || !TryDate(s, d, out int end, out _)) { return i; }
        while (end < s.Length && IsDigit(s[end])) { end++; }
        return end;
    }

    private static bool PartBoundary(ReadOnlySpan<char> s, int i)
    {
        char c = At(s, i);
        return !(IsAsciiAlnum(c) || c == '/' || IsHyphen(c) || char.IsLetter(c));
    }

    private static Item? TryItem(ReadOnlySpan<char> s, int i, Organ organ)
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
            int year = int.Parse(s.Slice(c, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            if (year is < 1946 or > 2099) { return null; }
            string? value = organ is Organ.Default or Organ.SecurityCouncil ? "S/RES/" + first + " (" + Str(s, c, 4) + ")" : null;
            return new Item(i, c + 5, ReferenceKind.SecurityCouncilResolution, value, '\0', null);
        }
        int r = c;
        while (r < s.Length && s[r] is 'I' or 'V' or 'X' or 'L') { r++; }
        if (r == c || r - c > 8 || At(s, r) != ')') { return null; }
        string roman = Str(s, c, r - c);
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
    private static (int End, char Part) PartLetter(ReadOnlySpan<char> s, int i)
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
}
