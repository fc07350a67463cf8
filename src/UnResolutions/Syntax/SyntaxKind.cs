namespace UnResolutions.Syntax;

/// <summary>
/// The kind of every node, token and trivia of a resolution's syntax tree. This enum is the one list of
/// kinds; <see cref="SyntaxFacts"/> says which kinds are tokens, trivia or nodes.
/// </summary>
public enum SyntaxKind : ushort
{
    /// <summary>No kind: the default value.</summary>
    None = 0,

    // ---- Trivia ----------------------------------------------------------------------------------
    /// <summary>Spaces, tabs, non-breaking spaces and other horizontal white space.</summary>
    WhitespaceTrivia,
    /// <summary>A line break: <c>\n</c>, <c>\r\n</c> or <c>\r</c>.</summary>
    EndOfLineTrivia,
    /// <summary>A byte-order mark (U+FEFF) at the start of the text.</summary>
    ByteOrderMarkTrivia,
    /// <summary>Text the grammar did not recognize, kept so that nothing is lost; it carries a diagnostic.</summary>
    SkippedTextTrivia,

    // ---- Tokens ----------------------------------------------------------------------------------
    /// <summary>The end of the input; its leading trivia holds whatever follows the last resolution.</summary>
    EndOfFileToken,
    /// <summary>A Word bookmark such as <c>[Start1]</c> or <c>[DU1]</c>.</summary>
    StartMarkerToken,
    /// <summary>Running text of a line or a body.</summary>
    TextToken,
    /// <summary>The italic lead phrase that opens a recital or an operative paragraph (<c>Recalling also</c>, <c>Calls upon</c>).</summary>
    LeadPhraseToken,
    /// <summary>A date written <c>d MMMM yyyy</c>.</summary>
    DateToken,
    /// <summary>A meeting, such as <c>66th plenary meeting</c> or <c>9689th meeting</c>.</summary>
    MeetingToken,
    /// <summary>The name of a Main Committee, such as <c>Second Committee</c>.</summary>
    CommitteeToken,
    /// <summary>A UN document symbol, such as <c>A/71/467/Add.2</c> or <c>A/RES/71/242</c>.</summary>
    DocumentSymbolToken,
    /// <summary>The resolution number: <c>71/242</c>, <c>ES-10/24</c>, <c>2758 (XXVI)</c>, <c>2522 (2020)</c>.</summary>
    ResolutionNumberToken,
    /// <summary>A punctuation mark that belongs to the structure: <c>[</c>, <c>]</c>, <c>(</c>, <c>)</c>, <c>.</c>.</summary>
    PunctuationToken,
    /// <summary>A keyword of a fixed line, such as <c>Resolution</c> or <c>Annex</c>.</summary>
    KeywordToken,
    /// <summary>The number of an operative or annex paragraph, with its dot: <c>12.</c>.</summary>
    ParagraphNumberToken,
    /// <summary>The label of a sub-paragraph: <c>(a)</c>, <c>(iv)</c>.</summary>
    SubparagraphLabelToken,
    /// <summary>The label of a heading, a part or an annex: <c>I</c>, <c>II.</c>, <c>A</c>.</summary>
    LabelToken,
    /// <summary>The number that opens a footnote in the footnote section.</summary>
    FootnoteNumberToken,
    /// <summary>Digits glued to the text that cite a footnote (<c>Agreement1</c>).</summary>
    FootnoteReferenceToken,
    /// <summary>An <c>&lt;&lt;ODS …&gt;&gt;</c> field delimiter of the trailer.</summary>
    OdsFieldDelimiterToken,
    /// <summary>The value of a trailer field: a job number, a docket, a session name, a distribution.</summary>
    FieldValueToken,
    /// <summary>A rule of underscores or hyphens.</summary>
    SeparatorToken,
    /// <summary>A page number or page counter (<c>9</c>, <c>2/2</c>).</summary>
    PageNumberToken,

    // ---- Nodes -----------------------------------------------------------------------------------
    /// <summary>A list of children; transparent in the public tree.</summary>
    List,
    /// <summary>The root: the resolutions of the input, then the end of file.</summary>
    Document,
    /// <summary>One resolution, from its start marker to its trailer.</summary>
    Resolution,
    /// <summary>The header lines: number line, adoption line, origin line, number and title.</summary>
    Header,
    /// <summary><c>Resolution adopted by the General Assembly on 21 December 2016</c>.</summary>
    AdoptionLine,
    /// <summary><c>[on the report of the Second Committee (A/71/467/Add.2)]</c>.</summary>
    OriginLine,
    /// <summary><c>71/242.	Industrial development cooperation</c> or <c>Resolution 2522 (2020)</c>.</summary>
    TitleLine,
    /// <summary><c>The General Assembly,</c>.</summary>
    Formula,
    /// <summary>The recitals.</summary>
    Preamble,
    /// <summary>One recital: lead phrase, body, sub-paragraphs.</summary>
    Recital,
    /// <summary>The operative paragraphs and the headings between them.</summary>
    OperativePart,
    /// <summary>An operative paragraph (numbered or not), also used for the paragraphs of annexes.</summary>
    OperativeParagraph,
    /// <summary>A lettered or roman sub-paragraph.</summary>
    Subparagraph,
    /// <summary>Running text with its footnote references.</summary>
    BodyText,
    /// <summary>A heading: a section number, a title, or both.</summary>
    Heading,
    /// <summary>A part (A, B, …) of a resolution, with its own preamble and operative paragraphs.</summary>
    Part,
    /// <summary>The closing: meeting and date.</summary>
    Closing,
    /// <summary>An annex, with its label, titles and paragraphs.</summary>
    Annex,
    /// <summary>The footnotes printed after the body.</summary>
    FootnoteSection,
    /// <summary>One footnote: number and body, possibly over several lines.</summary>
    Footnote,
    /// <summary>A table: rows set flush left whose cells are separated by tabs (budget appropriations, posts, scales).</summary>
    Table,
    /// <summary>One row of a table: one line, its cells in order.</summary>
    TableRow,
    /// <summary>One cell of a table row; the tabs between cells are trivia.</summary>
    TableCell,
    /// <summary>The page furniture that the ODS export appends after the body.</summary>
    Trailer,

    // ---- Trailer lines ---------------------------------------------------------------------------
    /// <summary><c>&lt;&lt;ODS JOB NO&gt;&gt;N1646151E&lt;&lt;ODS JOB NO&gt;&gt;</c> and the other ODS fields.</summary>
    OdsField,
    /// <summary>A rule of underscores (footnote separator) or hyphens.</summary>
    SeparatorLine,
    /// <summary>A page number alone on a line.</summary>
    PageNumberLine,
    /// <summary><c>United NationsA/RES/71/242General AssemblyDistr.: General</c>.</summary>
    Masthead,
    /// <summary><c>2 February 2017Seventy-first session</c>: the issue date, and the session in words.</summary>
    IssueLine,
    /// <summary><c>Agenda item 23 (b)</c>.</summary>
    AgendaItemLine,
    /// <summary><c>16-22825 (E)</c>: the docket (job) number.</summary>
    DocketLine,
    /// <summary><c>*1622825*Please recycle</c>.</summary>
    BarcodeLine,
    /// <summary>A running head: the symbol and the short title, in either order.</summary>
    RunningHead,
    /// <summary>A page counter such as <c>2/2</c>.</summary>
    PageCounterLine,
}
