using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Syntax;

/// <summary>The root of a tree: the resolutions found in the input (usually one), then the end of file.</summary>
public sealed class DocumentSyntax : SyntaxNode
{
    internal DocumentSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The resolutions, in order. An ODS export holds one; concatenated exports hold several.</summary>
    public SyntaxList<ResolutionSyntax> Resolutions => GetList<ResolutionSyntax>(0);

    /// <summary>The first resolution, or <see langword="null"/> when none was found.</summary>
    public ResolutionSyntax? Resolution => Resolutions.Count > 0 ? Resolutions[0] : null;

    /// <summary>The end of the input; its leading trivia holds trailing blank lines and unrecognized text.</summary>
    public SyntaxToken EndOfFile => GetToken(1);

    /// <summary>A copy with other resolutions.</summary>
    public DocumentSyntax WithResolutions(SyntaxList<ResolutionSyntax> value) => WithSlot<DocumentSyntax>(0, ListGreen(value));

    /// <summary>A copy with another end-of-file token.</summary>
    public DocumentSyntax WithEndOfFile(SyntaxToken value) => WithSlot<DocumentSyntax>(1, TokenGreen(value));

    /// <summary>A copy with the given children; this node when they are the same.</summary>
    public DocumentSyntax Update(SyntaxList<ResolutionSyntax> resolutions, SyntaxToken endOfFile) =>
        UpdateSlots<DocumentSyntax>(ListGreen(resolutions), TokenGreen(endOfFile));
}
