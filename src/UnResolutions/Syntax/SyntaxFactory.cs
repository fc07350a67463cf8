using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Syntax;

/// <summary>
/// Creates tokens, trivia and nodes for building or editing trees by hand. A method per node class
/// (<see cref="Recital"/>, …) is generated from Syntax.xml: it checks the token kinds and the required children.
/// </summary>
public static partial class SyntaxFactory
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

    private static T Red<T>(GreenNode green) where T : SyntaxNode => (T)SyntaxNode.CreateRed(green, null, 0, 0);

    /// <summary>Throws when a required token is missing or a token is of a kind that cannot stand in its slot.</summary>
    private static void CheckToken(SyntaxToken token, string parameter, bool optional, params ReadOnlySpan<SyntaxKind> kinds)
    {
        if (token.IsMissing)
        {
            if (!optional) { throw new ArgumentException("The token is required.", parameter); }
            return;
        }
        foreach (SyntaxKind kind in kinds)
        {
            if (token.Kind == kind) { return; }
        }
        throw new ArgumentException($"A {token.Kind} cannot stand here: {string.Join(" or ", kinds.ToArray())} expected.", parameter);
    }

    /// <summary>The green tokens of a run; none may be missing.</summary>
    private static List<GreenToken> TokenGreens(IEnumerable<SyntaxToken> tokens, string parameter)
    {
        ArgumentNullException.ThrowIfNull(tokens, parameter);
        var greens = new List<GreenToken>();
        foreach (SyntaxToken token in tokens) { greens.Add(token.Green ?? throw new ArgumentException("A token of the run is missing.", parameter)); }
        return greens;
    }
}
