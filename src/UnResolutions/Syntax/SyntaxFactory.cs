using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Syntax;

/// <summary>Creates tokens and trivia for building or editing trees by hand.</summary>
public static class SyntaxFactory
{
    /// <summary>A token of <paramref name="kind"/> with the given text and no trivia.</summary>
    public static SyntaxToken Token(SyntaxKind kind, string text) => Token([], kind, text, []);

    /// <summary>A token of <paramref name="kind"/> with the given text and trivia.</summary>
    public static SyntaxToken Token(IEnumerable<SyntaxTrivia> leading, SyntaxKind kind, string text, IEnumerable<SyntaxTrivia> trailing)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!SyntaxFacts.IsToken(kind)) { throw new ArgumentException($"{kind} is not a token kind.", nameof(kind)); }
        var green = GreenToken.Create(kind, text, leading.Select(t => t.Green!).ToArray(), trailing.Select(t => t.Green!).ToArray());
        return new SyntaxToken(null, green, 0, 0);
    }

    /// <summary>White-space trivia.</summary>
    public static SyntaxTrivia Whitespace(string text) => Trivia(SyntaxKind.WhitespaceTrivia, text);

    /// <summary>A line break.</summary>
    public static SyntaxTrivia EndOfLine(string text = "\n") => Trivia(SyntaxKind.EndOfLineTrivia, text);

    private static SyntaxTrivia Trivia(SyntaxKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SyntaxTrivia(default, GreenTrivia.Create(kind, text), 0);
    }
}
