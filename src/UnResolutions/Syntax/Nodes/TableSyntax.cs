using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Syntax;

/// <summary>
/// A table of the body or of an annex: lines set flush left whose cells are separated by tabs
/// (<c>1	Overall policymaking, direction and coordination	78 809 400</c>), with the one-cell lines between them
/// (<c>Part I. Overall policymaking, direction and coordination</c>). Word tables lose their empty cells in the text
/// export, so rows may have fewer cells than the widest one.
/// </summary>
public sealed class TableSyntax : SyntaxNode
{
    internal TableSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The rows, in order.</summary>
    public SyntaxList<TableRowSyntax> Rows => GetList<TableRowSyntax>(0);

    /// <summary>A copy with other rows.</summary>
    public TableSyntax WithRows(SyntaxList<TableRowSyntax> value) => WithSlot<TableSyntax>(0, ListGreen(value));
}

/// <summary>One row of a table: one line of the source, its cells in order.</summary>
public sealed class TableRowSyntax : SyntaxNode
{
    internal TableRowSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The cells, in order.</summary>
    public SyntaxList<TableCellSyntax> Cells => GetList<TableCellSyntax>(0);

    /// <summary>A copy with other cells.</summary>
    public TableRowSyntax WithCells(SyntaxList<TableCellSyntax> value) => WithSlot<TableRowSyntax>(0, ListGreen(value));
}

/// <summary>One cell of a table row: its text; the tabs that separate it from the next cell are trivia.</summary>
public sealed class TableCellSyntax : SyntaxNode
{
    internal TableCellSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The cell's text.</summary>
    public BodyTextSyntax Body => GetNode<BodyTextSyntax>(0)!;

    /// <summary>The green body text and its position, for the model (no red node is made).</summary>
    internal GreenSlot BodySlot => GetGreenSlot(0);

    /// <summary>A copy with another body.</summary>
    public TableCellSyntax WithBody(BodyTextSyntax value) => WithSlot<TableCellSyntax>(0, NodeGreen(value));
}
