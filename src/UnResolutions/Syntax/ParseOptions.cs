namespace UnResolutions.Syntax;

/// <summary>
/// How to parse a text: <see cref="ResolutionSyntaxTree.ParseText(string, ParseOptions?)"/>,
/// <see cref="ResolutionSyntaxTree.ParseBytes(ReadOnlySpan{byte}, ParseOptions?)"/>. Immutable.
/// </summary>
/// <example>
/// <code>
/// var tree = ResolutionSyntaxTree.ParseText(text, new ParseOptions { Language = "fr" });
/// </code>
/// </example>
public sealed record ParseOptions
{
    /// <summary>The default options: the language of each resolution is found from its own text.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>
    /// The language to read the text in, as an ISO 639-1 code (<c>en</c>, <c>fr</c>, <c>es</c>; <c>fr-CA</c> reads as
    /// <c>fr</c>), or null to find it from each resolution's adoption line, number line or formula. It decides the
    /// lead phrases' lexicon and the typography of footnote references; the header's phrases of every language are
    /// read whatever it says. A language the parser has no tables for is read with the English rules, and the tree
    /// carries the warning <c>UNR0005</c>; it never fails.
    /// </summary>
    public string? Language { get; init; }
}
