using UnResolutions.Model;

namespace UnResolutions.Tools.Citations;

/// <summary>
/// One edge of the citation graph: a resolution (the citing symbol) cites a resolution, a Security Council resolution,
/// a decision or a document, in a paragraph or in a footnote of it.
/// </summary>
public sealed record Citation
{
    /// <summary>The citing resolution's symbol (<c>A/RES/71/242</c>); null when the text gives none.</summary>
    public string? Citing { get; init; }

    /// <summary>Where the citing paragraph stands: <c>title</c>, <c>preamble</c>, <c>operative</c>, <c>annex</c>, or <c>footnote</c> for a footnote no paragraph cites.</summary>
    public string Section { get; init; } = "";

    /// <summary>The part letter (<c>A</c>) when the resolution has parts, the annex label for an annex; null otherwise.</summary>
    public string? Part { get; init; }

    /// <summary>The paragraph's 1-based position in its section (recitals have no number); null for the title and unclaimed footnotes.</summary>
    public int? Position { get; init; }

    /// <summary>The operative or annex paragraph's number as printed (<see cref="Model.Paragraph.Number"/>); null for recitals.</summary>
    public string? Paragraph { get; init; }

    /// <summary>The citing paragraph's lead phrase: <c>Recalling</c>, <c>Reaffirming</c>, <c>Taking note of</c>'s <c>Taking note</c>.</summary>
    public string? LeadPhrase { get; init; }

    /// <summary>The cited symbol, normalized: <c>A/RES/70/1</c>, <c>S/RES/2334 (2016)</c>, <c>A/DEC/67/540</c>, <c>A/71/467/Add.2</c>.</summary>
    public string Cited { get; init; } = "";

    /// <summary><c>resolution</c>, <c>security-council-resolution</c>, <c>decision</c> or <c>document</c>.</summary>
    public string CitedKind { get; init; } = "";

    /// <summary>The date the text gives the cited act (<c>49/108 of 19 December 1994</c>); null when none.</summary>
    public DateOnly? CitedDate { get; init; }

    /// <summary>The citation exactly as written.</summary>
    public string Text { get; init; } = "";

    /// <summary>The citation stands in a footnote (of the citing paragraph).</summary>
    public bool InFootnote { get; init; }

    /// <summary>The footnote's number, when <see cref="InFootnote"/>.</summary>
    public int? Footnote { get; init; }

    /// <summary>The offset of <see cref="Text"/> in the source.</summary>
    public int Start { get; init; }

    /// <summary>The length of <see cref="Text"/> in the source.</summary>
    public int Length { get; init; }

    /// <summary>The file the resolution came from, when the caller set <see cref="ResolutionDocument.Source"/>.</summary>
    public string? Source { get; init; }
}
