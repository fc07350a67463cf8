namespace UnResolutions.Syntax;

/// <summary>Facts about <see cref="SyntaxKind"/> values.</summary>
public static class SyntaxFacts
{
    /// <summary>True for trivia kinds.</summary>
    public static bool IsTrivia(SyntaxKind kind) => kind is >= SyntaxKind.WhitespaceTrivia and <= SyntaxKind.SkippedTextTrivia;

    /// <summary>True for token kinds.</summary>
    public static bool IsToken(SyntaxKind kind) => kind is >= SyntaxKind.EndOfFileToken and <= SyntaxKind.PageNumberToken;

    /// <summary>True for node kinds.</summary>
    public static bool IsNode(SyntaxKind kind) => kind >= SyntaxKind.List;

    /// <summary>True for the kinds of the trailer's lines.</summary>
    public static bool IsTrailerLine(SyntaxKind kind) => kind >= SyntaxKind.OdsField;

    /// <summary>
    /// The number that the text of a footnote number or footnote reference token stands for: <c>12</c>, <c>12/</c> as
    /// the 1990s wrote it, and superscript digits (<c>¹²</c>) as a text that kept its typography does; <see langword="null"/>
    /// for any other text. The one reading of those tokens, for the linker, the tree and the model.
    /// </summary>
    public static int? FootnoteNumber(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[^1] == '/') { text = text[..^1]; }
        if (text.Length is > 0 and <= 9 && SuperscriptDigit(text[0]) >= 0)
        {
            int value = 0;
            foreach (char c in text)
            {
                if (SuperscriptDigit(c) is not (>= 0 and int d)) { return null; }
                value = value * 10 + d;
            }
            return value;
        }
        return text.Length is > 0 and <= 9 && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : null;
    }

    /// <summary>The value of a superscript digit (<c>⁰</c> … <c>⁹</c>, of which <c>¹ ² ³</c> are in Latin-1), or -1.</summary>
    internal static int SuperscriptDigit(char c) => c switch
    {
        '\u2070' => 0,
        '\u00B9' => 1,
        '\u00B2' => 2,
        '\u00B3' => 3,
        >= '\u2074' and <= '\u2079' => c - '\u2070',
        _ => -1,
    };
}
