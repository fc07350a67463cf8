namespace UnResolutions.Languages;

/// <summary>
/// The words of one language around the cross-references of a text (<c>sa résolution 70/1 du 25 septembre 2015</c>,
/// <c>las resoluciones del Consejo de Seguridad 1325 (2000) y 2250 (2015)</c>): the keywords that open a list of
/// resolutions or decisions, the words that join its items, link a date or an organ to it, and lead into it. Read by the
/// reference finder (<c>Model.ReferenceFinder</c>), which has no per-language code.
/// </summary>
internal sealed class ReferenceWords
{
    /// <summary>The word of a resolution, singular and plural, as in running text: <c>resolution</c>, <c>resolutions</c>.</summary>
    public required string[] Resolution { get; init; }

    /// <summary>The word of a decision, singular and plural: <c>decision</c>, <c>décisions</c>, <c>decisiones</c>.</summary>
    public required string[] Decision { get; init; }

    /// <summary>The words that join the last items of a list: <c>and</c>, <c>et</c>, <c>y</c>.</summary>
    public required string[] Joiners { get; init; }

    /// <summary>The words between an item and its date: <c>of</c> (<c>70/1 of 25 September 2015</c>), <c>du</c>, <c>de</c> (<c>70/1, de 25 de septiembre de 2015</c>).</summary>
    public required string[] DateLinks { get; init; }

    /// <summary>The words that end a short lead-in before the first item of a plural: <c>in particular</c> (<c>resolutions on Iraq, in particular 1500 (2003)</c>).</summary>
    public required string[] LeadIns { get; init; }

    /// <summary>
    /// The words that join an organ's name to the keyword or to the list (<c>of the</c> Human Rights Council, <c>du</c>
    /// Conseil de sécurité, <c>de l’</c>Assemblée générale, <c>del</c> Consejo de Seguridad), with their trailing space
    /// or apostrophe.
    /// </summary>
    public required string[] OrganLinks { get; init; }

    /// <summary>
    /// The abbreviations of a report's divisions: an act cited by its place in a report (<c>Supplement No. 4
    /// (E/2013/24), chap. I, sect. C, decision 44/114</c>) is the reporting body's, not one the finder can name.
    /// </summary>
    public required string[] ReportDivisions { get; init; }

    /// <summary>The word of "Assembly" alone, which is the General Assembly: <c>Assembly</c>, <c>Assemblée</c>, <c>Asamblea</c>.</summary>
    public required string Assembly { get; init; }

    /// <summary>The word of "Council" alone, which does not say which council: <c>Council</c>, <c>Conseil</c>, <c>Consejo</c>.</summary>
    public required string Council { get; init; }
}
