namespace UnResolutions.Model;

/// <summary>The organ that adopted a resolution.</summary>
public enum Organ
{
    /// <summary>The General Assembly.</summary>
    GeneralAssembly,
    /// <summary>The Security Council.</summary>
    SecurityCouncil,
    /// <summary>The Economic and Social Council.</summary>
    EconomicAndSocialCouncil,
    /// <summary>The Human Rights Council.</summary>
    HumanRightsCouncil,
}

/// <summary>
/// A resolution as clean, typed data: the semantic view of a <see cref="Syntax.ResolutionSyntax"/>. Strings hold
/// no layout tabs and no glued footnote digits, and their white space is normalized; dates are
/// <see cref="DateOnly"/>, numbers integers; a value the text does not give is <see langword="null"/>.
/// Read-only, with value equality (lists compare element by element). Built by <see cref="ResolutionModel"/>;
/// serialized by <see cref="Json.ResolutionJson"/>.
/// </summary>
public sealed record ResolutionDocument
{
    /// <summary>The version of this model and of its JSON schema.</summary>
    public string SchemaVersion { get; init; } = ResolutionModel.SchemaVersion;

    /// <summary>
    /// The document symbol: <c>A/RES/71/242</c>, <c>S/RES/2334 (2016)</c>, <c>A/RES/75/242 B</c>, <c>A/DEC/72/520</c>; from the
    /// ODS trailer, or made from the number (with a part letter or the range of the parts).
    /// </summary>
    public string? Symbol { get; init; }

    /// <summary>The organ that adopted it.</summary>
    public Organ? Body { get; init; }

    /// <summary>
    /// <c>resolution</c>, or <c>decision</c> for a General Assembly decision (its adoption line says "Decision adopted", or
    /// it opens with a chapeau "At its 66th plenary meeting, …" and ends with a record line "(See A/72/456, …)").
    /// </summary>
    public string? DocumentType { get; init; }

    /// <summary>
    /// The language of the text: <c>en</c>, <c>fr</c> or <c>es</c>, from the adoption line's fixed phrases, else from the
    /// formula (<c>L’Assemblée générale,</c>); null when neither says.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>The number: <c>71/242</c>, <c>ES-10/24</c>, <c>2758 (XXVI)</c>, <c>2334 (2016)</c>.</summary>
    public string? Number { get; init; }

    /// <summary>The General Assembly session (71 for 71/242, 10 for ES-10/24, 26 for 2758 (XXVI)); null for the Security Council.</summary>
    public int? Session { get; init; }

    /// <summary>The title; null for the Security Council, whose resolutions have none.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The part letter of a single part of a resolution issued on its own (<c>B</c> of <c>A/RES/75/242 B</c>); null
    /// otherwise. A resolution issued with all its parts lists them in <see cref="Parts"/> instead.
    /// </summary>
    public string? PartLetter { get; init; }

    /// <summary>The own title of a single part issued on its own, after its letter; null when it has none.</summary>
    public string? PartTitle { get; init; }

    /// <summary>
    /// The footnotes cited in the header, in order: on the title (<c>… Occupied Palestinian Territory1</c>), on its
    /// wrapped lines, on the part letter printed under it (<c>B1</c>). They come before every paragraph's.
    /// </summary>
    public IReadOnlyList<int> TitleFootnoteRefs { get; init; } = [];

    /// <summary>When and where it was adopted.</summary>
    public Adoption Adoption { get; init; } = new();

    /// <summary>The origin line (General Assembly); null when absent.</summary>
    public Origin? Origin { get; init; }

    /// <summary>The formula: <c>The General Assembly,</c>.</summary>
    public string? Formula { get; init; }

    /// <summary>The recitals; empty when the resolution has parts (see <see cref="Parts"/>).</summary>
    public IReadOnlyList<Paragraph> Preamble { get; init; } = [];

    /// <summary>The operative paragraphs; empty when the resolution has parts.</summary>
    public IReadOnlyList<Paragraph> Operative { get; init; } = [];

    /// <summary>The tables among the operative paragraphs (budget appropriations, scales), in order; empty when the resolution has parts.</summary>
    public IReadOnlyList<DocumentTable> Tables { get; init; } = [];

    /// <summary>Parts A, B, … with their own preamble and operative paragraphs.</summary>
    public IReadOnlyList<Part> Parts { get; init; } = [];

    /// <summary>The annexes.</summary>
    public IReadOnlyList<Annex> Annexes { get; init; } = [];

    /// <summary>The footnotes.</summary>
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];

    /// <summary>
    /// What the resolution asks for, and by when: each request, decision or invitation of its operative paragraphs with
    /// a report, a session, a date or a frequency in it (<see cref="Tools.Mandates.MandateFinder"/>).
    /// </summary>
    public IReadOnlyList<Tools.Mandates.Mandate> Mandates { get; init; } = [];

    /// <summary>The data of the ODS trailer; null when the export has none.</summary>
    public OdsData? Ods { get; init; }

    /// <summary>The parser's diagnostics for this resolution.</summary>
    public IReadOnlyList<DiagnosticEntry> Diagnostics { get; init; } = [];

    /// <summary>Where the document came from (a path), when the caller sets it; the CLI does.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// The adoption line as printed, clean (<c>Resolution adopted by the General Assembly on 21 December 2016</c>), for the
    /// Akoma Ntoso cover page; not in the JSON (it holds no fact the members above do not), so null after deserializing.
    /// </summary>
    internal string? AdoptionLine { get; init; }

    /// <summary>The origin line as printed, clean (<c>[on the report of the Second Committee (A/71/467/Add.2)]</c>); as <see cref="AdoptionLine"/>.</summary>
    internal string? OriginLine { get; init; }

    /// <summary>Writes this document as Akoma Ntoso (AKN4UN) XML: <see cref="Akn.AknWriter.WriteToString(ResolutionDocument)"/>.</summary>
    public string ToAkn() => Akn.AknWriter.WriteToString(this);

    /// <inheritdoc/>
    public bool Equals(ResolutionDocument? other) =>
        other is not null && SchemaVersion == other.SchemaVersion && Symbol == other.Symbol && Body == other.Body
        && DocumentType == other.DocumentType && Language == other.Language && Number == other.Number && Session == other.Session && Title == other.Title
        && PartLetter == other.PartLetter && PartTitle == other.PartTitle
        && Sequence.Equal(TitleFootnoteRefs, other.TitleFootnoteRefs)
        && Adoption == other.Adoption && Origin == other.Origin && Formula == other.Formula
        && Sequence.Equal(Preamble, other.Preamble) && Sequence.Equal(Operative, other.Operative) && Sequence.Equal(Tables, other.Tables)
        && Sequence.Equal(Parts, other.Parts)
        && Sequence.Equal(Annexes, other.Annexes) && Sequence.Equal(Footnotes, other.Footnotes) && Sequence.Equal(Mandates, other.Mandates) && Ods == other.Ods
        && Sequence.Equal(Diagnostics, other.Diagnostics) && Source == other.Source;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Symbol, Number, Title, Sequence.Hash(Preamble), Sequence.Hash(Operative));
}

/// <summary>Adoption: date and meeting.</summary>
public sealed record Adoption
{
    /// <summary>The adoption date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The meeting: <c>66th plenary meeting</c>, <c>7853rd meeting</c>; null for adoption by written procedure.</summary>
    public string? Meeting { get; init; }
}

/// <summary>The origin line: the committee whose report it came from, and the document.</summary>
public sealed record Origin
{
    /// <summary>The committee (<c>Second Committee</c>); null without reference to a Main Committee.</summary>
    public string? Committee { get; init; }

    /// <summary>
    /// The Main Committee's identifier, the same in every language: <c>SecondCommittee</c> for <c>Second Committee</c>,
    /// <c>Deuxième Commission</c>, <c>Segunda Comisión</c>; null without a committee or for another body.
    /// </summary>
    public string? CommitteeId { get; init; }

    /// <summary>The first document symbol alone: <c>A/75/462/Add.2</c> from <c>(A/75/462/Add.2, para. 7)</c>.</summary>
    public string? Document { get; init; }

    /// <summary>Every document symbol of the line (<c>A/75/L.48</c>, <c>A/75/L.48/Add.1</c>).</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    /// <summary>The paragraph of the report: 7 from <c>para. 7</c>.</summary>
    public int? Paragraph { get; init; }

    /// <summary>True for <c>[without reference to a Main Committee …]</c>.</summary>
    public bool WithoutReference { get; init; }

    /// <inheritdoc/>
    public bool Equals(Origin? other) =>
        other is not null && Committee == other.Committee && CommitteeId == other.CommitteeId && Document == other.Document && Sequence.Equal(Documents, other.Documents)
        && Paragraph == other.Paragraph && WithoutReference == other.WithoutReference;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Committee, Document, Paragraph, WithoutReference);
}

/// <summary>
/// A recital, an operative paragraph or an annex paragraph. <see cref="Heading"/> holds the headings that
/// open the section this paragraph starts (each heading's label and title joined by a space, several headings
/// by a line feed), so that the document stays a flat list of paragraphs.
/// </summary>
public sealed record Paragraph
{
    /// <summary>
    /// The number as printed, without its full stop (operative and annex paragraphs): <c>12</c>, <c>1.1</c> in a
    /// programme numbered by section; null for recitals and unnumbered paragraphs. A string, as the UN's own markup
    /// keeps it (its <c>num</c>): not every paragraph number is an integer.
    /// </summary>
    public string? Number { get; init; }

    /// <summary>The lead phrase: <c>Recalling also</c>, <c>Calls upon</c>; null when none is recognized.</summary>
    public string? LeadPhrase { get; init; }

    /// <summary>The text after the lead phrase, clean.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The footnotes cited by the headings of <see cref="Heading"/>, which stand before the paragraph's text, in order.</summary>
    public IReadOnlyList<int> HeadingFootnoteRefs { get; init; } = [];

    /// <summary>The footnotes cited, in order, repeats included.</summary>
    public IReadOnlyList<int> FootnoteRefs { get; init; } = [];

    /// <summary>Cross-references found in the text (positions are in the source).</summary>
    public IReadOnlyList<Reference> References { get; init; } = [];

    /// <summary>The sub-paragraphs.</summary>
    public IReadOnlyList<Subparagraph> Subparagraphs { get; init; } = [];

    /// <summary>The headings just before this paragraph, or null.</summary>
    public string? Heading { get; init; }

    /// <summary>
    /// Where each of <see cref="FootnoteRefs"/> stands in <see cref="Text"/> (the offset the note follows), for the
    /// Akoma Ntoso writer, which places each note at its reference; not in the JSON, so null after deserializing.
    /// </summary>
    internal IReadOnlyList<int>? FootnoteOffsets { get; init; }

    /// <inheritdoc/>
    public bool Equals(Paragraph? other) =>
        other is not null && Number == other.Number && LeadPhrase == other.LeadPhrase && Text == other.Text
        && Sequence.Equal(HeadingFootnoteRefs, other.HeadingFootnoteRefs) && Sequence.Equal(FootnoteRefs, other.FootnoteRefs)
        && Sequence.Equal(References, other.References) && Sequence.Equal(Subparagraphs, other.Subparagraphs) && Heading == other.Heading;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, LeadPhrase, Text, Heading);
}

/// <summary>A sub-paragraph: <c>(a)</c>, <c>(iv)</c>, possibly with nested ones.</summary>
public sealed record Subparagraph
{
    /// <summary>The label without parentheses or full stop: <c>a</c>, <c>iv</c>; a bullet as it stands (<c>•</c>, <c>–</c>); empty for an unlabelled sub-paragraph.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>The text, clean.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The footnotes cited, in order.</summary>
    public IReadOnlyList<int> FootnoteRefs { get; init; } = [];

    /// <summary>Cross-references found in the text.</summary>
    public IReadOnlyList<Reference> References { get; init; } = [];

    /// <summary>Nested sub-paragraphs.</summary>
    public IReadOnlyList<Subparagraph> Subparagraphs { get; init; } = [];

    /// <summary>Where each of <see cref="FootnoteRefs"/> stands in <see cref="Text"/>; as <see cref="Paragraph.FootnoteOffsets"/>.</summary>
    internal IReadOnlyList<int>? FootnoteOffsets { get; init; }

    /// <inheritdoc/>
    public bool Equals(Subparagraph? other) =>
        other is not null && Label == other.Label && Text == other.Text && Sequence.Equal(FootnoteRefs, other.FootnoteRefs)
        && Sequence.Equal(References, other.References) && Sequence.Equal(Subparagraphs, other.Subparagraphs);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Label, Text);
}

/// <summary>A part (A, B, …) of a resolution.</summary>
public sealed record Part
{
    /// <summary>The letter: <c>A</c>.</summary>
    public string? Label { get; init; }

    /// <summary>The title of the part.</summary>
    public string? Title { get; init; }

    /// <summary>The footnotes cited by the part's letter and title (<c>B1</c>), in order.</summary>
    public IReadOnlyList<int> TitleFootnoteRefs { get; init; } = [];

    /// <summary>The part's recitals.</summary>
    public IReadOnlyList<Paragraph> Preamble { get; init; } = [];

    /// <summary>The part's operative paragraphs.</summary>
    public IReadOnlyList<Paragraph> Operative { get; init; } = [];

    /// <summary>The tables among the part's operative paragraphs.</summary>
    public IReadOnlyList<DocumentTable> Tables { get; init; } = [];

    /// <summary>When and where the part was adopted (its closing).</summary>
    public Adoption? Adoption { get; init; }

    /// <inheritdoc/>
    public bool Equals(Part? other) =>
        other is not null && Label == other.Label && Title == other.Title && Sequence.Equal(TitleFootnoteRefs, other.TitleFootnoteRefs)
        && Sequence.Equal(Preamble, other.Preamble)
        && Sequence.Equal(Operative, other.Operative) && Sequence.Equal(Tables, other.Tables) && Adoption == other.Adoption;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Label, Title);
}

/// <summary>An annex.</summary>
public sealed record Annex
{
    /// <summary>The label: <c>I</c> of <c>Annex I</c>; null for a single <c>Annex</c>.</summary>
    public string? Label { get; init; }

    /// <summary>The title: the annex's first heading, or the title on its own line.</summary>
    public string? Title { get; init; }

    /// <summary>The footnotes cited by the title, in order.</summary>
    public IReadOnlyList<int> TitleFootnoteRefs { get; init; } = [];

    /// <summary>The annex's paragraphs.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];

    /// <summary>The annex's tables, in order.</summary>
    public IReadOnlyList<DocumentTable> Tables { get; init; } = [];

    /// <inheritdoc/>
    public bool Equals(Annex? other) =>
        other is not null && Label == other.Label && Title == other.Title && Sequence.Equal(TitleFootnoteRefs, other.TitleFootnoteRefs)
        && Sequence.Equal(Paragraphs, other.Paragraphs) && Sequence.Equal(Tables, other.Tables);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Label, Title);
}

/// <summary>
/// A table of the body or of an annex, row by row. The text export drops a Word table's empty cells, so a row may
/// have fewer cells than the widest (diagnostic <c>UNR0110</c>); a row of one cell is usually the title of the rows
/// below it.
/// </summary>
public sealed record DocumentTable
{
    /// <summary>The number, as printed (see <see cref="Paragraph.Number"/>), of the operative or annex paragraph the table follows, if any.</summary>
    public string? AfterParagraph { get; init; }

    /// <summary>The rows, in order.</summary>
    public IReadOnlyList<DocumentTableRow> Rows { get; init; } = [];

    /// <inheritdoc/>
    public bool Equals(DocumentTable? other) => other is not null && AfterParagraph == other.AfterParagraph && Sequence.Equal(Rows, other.Rows);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AfterParagraph, Rows.Count);
}

/// <summary>One row of a table.</summary>
public sealed record DocumentTableRow
{
    /// <summary>The cells' clean text, in order.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];

    /// <inheritdoc/>
    public bool Equals(DocumentTableRow? other) => other is not null && Sequence.Equal(Cells, other.Cells);

    /// <inheritdoc/>
    public override int GetHashCode() => Cells.Count;
}

/// <summary>A footnote.</summary>
public sealed record Footnote
{
    /// <summary>The number.</summary>
    public int Number { get; init; }

    /// <summary>The text, clean, continuation lines joined.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Cross-references found in the text.</summary>
    public IReadOnlyList<Reference> References { get; init; } = [];

    /// <inheritdoc/>
    public bool Equals(Footnote? other) => other is not null && Number == other.Number && Text == other.Text && Sequence.Equal(References, other.References);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, Text);
}

/// <summary>What the ODS trailer says.</summary>
public sealed record OdsData
{
    /// <summary>The ODS job number: <c>N1646151E</c>.</summary>
    public string? JobNumber { get; init; }

    /// <summary>The document symbols of the ODS fields.</summary>
    public IReadOnlyList<string> Symbols { get; init; } = [];

    /// <summary>The distribution: <c>General</c>.</summary>
    public string? Distribution { get; init; }

    /// <summary>The issue date of the masthead (not the adoption date).</summary>
    public DateOnly? IssueDate { get; init; }

    /// <summary>The session in words: <c>Seventy-first session</c>.</summary>
    public string? SessionName { get; init; }

    /// <summary>The agenda item: <c>23 (b)</c>.</summary>
    public string? AgendaItem { get; init; }

    /// <summary>The docket: <c>16-22825 (E)</c>.</summary>
    public string? Docket { get; init; }

    /// <summary>The barcode: <c>*1622825*</c>.</summary>
    public string? Barcode { get; init; }

    /// <inheritdoc/>
    public bool Equals(OdsData? other) =>
        other is not null && JobNumber == other.JobNumber && Sequence.Equal(Symbols, other.Symbols) && Distribution == other.Distribution
        && IssueDate == other.IssueDate && SessionName == other.SessionName && AgendaItem == other.AgendaItem && Docket == other.Docket
        && Barcode == other.Barcode;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(JobNumber, Docket, IssueDate);
}

/// <summary>A diagnostic, as data: code, severity, message and 1-based line and column.</summary>
public sealed record DiagnosticEntry
{
    /// <summary>The code: <c>UNR0101</c>.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>The severity.</summary>
    public Diagnostics.DiagnosticSeverity Severity { get; init; }

    /// <summary>The message.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>The line, 1-based.</summary>
    public int Line { get; init; }

    /// <summary>The column, 1-based.</summary>
    public int Column { get; init; }
}

/// <summary>Element-by-element equality for the model's lists.</summary>
internal static class Sequence
{
    public static bool Equal<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) => ReferenceEquals(a, b) || a.SequenceEqual(b);

    public static int Hash<T>(IReadOnlyList<T> list) => list.Count;
}
