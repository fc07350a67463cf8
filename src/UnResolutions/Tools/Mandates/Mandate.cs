namespace UnResolutions.Tools.Mandates;

/// <summary>
/// What a resolution asks for, and by when: a request, decision or invitation of an operative paragraph (or
/// sub-paragraph) that names a report, a session, a date or a frequency. Found by <see cref="MandateFinder"/>.
/// </summary>
public sealed record Mandate
{
    /// <summary>The operative paragraph's number as printed (<see cref="Model.Paragraph.Number"/>); null when it has none.</summary>
    public string? Paragraph { get; init; }

    /// <summary>The part letter when the resolution has parts; null otherwise.</summary>
    public string? Part { get; init; }

    /// <summary>The sub-paragraph's label (<c>a</c>) when the mandate stands in one; null otherwise.</summary>
    public string? Subparagraph { get; init; }

    /// <summary>
    /// The verb that gives the mandate, lower case, in the document's language: <c>requests</c>, <c>decides</c>, <c>invites</c>,
    /// <c>calls upon</c>, <c>urges</c>, <c>encourages</c>, <c>authorizes</c>; <c>prie</c>, <c>décide</c>; <c>solicita</c>, <c>decide</c>.
    /// </summary>
    public string Verb { get; init; } = "";

    /// <summary>
    /// Who is to act: <c>Secretary-General</c>, <c>United Nations Industrial Development Organization</c>, <c>Member States</c>;
    /// for a decision, the adopting organ (<c>General Assembly</c>). Null when the text does not say.
    /// </summary>
    public string? Actor { get; init; }

    /// <summary>
    /// What is to be done, in the document's language: <c>submit a report</c>, <c>report</c>, <c>include in the provisional
    /// agenda</c>, <c>convene</c>, <c>continue</c>; <c>présenter un rapport</c>, <c>inscrire à l’ordre du jour provisoire</c>;
    /// <c>presentar un informe</c>, <c>incluir en el programa provisional</c>.
    /// </summary>
    public string? Action { get; init; }

    /// <summary>A report is asked for.</summary>
    public bool Report { get; init; }

    /// <summary>What it is about: <c>on the implementation of the present resolution</c>; for an agenda item, its title (<c>Industrial development cooperation</c>).</summary>
    public string? Subject { get; init; }

    /// <summary>The session it is due at: 73 from <c>at its seventy-third session</c>; null when none is named.</summary>
    public int? TargetSession { get; init; }

    /// <summary>The date it is due by: <c>until 31 October 2025</c>, <c>by 1 June 2021</c>; null when none is named.</summary>
    public DateOnly? TargetDate { get; init; }

    /// <summary>How often: <c>annual</c>, <c>biennial</c>, <c>triennial</c>, <c>quadrennial</c>; null when not said.</summary>
    public string? Frequency { get; init; }

    /// <summary>The clause the mandate was read from, clean.</summary>
    public string Text { get; init; } = "";

    /// <summary>The offset of the operative paragraph in the source; null when the document was not built from a syntax tree.</summary>
    public int? Start { get; init; }

    /// <summary>The length of the operative paragraph in the source; null when the start is.</summary>
    public int? Length { get; init; }
}
