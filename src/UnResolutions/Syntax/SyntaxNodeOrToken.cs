using UnResolutions.Text;

namespace UnResolutions.Syntax;

/// <summary>Either a node or a token: what a node's children are.</summary>
public readonly struct SyntaxNodeOrToken : IEquatable<SyntaxNodeOrToken>
{
    private readonly SyntaxNode? _node;
    private readonly SyntaxToken _token;

    private SyntaxNodeOrToken(SyntaxNode? node, SyntaxToken token)
    {
        _node = node;
        _token = token;
    }

    /// <summary>True when this holds a token.</summary>
    public bool IsToken => _node == null;

    /// <summary>True when this holds a node.</summary>
    public bool IsNode => _node != null;

    /// <summary>The node, or <see langword="null"/>.</summary>
    public SyntaxNode? AsNode() => _node;

    /// <summary>The token, or the default token.</summary>
    public SyntaxToken AsToken() => _token;

    /// <summary>The kind.</summary>
    public SyntaxKind Kind => _node?.Kind ?? _token.Kind;

    /// <summary>The span without outer trivia.</summary>
    public TextSpan Span => _node?.Span ?? _token.Span;

    /// <summary>The span with trivia.</summary>
    public TextSpan FullSpan => _node?.FullSpan ?? _token.FullSpan;

    /// <summary>The parent node.</summary>
    public SyntaxNode? Parent => _node != null ? _node.Parent : _token.Parent;

    /// <summary>The text with trivia.</summary>
    public string ToFullString() => _node?.ToFullString() ?? _token.ToFullString();

    /// <summary>The text without outer trivia.</summary>
    public override string ToString() => _node?.ToString() ?? _token.ToString();

    /// <summary>Wraps a node.</summary>
    public static implicit operator SyntaxNodeOrToken(SyntaxNode node) => new(node, default);

    /// <summary>Wraps a token.</summary>
    public static implicit operator SyntaxNodeOrToken(SyntaxToken token) => new(null, token);

    /// <inheritdoc/>
    public bool Equals(SyntaxNodeOrToken other) => ReferenceEquals(_node, other._node) && _token == other._token;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyntaxNodeOrToken other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _node?.GetHashCode() ?? _token.GetHashCode();

    /// <summary>Equality.</summary>
    public static bool operator ==(SyntaxNodeOrToken left, SyntaxNodeOrToken right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SyntaxNodeOrToken left, SyntaxNodeOrToken right) => !left.Equals(right);
}
