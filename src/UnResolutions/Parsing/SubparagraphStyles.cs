namespace UnResolutions.Parsing;

/// <summary>The numbering style of a sub-paragraph label.</summary>
internal enum SubparagraphStyle : byte
{
    None,
    LowerLetter,
    LowerRoman,
    UpperLetter,
    UpperRoman,
    Number,
}

/// <summary>Reads sub-paragraph labels. <c>(i)</c>, <c>(v)</c>, <c>(x)</c> may be letters or roman numerals; the list they stand in decides.</summary>
internal static class SubparagraphStyles
{
    /// <summary>The style a label has on its own (single letters count as letters).</summary>
    public static SubparagraphStyle Of(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty || label.Length > 6) { return SubparagraphStyle.None; }
        if (IsAll(label, char.IsAsciiDigit)) { return label.Length <= 3 ? SubparagraphStyle.Number : SubparagraphStyle.None; }
        if (IsAll(label, char.IsAsciiLetterLower))
        {
            if (label.Length == 1 || IsDoubled(label)) { return SubparagraphStyle.LowerLetter; }
            return Scan.IsRoman(label, upper: false) ? SubparagraphStyle.LowerRoman : SubparagraphStyle.None;
        }
        if (IsAll(label, char.IsAsciiLetterUpper))
        {
            if (label.Length == 1 || IsDoubled(label)) { return SubparagraphStyle.UpperLetter; }
            return Scan.IsRoman(label, upper: true) ? SubparagraphStyle.UpperRoman : SubparagraphStyle.None;
        }
        return SubparagraphStyle.None;
    }

    /// <summary>The style of a label given the style and label of the list it may continue.</summary>
    public static SubparagraphStyle Resolve(ReadOnlySpan<char> label, SubparagraphStyle listStyle, string? previousLabel)
    {
        SubparagraphStyle own = Of(label);
        if (own is SubparagraphStyle.LowerLetter or SubparagraphStyle.UpperLetter && label.Length == 1)
        {
            bool upper = own == SubparagraphStyle.UpperLetter;
            bool romanDigit = Scan.IsRoman(label, upper);
            SubparagraphStyle roman = upper ? SubparagraphStyle.UpperRoman : SubparagraphStyle.LowerRoman;
            if (romanDigit)
            {
                // "(i)" after "(h)" is a letter; "(v)" after "(iv)" is a numeral; a list's first "(i)" is a numeral.
                if (listStyle == own && previousLabel is { Length: 1 } && previousLabel[0] + 1 == label[0]) { return own; }
                if (listStyle == roman) { return roman; }
                if (label[0] is 'i' or 'I') { return roman; }
            }
        }
        return own;
    }

    private static bool IsAll(ReadOnlySpan<char> text, Func<char, bool> predicate)
    {
        foreach (char c in text) { if (!predicate(c)) { return false; } }
        return true;
    }

    private static bool IsDoubled(ReadOnlySpan<char> text) => text.Length == 2 && text[0] == text[1] && text[0] is not ('i' or 'x' or 'I' or 'X');
}
