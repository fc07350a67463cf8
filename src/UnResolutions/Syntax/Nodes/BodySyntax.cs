namespace UnResolutions.Syntax;

// The children, With… and Update of these nodes are generated from Syntax.xml (Generated/Nodes.g.cs); here, the
// computed values.

public sealed partial class OperativePartSyntax
{
    /// <summary>The paragraphs, numbered or not, in order.</summary>
    public IEnumerable<OperativeParagraphSyntax> Paragraphs => Items.OfType<OperativeParagraphSyntax>();

    /// <summary>The headings, in order.</summary>
    public IEnumerable<HeadingSyntax> Headings => Items.OfType<HeadingSyntax>();
}

public sealed partial class OperativeParagraphSyntax
{
    /// <summary>The number as an integer, or <see langword="null"/>.</summary>
    public int? NumberValue => Number.IsMissing || !int.TryParse(Number.TextAsSpan.TrimEnd('.'), out int n) ? null : n;
}

public sealed partial class BodyTextSyntax
{
    /// <summary>The footnote references, in order.</summary>
    public IEnumerable<SyntaxToken> FootnoteReferences => ChildTokens().Where(t => t.Kind == SyntaxKind.FootnoteReferenceToken);
}

public sealed partial class AnnexSyntax
{
    /// <summary>The paragraphs, in order.</summary>
    public IEnumerable<OperativeParagraphSyntax> Paragraphs => Items.OfType<OperativeParagraphSyntax>();
}

public sealed partial class FootnoteSyntax
{
    /// <summary>The footnote number (1 for <c>1</c>, and for <c>1/</c> as the 1990s wrote it).</summary>
    public int NumberValue => SyntaxFacts.FootnoteNumber(Number.TextAsSpan) ?? 0;
}
