namespace UnResolutions.Diagnostics;

/// <summary>A kind of diagnostic: its stable code, severity and title. Every code is listed in <c>docs/diagnostics.md</c>.</summary>
public sealed class DiagnosticDescriptor
{
    internal DiagnosticDescriptor(string code, DiagnosticSeverity severity, string title)
    {
        Code = code;
        Severity = severity;
        Title = title;
    }

    /// <summary>The stable code, such as <c>UNR0101</c>.</summary>
    public string Code { get; }

    /// <summary>The severity.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Code}: {Title}";
}

/// <summary>Every diagnostic that the parser reports. Codes never change meaning once published.</summary>
public static class DiagnosticDescriptors
{
    /// <summary>UNR0001: the input is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyInput = new("UNR0001", DiagnosticSeverity.Error, "The input is empty");

    /// <summary>UNR0002: no resolution was found in the input.</summary>
    public static readonly DiagnosticDescriptor NoResolution = new("UNR0002", DiagnosticSeverity.Error, "No resolution found");

    /// <summary>UNR0003: the input holds control characters, as binary files do.</summary>
    public static readonly DiagnosticDescriptor ControlCharacters = new("UNR0003", DiagnosticSeverity.Warning, "Control characters in the text");

    /// <summary>UNR0004: the bytes were not valid UTF-8 or UTF-16 with a byte-order mark; they were decoded as Windows-1252.</summary>
    public static readonly DiagnosticDescriptor EncodingProblem = new("UNR0004", DiagnosticSeverity.Warning, "Encoding problem");

    /// <summary>UNR0005: the language asked for (<c>ParseOptions.Language</c>, <c>--lang</c>) has no tables; the text was read with the English rules.</summary>
    public static readonly DiagnosticDescriptor UnknownLanguage = new("UNR0005", DiagnosticSeverity.Warning, "Unknown language");

    /// <summary>UNR0101: a line that the grammar does not recognize where it stands; kept as skipped text.</summary>
    public static readonly DiagnosticDescriptor SkippedText = new("UNR0101", DiagnosticSeverity.Warning, "Unrecognized text");

    /// <summary>UNR0102: a part of the resolution that should be there is missing.</summary>
    public static readonly DiagnosticDescriptor MissingElement = new("UNR0102", DiagnosticSeverity.Warning, "Missing element");

    /// <summary>UNR0103: a date that is not a real calendar date.</summary>
    public static readonly DiagnosticDescriptor InvalidDate = new("UNR0103", DiagnosticSeverity.Warning, "Invalid date");

    /// <summary>UNR0104: operative or annex paragraph numbers that do not follow each other.</summary>
    public static readonly DiagnosticDescriptor ParagraphNumberSequence = new("UNR0104", DiagnosticSeverity.Warning, "Paragraph number out of sequence");

    /// <summary>UNR0105: a paragraph number typed with a letter (<c>l.</c> for <c>1.</c>); read as a number, kept as printed.</summary>
    public static readonly DiagnosticDescriptor MisprintedParagraphNumber = new("UNR0105", DiagnosticSeverity.Info, "Paragraph number typed with a letter");

    /// <summary>UNR0106: the last operative paragraph does not end with a full stop, as a truncated file does.</summary>
    public static readonly DiagnosticDescriptor Truncated = new("UNR0106", DiagnosticSeverity.Warning, "Text may be truncated");

    /// <summary>UNR0110: a table whose rows have different numbers of cells, so that its columns cannot be aligned.</summary>
    public static readonly DiagnosticDescriptor UnalignedTable = new("UNR0110", DiagnosticSeverity.Info, "Table columns cannot be aligned");

    /// <summary>UNR0111: a footnote section that does not start at footnote 1: notes are missing from the source.</summary>
    public static readonly DiagnosticDescriptor FootnotesMissing = new("UNR0111", DiagnosticSeverity.Warning, "Footnotes missing from the source");

    /// <summary>
    /// UNR0125: an operative paragraph number typed without its full stop (<c>\t43\tInvite …</c>), read as a number because
    /// it continues the paragraph numbering; kept as printed.
    /// </summary>
    public static readonly DiagnosticDescriptor UnstoppedParagraphNumber = new("UNR0125", DiagnosticSeverity.Info, "Paragraph number without its full stop");

    /// <summary>
    /// UNR0126: the adoption line's date contradicts the closing's (both calendar dates, different); the closing's, typed
    /// after the meeting, is taken.
    /// </summary>
    public static readonly DiagnosticDescriptor AdoptionDateContradiction = new("UNR0126", DiagnosticSeverity.Warning, "Adoption date contradicts the closing");

    /// <summary>UNR0201: a footnote that no reference in the text cites.</summary>
    public static readonly DiagnosticDescriptor UncitedFootnote = new("UNR0201", DiagnosticSeverity.Warning, "Footnote never cited");

    /// <summary>UNR0202: digits glued to the text that could be a footnote reference but could not be linked.</summary>
    public static readonly DiagnosticDescriptor AmbiguousFootnoteReference = new("UNR0202", DiagnosticSeverity.Info, "Possible footnote reference not linked");

    /// <summary>
    /// UNR0203: the footnote expected next is cited nowhere before a later one; the linker took the later one and resumed
    /// from it, leaving the skipped footnotes uncited (each with <see cref="UncitedFootnote"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor FootnoteReferenceResynchronized = new("UNR0203", DiagnosticSeverity.Info, "Footnote references resynchronized");

    /// <summary>
    /// UNR0204: digits read as a footnote reference from a weak shape, because they are the footnote expected there: the
    /// end of a longer number (<c>59/3008</c>), a note apart from its text or glued to the next word (<c>1994, 1in which</c>).
    /// </summary>
    public static readonly DiagnosticDescriptor GuessedFootnoteReference = new("UNR0204", DiagnosticSeverity.Info, "Footnote reference guessed");

    /// <summary>
    /// UNR0205: a footnote cited a second time. The tree and the JSON keep every citation the text prints; the UN's
    /// Akoma Ntoso records a note once, at its first citation, so the UN's markup counts one reference fewer.
    /// </summary>
    public static readonly DiagnosticDescriptor RepeatedFootnoteReference = new("UNR0205", DiagnosticSeverity.Info, "Footnote cited again");

    /// <summary>UNR0301: a trailer line of a shape the parser does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownTrailerLine = new("UNR0301", DiagnosticSeverity.Info, "Unknown trailer line");

    /// <summary>UNR0401: a recital's lead phrase read by the fallback grammar: the lexicon of the UN's lead phrases does not know it.</summary>
    public static readonly DiagnosticDescriptor LeadPhraseFromGrammar = new("UNR0401", DiagnosticSeverity.Info, "Lead phrase not in the lexicon");

    /// <summary>All descriptors, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        EmptyInput, NoResolution, ControlCharacters, EncodingProblem, UnknownLanguage, SkippedText, MissingElement, InvalidDate, ParagraphNumberSequence,
        MisprintedParagraphNumber, Truncated, UnalignedTable, FootnotesMissing, UnstoppedParagraphNumber, AdoptionDateContradiction, UncitedFootnote, AmbiguousFootnoteReference, FootnoteReferenceResynchronized,
        GuessedFootnoteReference, RepeatedFootnoteReference, UnknownTrailerLine, LeadPhraseFromGrammar,
    ];
}
