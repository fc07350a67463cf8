using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Syntax;

/// <summary>
/// One resolution: start marker, header, formula, preamble, operative part and closing (or, for a
/// resolution in parts A/B, its <see cref="Parts"/>), annexes, footnotes and the ODS trailer.
/// Every element may be absent: real files lack some of them.
/// </summary>
public sealed class ResolutionSyntax : SyntaxNode
{
    internal ResolutionSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The Word bookmark on the first line (<c>[Start1]</c>, <c>[DU1]</c>), if present.</summary>
    public SyntaxToken StartMarker => GetToken(0);

    /// <summary>The header lines: adoption, origin, number and title.</summary>
    public HeaderSyntax? Header => GetNode<HeaderSyntax>(1);

    /// <summary>The formula (<c>The General Assembly,</c>) of a resolution without parts.</summary>
    public FormulaSyntax? Formula => GetNode<FormulaSyntax>(2);

    /// <summary>The preamble of a resolution without parts.</summary>
    public PreambleSyntax? Preamble => GetNode<PreambleSyntax>(3);

    /// <summary>The operative part of a resolution without parts.</summary>
    public OperativePartSyntax? OperativePart => GetNode<OperativePartSyntax>(4);

    /// <summary>The closing (meeting and date) of a resolution without parts.</summary>
    public ClosingSyntax? Closing => GetNode<ClosingSyntax>(5);

    /// <summary>Parts A, B, … when the resolution has them; each holds its own preamble and operative part.</summary>
    public SyntaxList<PartSyntax> Parts => GetList<PartSyntax>(6);

    /// <summary>The annexes.</summary>
    public SyntaxList<AnnexSyntax> Annexes => GetList<AnnexSyntax>(7);

    /// <summary>The footnotes printed after the body.</summary>
    public FootnoteSectionSyntax? FootnoteSection => GetNode<FootnoteSectionSyntax>(8);

    /// <summary>The ODS trailer: Word fields and page furniture.</summary>
    public TrailerSyntax? Trailer => GetNode<TrailerSyntax>(9);

    /// <summary>A copy with another start marker.</summary>
    public ResolutionSyntax WithStartMarker(SyntaxToken value) => WithSlot<ResolutionSyntax>(0, TokenGreen(value));

    /// <summary>A copy with another header.</summary>
    public ResolutionSyntax WithHeader(HeaderSyntax? value) => WithSlot<ResolutionSyntax>(1, NodeGreen(value));

    /// <summary>A copy with another formula.</summary>
    public ResolutionSyntax WithFormula(FormulaSyntax? value) => WithSlot<ResolutionSyntax>(2, NodeGreen(value));

    /// <summary>A copy with another preamble.</summary>
    public ResolutionSyntax WithPreamble(PreambleSyntax? value) => WithSlot<ResolutionSyntax>(3, NodeGreen(value));

    /// <summary>A copy with another operative part.</summary>
    public ResolutionSyntax WithOperativePart(OperativePartSyntax? value) => WithSlot<ResolutionSyntax>(4, NodeGreen(value));

    /// <summary>A copy with another closing.</summary>
    public ResolutionSyntax WithClosing(ClosingSyntax? value) => WithSlot<ResolutionSyntax>(5, NodeGreen(value));

    /// <summary>A copy with other parts.</summary>
    public ResolutionSyntax WithParts(SyntaxList<PartSyntax> value) => WithSlot<ResolutionSyntax>(6, ListGreen(value));

    /// <summary>A copy with other annexes.</summary>
    public ResolutionSyntax WithAnnexes(SyntaxList<AnnexSyntax> value) => WithSlot<ResolutionSyntax>(7, ListGreen(value));

    /// <summary>A copy with another footnote section.</summary>
    public ResolutionSyntax WithFootnoteSection(FootnoteSectionSyntax? value) => WithSlot<ResolutionSyntax>(8, NodeGreen(value));

    /// <summary>A copy with another trailer.</summary>
    public ResolutionSyntax WithTrailer(TrailerSyntax? value) => WithSlot<ResolutionSyntax>(9, NodeGreen(value));
}
