using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Syntax;

/// <summary>Creates the typed red node for a green node: the one place that maps kinds to node classes.</summary>
internal static class SyntaxNodeFactory
{
    public static SyntaxNode Create(GreenNode green, SyntaxNode? parent, int position, int slotIndex) => green.Kind switch
    {
        SyntaxKind.List => new SyntaxListNode(green, parent, position, slotIndex),
        SyntaxKind.Document => new DocumentSyntax(green, parent, position, slotIndex),
        SyntaxKind.Resolution => new ResolutionSyntax(green, parent, position, slotIndex),
        SyntaxKind.Header => new HeaderSyntax(green, parent, position, slotIndex),
        SyntaxKind.AdoptionLine => new AdoptionLineSyntax(green, parent, position, slotIndex),
        SyntaxKind.OriginLine => new OriginLineSyntax(green, parent, position, slotIndex),
        SyntaxKind.TitleLine => new TitleLineSyntax(green, parent, position, slotIndex),
        SyntaxKind.Formula => new FormulaSyntax(green, parent, position, slotIndex),
        SyntaxKind.Preamble => new PreambleSyntax(green, parent, position, slotIndex),
        SyntaxKind.Recital => new RecitalSyntax(green, parent, position, slotIndex),
        SyntaxKind.OperativePart => new OperativePartSyntax(green, parent, position, slotIndex),
        SyntaxKind.OperativeParagraph => new OperativeParagraphSyntax(green, parent, position, slotIndex),
        SyntaxKind.Subparagraph => new SubparagraphSyntax(green, parent, position, slotIndex),
        SyntaxKind.BodyText => new BodyTextSyntax(green, parent, position, slotIndex),
        SyntaxKind.Heading => new HeadingSyntax(green, parent, position, slotIndex),
        SyntaxKind.Part => new PartSyntax(green, parent, position, slotIndex),
        SyntaxKind.Closing => new ClosingSyntax(green, parent, position, slotIndex),
        SyntaxKind.Annex => new AnnexSyntax(green, parent, position, slotIndex),
        SyntaxKind.FootnoteSection => new FootnoteSectionSyntax(green, parent, position, slotIndex),
        SyntaxKind.Footnote => new FootnoteSyntax(green, parent, position, slotIndex),
        SyntaxKind.Table => new TableSyntax(green, parent, position, slotIndex),
        SyntaxKind.TableRow => new TableRowSyntax(green, parent, position, slotIndex),
        SyntaxKind.TableCell => new TableCellSyntax(green, parent, position, slotIndex),
        SyntaxKind.Trailer => new TrailerSyntax(green, parent, position, slotIndex),
        >= SyntaxKind.OdsField => new TrailerLineSyntax(green, parent, position, slotIndex),
        _ => throw new InvalidOperationException($"No node class for kind {green.Kind}."),
    };
}
