using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Syntax;

/// <summary>The recitals of a resolution or of a part.</summary>
public sealed class PreambleSyntax : SyntaxNode
{
    internal PreambleSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The recitals, in order.</summary>
    public SyntaxList<RecitalSyntax> Recitals => GetList<RecitalSyntax>(0);

    /// <summary>A copy with other recitals.</summary>
    public PreambleSyntax WithRecitals(SyntaxList<RecitalSyntax> value) => WithSlot<PreambleSyntax>(0, ListGreen(value));
}

/// <summary>A recital: <c>Recalling its resolution 70/1 of 25 September 2015, …,</c>, with its sub-paragraphs, if any.</summary>
public sealed class RecitalSyntax : SyntaxNode
{
    internal RecitalSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The lead phrase (<c>Recalling also</c>); missing when the recital opens with no known lead phrase.</summary>
    public SyntaxToken LeadPhrase => GetToken(0);

    /// <summary>The text after the lead phrase.</summary>
    public BodyTextSyntax Body => GetNode<BodyTextSyntax>(1)!;

    /// <summary>The green body text and its position, for the model (no red node is made).</summary>
    internal GreenSlot BodySlot => GetGreenSlot(1);

    /// <summary>The sub-paragraphs ((a), (b), …).</summary>
    public SyntaxList<SubparagraphSyntax> Subparagraphs => GetList<SubparagraphSyntax>(2);

    /// <summary>A copy with another lead phrase.</summary>
    public RecitalSyntax WithLeadPhrase(SyntaxToken value) => WithSlot<RecitalSyntax>(0, TokenGreen(value));

    /// <summary>A copy with another body.</summary>
    public RecitalSyntax WithBody(BodyTextSyntax value) => WithSlot<RecitalSyntax>(1, NodeGreen(value));

    /// <summary>A copy with other sub-paragraphs.</summary>
    public RecitalSyntax WithSubparagraphs(SyntaxList<SubparagraphSyntax> value) => WithSlot<RecitalSyntax>(2, ListGreen(value));

    /// <summary>A copy with the given children; this node when they are the same.</summary>
    public RecitalSyntax Update(SyntaxToken leadPhrase, BodyTextSyntax body, SyntaxList<SubparagraphSyntax> subparagraphs) =>
        UpdateSlots<RecitalSyntax>(TokenGreen(leadPhrase), NodeGreen(body), ListGreen(subparagraphs));
}

/// <summary>The operative paragraphs, with the headings that stand between them.</summary>
public sealed class OperativePartSyntax : SyntaxNode
{
    internal OperativePartSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>Paragraphs and headings, in document order.</summary>
    public SyntaxList<SyntaxNode> Items => GetList<SyntaxNode>(0);

    /// <summary>The paragraphs, numbered or not, in order.</summary>
    public IEnumerable<OperativeParagraphSyntax> Paragraphs => Items.OfType<OperativeParagraphSyntax>();

    /// <summary>The headings, in order.</summary>
    public IEnumerable<HeadingSyntax> Headings => Items.OfType<HeadingSyntax>();

    /// <summary>A copy with other items.</summary>
    public OperativePartSyntax WithItems(SyntaxList<SyntaxNode> value) => WithSlot<OperativePartSyntax>(0, ListGreen(value));
}

/// <summary>
/// An operative paragraph: <c>1.	Takes note with appreciation of the report …;</c>. The number is missing for
/// an unnumbered paragraph. Annex paragraphs use the same node.
/// </summary>
public sealed class OperativeParagraphSyntax : SyntaxNode
{
    internal OperativeParagraphSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The number with its dot (<c>12.</c>); missing for an unnumbered paragraph.</summary>
    public SyntaxToken Number => GetToken(0);

    /// <summary>The number as an integer, or <see langword="null"/>.</summary>
    public int? NumberValue => Number.IsMissing || !int.TryParse(Number.TextAsSpan.TrimEnd('.'), out int n) ? null : n;

    /// <summary>The lead phrase (<c>Calls upon</c>); missing when none is recognized.</summary>
    public SyntaxToken LeadPhrase => GetToken(1);

    /// <summary>The text after the lead phrase.</summary>
    public BodyTextSyntax Body => GetNode<BodyTextSyntax>(2)!;

    /// <summary>The green body text and its position, for the model (no red node is made).</summary>
    internal GreenSlot BodySlot => GetGreenSlot(2);

    /// <summary>The sub-paragraphs.</summary>
    public SyntaxList<SubparagraphSyntax> Subparagraphs => GetList<SubparagraphSyntax>(3);

    /// <summary>A copy with another number.</summary>
    public OperativeParagraphSyntax WithNumber(SyntaxToken value) => WithSlot<OperativeParagraphSyntax>(0, TokenGreen(value));

    /// <summary>A copy with another lead phrase.</summary>
    public OperativeParagraphSyntax WithLeadPhrase(SyntaxToken value) => WithSlot<OperativeParagraphSyntax>(1, TokenGreen(value));

    /// <summary>A copy with another body.</summary>
    public OperativeParagraphSyntax WithBody(BodyTextSyntax value) => WithSlot<OperativeParagraphSyntax>(2, NodeGreen(value));

    /// <summary>A copy with other sub-paragraphs.</summary>
    public OperativeParagraphSyntax WithSubparagraphs(SyntaxList<SubparagraphSyntax> value) => WithSlot<OperativeParagraphSyntax>(3, ListGreen(value));

    /// <summary>A copy with the given children; this node when they are the same.</summary>
    public OperativeParagraphSyntax Update(SyntaxToken number, SyntaxToken leadPhrase, BodyTextSyntax body, SyntaxList<SubparagraphSyntax> subparagraphs) =>
        UpdateSlots<OperativeParagraphSyntax>(TokenGreen(number), TokenGreen(leadPhrase), NodeGreen(body), ListGreen(subparagraphs));
}

/// <summary>A sub-paragraph: <c>(a)	To disseminate information …;</c>, possibly with nested ones (<c>(i)</c>, …).</summary>
public sealed class SubparagraphSyntax : SyntaxNode
{
    internal SubparagraphSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The label, parentheses included: <c>(a)</c>, <c>(iv)</c>; also <c>a.</c>, <c>ii.</c> and bullets (<c>•</c>, <c>–</c>); missing for an unlabelled sub-paragraph.</summary>
    public SyntaxToken Label => GetToken(0);

    /// <summary>The text after the label.</summary>
    public BodyTextSyntax Body => GetNode<BodyTextSyntax>(1)!;

    /// <summary>The green body text and its position, for the model (no red node is made).</summary>
    internal GreenSlot BodySlot => GetGreenSlot(1);

    /// <summary>The nested sub-paragraphs.</summary>
    public SyntaxList<SubparagraphSyntax> Subparagraphs => GetList<SubparagraphSyntax>(2);

    /// <summary>A copy with another label.</summary>
    public SubparagraphSyntax WithLabel(SyntaxToken value) => WithSlot<SubparagraphSyntax>(0, TokenGreen(value));

    /// <summary>A copy with another body.</summary>
    public SubparagraphSyntax WithBody(BodyTextSyntax value) => WithSlot<SubparagraphSyntax>(1, NodeGreen(value));

    /// <summary>A copy with other nested sub-paragraphs.</summary>
    public SubparagraphSyntax WithSubparagraphs(SyntaxList<SubparagraphSyntax> value) => WithSlot<SubparagraphSyntax>(2, ListGreen(value));

    /// <summary>A copy with the given children; this node when they are the same.</summary>
    public SubparagraphSyntax Update(SyntaxToken label, BodyTextSyntax body, SyntaxList<SubparagraphSyntax> subparagraphs) =>
        UpdateSlots<SubparagraphSyntax>(TokenGreen(label), NodeGreen(body), ListGreen(subparagraphs));
}

/// <summary>Running text: text tokens and the footnote references glued to them. A footnote's body may span several lines.</summary>
public sealed class BodyTextSyntax : SyntaxNode
{
    internal BodyTextSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The tokens: <see cref="SyntaxKind.TextToken"/> and <see cref="SyntaxKind.FootnoteReferenceToken"/>.</summary>
    public IEnumerable<SyntaxToken> Tokens => ChildTokens();

    /// <summary>The footnote references, in order.</summary>
    public IEnumerable<SyntaxToken> FootnoteReferences => ChildTokens().Where(t => t.Kind == SyntaxKind.FootnoteReferenceToken);
}

/// <summary>A heading: a label (<c>I</c>, <c>II.</c>), a title, or both (a label line followed by a title line).</summary>
public sealed class HeadingSyntax : SyntaxNode
{
    internal HeadingSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The label, if any.</summary>
    public SyntaxToken Label => GetToken(0);

    /// <summary>The title, if any.</summary>
    public BodyTextSyntax? Title => GetNode<BodyTextSyntax>(1);

    /// <summary>A copy with another label.</summary>
    public HeadingSyntax WithLabel(SyntaxToken value) => WithSlot<HeadingSyntax>(0, TokenGreen(value));

    /// <summary>A copy with another title.</summary>
    public HeadingSyntax WithTitle(BodyTextSyntax? value) => WithSlot<HeadingSyntax>(1, NodeGreen(value));
}

/// <summary>A part (A, B, …) of a resolution: its heading, then its own formula, preamble, operative part and closing.</summary>
public sealed class PartSyntax : SyntaxNode
{
    internal PartSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The heading: the part's letter and title.</summary>
    public HeadingSyntax Heading => GetNode<HeadingSyntax>(0)!;

    /// <summary>The formula.</summary>
    public FormulaSyntax? Formula => GetNode<FormulaSyntax>(1);

    /// <summary>The preamble.</summary>
    public PreambleSyntax? Preamble => GetNode<PreambleSyntax>(2);

    /// <summary>The operative part.</summary>
    public OperativePartSyntax? OperativePart => GetNode<OperativePartSyntax>(3);

    /// <summary>The closing.</summary>
    public ClosingSyntax? Closing => GetNode<ClosingSyntax>(4);
}

/// <summary>An annex: <c>Annex</c> or <c>Annex II</c>, then its titles, headings and paragraphs.</summary>
public sealed class AnnexSyntax : SyntaxNode
{
    internal AnnexSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The word <c>Annex</c> (or <c>Appendix</c>).</summary>
    public SyntaxToken Keyword => GetToken(0);

    /// <summary>The label (<c>I</c>, <c>II</c>), if any.</summary>
    public SyntaxToken Label => GetToken(1);

    /// <summary>A title on the annex's own line (<c>Annex I: Delisting procedures</c>), with its separator; usually absent, the title being the first heading.</summary>
    public BodyTextSyntax? InlineTitle => GetNode<BodyTextSyntax>(2);

    /// <summary>Headings and paragraphs, in order; the first heading is usually the annex's title.</summary>
    public SyntaxList<SyntaxNode> Items => GetList<SyntaxNode>(3);

    /// <summary>The paragraphs, in order.</summary>
    public IEnumerable<OperativeParagraphSyntax> Paragraphs => Items.OfType<OperativeParagraphSyntax>();
}

/// <summary>The footnotes printed after the body.</summary>
public sealed class FootnoteSectionSyntax : SyntaxNode
{
    internal FootnoteSectionSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The footnotes, in order.</summary>
    public SyntaxList<FootnoteSyntax> Footnotes => GetList<FootnoteSyntax>(0);
}

/// <summary>A footnote: <c>1 See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.</c>, possibly over several lines.</summary>
public sealed class FootnoteSyntax : SyntaxNode
{
    internal FootnoteSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The footnote number token.</summary>
    public SyntaxToken Number => GetToken(0);

    /// <summary>The footnote number (1 for <c>1</c>, and for <c>1/</c> as the 1990s wrote it).</summary>
    public int NumberValue => SyntaxFacts.FootnoteNumber(Number.TextAsSpan) ?? 0;

    /// <summary>The footnote's text, with its continuation lines.</summary>
    public BodyTextSyntax Body => GetNode<BodyTextSyntax>(1)!;

    /// <summary>The green body text and its position, for the model (no red node is made).</summary>
    internal GreenSlot BodySlot => GetGreenSlot(1);
}
