using UnResolutions.Syntax.InternalSyntax;
using UnResolutions.Text;

namespace UnResolutions.Syntax;

/// <summary>A piece of trivia: white space, a line break, a byte-order mark or skipped text.</summary>
public readonly struct SyntaxTrivia : IEquatable<SyntaxTrivia>
{
    internal SyntaxTrivia(SyntaxToken token, GreenTrivia green, int position)
    {
        Token = token;
        Green = green;
        Position = position;
    }

    internal GreenTrivia? Green { get; }

    internal int Position { get; }

    /// <summary>The token that owns this trivia.</summary>
    public SyntaxToken Token { get; }

    /// <summary>The kind.</summary>
    public SyntaxKind Kind => Green?.Kind ?? SyntaxKind.None;

    /// <summary>The span.</summary>
    public TextSpan Span => new(Position, Green?.FullWidth ?? 0);

    /// <summary>The span (trivia have no trivia of their own).</summary>
    public TextSpan FullSpan => Span;

    /// <summary>True when the trivia carries a diagnostic (skipped text does).</summary>
    public bool ContainsDiagnostics => Green?.ContainsDiagnostics ?? false;

    /// <summary>The text.</summary>
    public override string ToString() => Green?.Text ?? string.Empty;

    /// <summary>The text.</summary>
    public string ToFullString() => ToString();

    /// <inheritdoc/>
    public bool Equals(SyntaxTrivia other) => Token == other.Token && ReferenceEquals(Green, other.Green) && Position == other.Position;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyntaxTrivia other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Green, Position);

    /// <summary>Equality.</summary>
    public static bool operator ==(SyntaxTrivia left, SyntaxTrivia right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SyntaxTrivia left, SyntaxTrivia right) => !left.Equals(right);
}

/// <summary>The leading or trailing trivia of a token.</summary>
public readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>
{
    private readonly SyntaxToken _token;
    private readonly GreenTrivia[]? _items;
    private readonly int _position;

    internal SyntaxTriviaList(SyntaxToken token, GreenTrivia[] items, int position)
    {
        _token = token;
        _items = items;
        _position = position;
    }

    /// <summary>The number of trivia.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>The trivia at <paramref name="index"/>.</summary>
    public SyntaxTrivia this[int index]
    {
        get
        {
            GreenTrivia[] items = _items ?? throw new ArgumentOutOfRangeException(nameof(index));
            int position = _position;
            for (int i = 0; i < index; i++) { position += items[i].FullWidth; }
            return new SyntaxTrivia(_token, items[index], position);
        }
    }

    /// <summary>The trivia in order.</summary>
    public IEnumerator<SyntaxTrivia> GetEnumerator()
    {
        if (_items == null) { yield break; }
        int position = _position;
        foreach (GreenTrivia item in _items)
        {
            yield return new SyntaxTrivia(_token, item, position);
            position += item.FullWidth;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
