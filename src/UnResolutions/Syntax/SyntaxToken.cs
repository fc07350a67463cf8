using UnResolutions.Syntax.InternalSyntax;
using UnResolutions.Text;

namespace UnResolutions.Syntax;

/// <summary>A token of the tree: a piece of text with its leading and trailing trivia. A value type, like Roslyn's.</summary>
public readonly struct SyntaxToken : IEquatable<SyntaxToken>
{
    internal SyntaxToken(SyntaxNode? parent, GreenToken green, int position, int slotIndex)
    {
        RawParent = parent;
        Green = green;
        Position = position;
        SlotIndex = slotIndex;
    }

    internal SyntaxNode? RawParent { get; }

    internal GreenToken? Green { get; }

    internal int Position { get; }

    internal int SlotIndex { get; }

    /// <summary>The node that holds this token.</summary>
    public SyntaxNode? Parent => RawParent is { Kind: SyntaxKind.List } list ? list.Parent : RawParent;

    /// <summary>The kind; <see cref="SyntaxKind.None"/> for the default value (a token that is not there).</summary>
    public SyntaxKind Kind => Green?.Kind ?? SyntaxKind.None;

    /// <summary>True for the default value: an optional token that is absent.</summary>
    public bool IsMissing => Green == null;

    /// <summary>The text of the token, without trivia.</summary>
    public string Text => Green?.Text ?? string.Empty;

    /// <summary>The text of the token, without trivia, as a span of the source (no copy).</summary>
    public ReadOnlySpan<char> TextAsSpan => Green == null ? default : Green.TextSpan;

    /// <summary>The span with trivia.</summary>
    public TextSpan FullSpan => new(Position, Green?.FullWidth ?? 0);

    /// <summary>The span of the text, without trivia.</summary>
    public TextSpan Span => new(Position + (Green?.LeadingTriviaWidth ?? 0), Green?.TextLength ?? 0);

    /// <summary>The trivia before the token's text.</summary>
    public SyntaxTriviaList LeadingTrivia => Green == null ? default : new(this, Green.LeadingTrivia, Position);

    /// <summary>The trivia after the token's text.</summary>
    public SyntaxTriviaList TrailingTrivia => Green == null ? default : new(this, Green.TrailingTrivia, Position + Green.LeadingTriviaWidth + Green.TextLength);

    /// <summary>True when the token or its trivia carry a diagnostic.</summary>
    public bool ContainsDiagnostics => Green?.ContainsDiagnostics ?? false;

    /// <summary>A copy with other text, detached from the tree.</summary>
    public SyntaxToken WithText(string text) =>
        Green == null ? throw new InvalidOperationException("A missing token has no text to replace.")
        : new SyntaxToken(null, GreenToken.Create(Green.Kind, text, Green.LeadingTrivia, Green.TrailingTrivia), 0, 0);

    /// <summary>A copy with other leading trivia, detached from the tree.</summary>
    public SyntaxToken WithLeadingTrivia(IEnumerable<SyntaxTrivia> trivia) =>
        Green == null ? this : new SyntaxToken(null, Green.WithLeadingTrivia(trivia.Select(t => t.Green!).ToArray()), 0, 0);

    /// <summary>A copy with other trailing trivia, detached from the tree.</summary>
    public SyntaxToken WithTrailingTrivia(IEnumerable<SyntaxTrivia> trivia) =>
        Green == null ? this : new SyntaxToken(null, Green.WithTrailingTrivia(trivia.Select(t => t.Green!).ToArray()), 0, 0);

    /// <summary>The text with its trivia.</summary>
    public string ToFullString() => Green?.ToFullString() ?? string.Empty;

    /// <summary>The text, without trivia.</summary>
    public override string ToString() => Text;

    /// <inheritdoc/>
    public bool Equals(SyntaxToken other) => ReferenceEquals(RawParent, other.RawParent) && ReferenceEquals(Green, other.Green) && Position == other.Position;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyntaxToken other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RawParent, Green, Position);

    /// <summary>Token equality: same token of the same tree.</summary>
    public static bool operator ==(SyntaxToken left, SyntaxToken right) => left.Equals(right);

    /// <summary>Token inequality.</summary>
    public static bool operator !=(SyntaxToken left, SyntaxToken right) => !left.Equals(right);
}
