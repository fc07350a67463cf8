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
    /// <summary><c>a.</c>, <c>b.</c>: a letter and a full stop, without parentheses.</summary>
    DottedLowerLetter,
    /// <summary><c>i.</c>, <c>ii.</c>: a roman numeral and a full stop, without parentheses.</summary>
    DottedLowerRoman,
    /// <summary><c>1.</c>, <c>2.</c>: a numbered list inside a paragraph, whose numbers are not the operative numbering.</summary>
    DottedNumber,
    /// <summary><c>•</c>, <c>·</c>, <c>▪</c> and the Symbol font's bullet.</summary>
    Bullet,
    /// <summary><c>–</c>, <c>-</c>, <c>—</c> used as bullets.</summary>
    Dash,
    /// <summary><c>o</c>, <c>◦</c>: the hollow bullet of a second level.</summary>
    HollowBullet,
    /// <summary>No label: a line of text that stands in a list of sub-paragraphs (a task under a titled item).</summary>
    Unlabelled,
}

/// <summary>
/// Reads sub-paragraph labels: <c>(a)</c>, <c>(iv)</c>, <c>(A)</c>, <c>(1)</c>, and without parentheses <c>a.</c>,
/// <c>ii.</c> and bullets (<c>•</c>, <c>–</c>, <c>o</c>). <c>(i)</c>, <c>(v)</c>, <c>(x)</c> may be letters or roman
/// numerals; the list they stand in decides.
/// </summary>
internal static class SubparagraphStyles
{
    /// <summary>The style a label has on its own (single letters count as letters); the label is what stands inside the parentheses.</summary>
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

    /// <summary>The style of a bullet character, or <see cref="SubparagraphStyle.None"/>.</summary>
    public static SubparagraphStyle OfBullet(char c) => c switch
    {
        '\u2022' or '\u00B7' or '\u25AA' or '\u25CF' or '\uF0B7' or '\uF0A7' => SubparagraphStyle.Bullet,
        '\u2013' or '-' or '\u2014' => SubparagraphStyle.Dash,
        'o' or '\u25E6' => SubparagraphStyle.HollowBullet,
        _ => SubparagraphStyle.None,
    };

    /// <summary>
    /// The style of a whole label token: <c>(a)</c>, <c>a.</c> or a bullet. The label's core (without parentheses or
    /// full stop) is in <paramref name="core"/>.
    /// </summary>
    public static SubparagraphStyle OfToken(ReadOnlySpan<char> token, out ReadOnlySpan<char> core)
    {
        core = token;
        if (token.Length >= 3 && token[0] == '(' && token[^1] == ')') { core = token[1..^1]; return Of(core); }
        // "a)" is "(a)" written without its opening parenthesis: the same style.
        if (token.Length >= 2 && token[^1] == ')') { core = token[..^1]; return Of(core); }
        if (token.Length >= 2 && token[^1] == '.')
        {
            core = token[..^1];
            return Dotted(Of(core));
        }
        return token.Length == 1 ? OfBullet(token[0]) : SubparagraphStyle.None;
    }

    /// <summary>A lower-case letter, roman numeral or number label written with a full stop; other styles are not written so.</summary>
    public static SubparagraphStyle Dotted(SubparagraphStyle style) => style switch
    {
        SubparagraphStyle.LowerLetter => SubparagraphStyle.DottedLowerLetter,
        SubparagraphStyle.LowerRoman => SubparagraphStyle.DottedLowerRoman,
        SubparagraphStyle.Number => SubparagraphStyle.DottedNumber,
        _ => SubparagraphStyle.None,
    };

    /// <summary>The style of a label token given the style and label core of the list it may continue.</summary>
    public static SubparagraphStyle Resolve(ReadOnlySpan<char> token, SubparagraphStyle listStyle, string? previousCore)
    {
        SubparagraphStyle own = OfToken(token, out ReadOnlySpan<char> label);
        bool dotted = own is SubparagraphStyle.DottedLowerLetter;
        SubparagraphStyle letter = dotted ? SubparagraphStyle.LowerLetter : own;
        if (letter is SubparagraphStyle.LowerLetter or SubparagraphStyle.UpperLetter && label.Length == 1)
        {
            bool upper = letter == SubparagraphStyle.UpperLetter;
            bool romanDigit = Scan.IsRoman(label, upper);
            SubparagraphStyle roman = upper ? SubparagraphStyle.UpperRoman : dotted ? SubparagraphStyle.DottedLowerRoman : SubparagraphStyle.LowerRoman;
            if (romanDigit)
            {
                // "(i)" after "(h)" is a letter; "(v)" after "(iv)" is a numeral; a list's first "(i)" is a numeral;
                // "(c)" after "(viii)" is a letter (the next item of the list above), not the numeral 100.
                if (listStyle == own && previousCore is { Length: 1 } && previousCore[0] + 1 == label[0]) { return own; }
                if (listStyle == roman) { return previousCore != null && Scan.RomanValue(label) == Scan.RomanValue(previousCore) + 1 ? roman : own; }
                if (label[0] is 'i' or 'I') { return roman; }
            }
        }
        // "ii)" after "hh)", "xx)" after "ww)": the doubled letters of a list past z, not the numerals 2 and 20.
        if (own is SubparagraphStyle.LowerRoman or SubparagraphStyle.UpperRoman && label.Length == 2 && label[0] == label[1]
            && previousCore is { Length: 2 } p && p[0] == p[1] && p[0] + 1 == label[0]
            && listStyle == (own == SubparagraphStyle.LowerRoman ? SubparagraphStyle.LowerLetter : SubparagraphStyle.UpperLetter))
        {
            return listStyle;
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
