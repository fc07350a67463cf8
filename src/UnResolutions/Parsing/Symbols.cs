using UnResolutions.Text;
namespace UnResolutions.Parsing;

/// <summary>Recognizes UN document symbols: <c>A/71/467/Add.2</c>, <c>A/RES/71/242</c>, <c>S/RES/2522 (2020)</c>, <c>FCCC/CP/2015/10/Add.1</c>.</summary>
internal static class Symbols
{
    /// <summary>
    /// The length of the document symbol at the start of <paramref name="text"/>, or 0. A symbol is a series
    /// of segments joined by slashes; it ends where a title glued to it begins (<c>A/RES/71/242Industrial</c>).
    /// </summary>
    public static int Match(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetterUpper(text[0])) { return 0; }
        int first = Segment(text, 0);
        if (first == 0) { return 0; }
        int p = first;
        int slashes = 0;
        while (p < text.Length && text[p] == '/')
        {
            int length = Segment(text, p + 1);
            if (length == 0) { break; }
            p += 1 + length;
            slashes++;
        }
        if (slashes == 0) { return 0; }
        // Security Council: "S/RES/2522 (2020)".
        if (p + 7 <= text.Length && text[p] == ' ' && text[p + 1] == '(' && text[p + 6] == ')' && IsDigits(text.Slice(p + 2, 4))) { p += 7; }
        // Parts: "A/RES/77/128 A-B", when what follows is the end, white space or a title.
        if (p + 2 <= text.Length && text[p] == ' ' && char.IsAsciiLetterUpper(text[p + 1]))
        {
            int q = p + 2;
            if (q + 1 < text.Length && text[q] == '-' && char.IsAsciiLetterUpper(text[q + 1])) { q += 2; }
            bool endsHere = q == text.Length || Characters.IsSpace(text[q]) || (char.IsUpper(text[q]) && q + 1 < text.Length && char.IsLower(text[q + 1]));
            if (endsHere) { p = q; }
        }
        return p;
    }

    private static int Segment(ReadOnlySpan<char> text, int start)
    {
        int p = start;
        int wordStart = start;   // where the run of letters that p is in began: kept as p moves, not searched back for
        while (p < text.Length)
        {
            char c = text[p];
            if (char.IsAsciiLetter(c) && (p == start || !char.IsAsciiLetter(text[p - 1]))) { wordStart = p; }
            if (char.IsAsciiDigit(c) || c == '-' || c == '.')
            {
                p++;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                // A capital followed by small letters starts a word: allowed at a segment's start or after a dot
                // ("Add.2", "CP.21", "Rev.1"), not glued to digits ("242Industrial").
                // "A/75/457Add.1": an addendum, revision or corrigendum glued without its slash is still the symbol's.
                if (p + 1 < text.Length && char.IsAsciiLetterLower(text[p + 1]) && p > start && text[p - 1] != '.' && !IsGluedSuffix(text[p..])) { break; }
                p++;
            }
            else if (char.IsAsciiLetterLower(c) && p > start && (char.IsAsciiLetter(text[p - 1])))
            {
                // Small letters only inside a word that began with a capital: "Add", "Rev", "Corr", "Res".
                if (!char.IsAsciiLetterUpper(text[wordStart])) { break; }
                p++;
            }
            else
            {
                break;
            }
        }
        // A segment does not end with a dot (that is the sentence's).
        while (p > start && text[p - 1] == '.') { p--; }
        return p - start;
    }

    /// <summary>A character that a segment can hold: ASCII letters and digits, <c>-</c> and <c>.</c>.</summary>
    public static bool IsSegmentChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '.';

    private static readonly string[] GluedSuffixes = ["Add.", "Rev.", "Corr."];

    /// <summary>Whether <paramref name="text"/> starts with <c>Add.</c>, <c>Rev.</c> or <c>Corr.</c> and a digit.</summary>
    private static bool IsGluedSuffix(ReadOnlySpan<char> text)
    {
        foreach (string suffix in GluedSuffixes)
        {
            if (text.StartsWith(suffix, StringComparison.Ordinal) && text.Length > suffix.Length && char.IsAsciiDigit(text[suffix.Length])) { return true; }
        }
        return false;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text) { if (!char.IsAsciiDigit(c)) { return false; } }
        return !text.IsEmpty;
    }
}
