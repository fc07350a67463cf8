namespace UnResolutions.Syntax;

/// <summary>Editing and navigation helpers for syntax nodes and tokens.</summary>
public static class SyntaxExtensions
{
    /// <summary>
    /// A copy of <paramref name="root"/> in which <paramref name="oldNode"/>, a descendant, is replaced by
    /// <paramref name="newNode"/>; the rest is shared. Returns <paramref name="root"/> when nothing changes.
    /// </summary>
    public static TRoot ReplaceNode<TRoot>(this TRoot root, SyntaxNode oldNode, SyntaxNode newNode) where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(oldNode);
        ArgumentNullException.ThrowIfNull(newNode);
        return (TRoot)root.ReplaceGreen(oldNode, oldNode.RawParent, oldNode.SlotIndex, newNode.Green);
    }

    /// <summary>A copy of <paramref name="root"/> in which <paramref name="oldToken"/> is replaced by <paramref name="newToken"/>.</summary>
    public static TRoot ReplaceToken<TRoot>(this TRoot root, SyntaxToken oldToken, SyntaxToken newToken) where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        if (oldToken.Green == null || newToken.Green == null) { throw new ArgumentException("Both tokens must be present."); }
        return (TRoot)root.ReplaceGreen(null, oldToken.RawParent, oldToken.SlotIndex, newToken.Green);
    }

    /// <summary>
    /// The footnote that a <see cref="SyntaxKind.FootnoteReferenceToken"/> cites, or <see langword="null"/>: the one of
    /// its resolution's footnote section whose number the token holds (the footnote linker's decision, kept in the tree).
    /// </summary>
    public static FootnoteSyntax? GetFootnote(this SyntaxToken reference)
    {
        if (reference.Green?.CitedFootnote is not int number) { return null; }
        ResolutionSyntax? resolution = reference.Parent?.Ancestors().OfType<ResolutionSyntax>().FirstOrDefault();
        return resolution?.FootnoteSection?.Footnotes.FirstOrDefault(f => f.NumberValue == number);
    }
}
