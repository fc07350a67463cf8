using UnResolutions.Text;
namespace UnResolutions.Languages;

/// <summary>
/// The one reading of a date <c>d MMMM yyyy</c> in the languages of <see cref="LanguageTable.All"/>: the lexer's
/// (how long a date is), the tree's and the model's (which calendar date it is).
/// </summary>
internal static class Dates
{
    /// <summary>A whole text (outer white space aside) that is a calendar date <c>d MMMM yyyy</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        if (Match(text, out int day, out int month, out int year) != text.Length) { return false; }
        if (year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month)) { return false; }
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The length of a date at the start of <paramref name="text"/>, or 0.</summary>
    public static int Match(ReadOnlySpan<char> text) => Match(text, out _, out _, out _);

    /// <summary>
    /// The length of a date <c>d MMMM yyyy</c> at the start of <paramref name="text"/> (any white space between its
    /// parts), in any language of <see cref="LanguageTable.All"/> (<c>4 décembre 2024</c>, <c>1er décembre 2024</c>,
    /// <c>4 de diciembre de 2024</c>), or 0; with its day, month (1-12) and year, which may not make a calendar date.
    /// </summary>
    public static int Match(ReadOnlySpan<char> text, out int day, out int month, out int year)
    {
        foreach (LanguageTable language in LanguageTable.All)
        {
            int n = Match(text, language, out day, out month, out year);
            if (n > 0) { return n; }
        }
        day = month = year = 0;
        return 0;
    }

    /// <summary>The length of a date in <paramref name="language"/> at the start of <paramref name="text"/>, or 0.</summary>
    public static int Match(ReadOnlySpan<char> text, LanguageTable language, out int day, out int month, out int year)
    {
        day = month = year = 0;
        int i = 0;
        while (i < text.Length && i < 2 && char.IsAsciiDigit(text[i])) { day = (day * 10) + (text[i] - '0'); i++; }
        if (i == 0) { return 0; }
        foreach (string suffix in language.DaySuffixes)
        {
            if (text[i..].StartsWith(suffix, StringComparison.Ordinal)) { i += suffix.Length; break; }
        }
        if ((i = SkipJoiner(text, i, language.DateJoiner)) < 0) { return 0; }
        for (int m = 0; m < 12 && month == 0; m++)
        {
            string name = language.MonthNames[m];
            if (text[i..].StartsWith(name, StringComparison.Ordinal)) { i += name.Length; month = m + 1; }
        }
        if (month == 0) { return 0; }
        if ((i = SkipJoiner(text, i, language.DateJoiner)) < 0 || text.Length - i < 4) { return 0; }
        for (int k = 0; k < 4; k++)
        {
            if (!char.IsAsciiDigit(text[i + k])) { return 0; }
            year = (year * 10) + (text[i + k] - '0');
        }
        i += 4;
        return i < text.Length && char.IsAsciiDigit(text[i]) ? 0 : i;
    }

    /// <summary>White space, and when the language has one the joining word and white space again (<c> de </c>); the position after, or -1.</summary>
    private static int SkipJoiner(ReadOnlySpan<char> text, int i, string? joiner)
    {
        int ws = i;
        while (i < text.Length && Characters.IsSpace(text[i])) { i++; }
        if (i == ws || i >= text.Length) { return -1; }
        if (joiner == null) { return i; }
        if (!text[i..].StartsWith(joiner, StringComparison.Ordinal)) { return -1; }
        i += joiner.Length;
        ws = i;
        while (i < text.Length && Characters.IsSpace(text[i])) { i++; }
        return i == ws || i >= text.Length ? -1 : i;
    }
}
