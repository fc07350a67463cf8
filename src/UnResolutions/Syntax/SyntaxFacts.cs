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
}
