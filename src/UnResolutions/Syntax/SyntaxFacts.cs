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
    /// The number that the text of a footnote number or footnote reference token stands for: <c>12</c>, and <c>12/</c> as
    /// the 1990s wrote it; <see langword="null"/> for any other text. The one reading of those tokens, for the
    /// linker, the tree and the model.
    /// </summary>
    public static int? FootnoteNumber(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[^1] == '/') { text = text[..^1]; }
        return text.Length is > 0 and <= 9 && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : null;
    }
}
