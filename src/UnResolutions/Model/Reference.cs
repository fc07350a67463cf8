namespace UnResolutions.Model;

/// <summary>The kind of a <see cref="Reference"/> found in the text of a paragraph, sub-paragraph or footnote.</summary>
public enum ReferenceKind
{
    /// <summary>
    /// A resolution of the General Assembly, the Human Rights Council or the Economic and Social Council, written
    /// as a session/number (<c>49/108</c>, <c>66/240 A</c>, <c>ES-10/24</c>), a year/number (<c>2016/1</c>) or a
    /// number with a roman session (<c>2758 (XXVI)</c>, <c>2200 A (XXI)</c>). The value is the document symbol of
    /// the resolution: <c>A/RES/49/108</c>, <c>A/RES/66/240 A</c>, <c>A/RES/ES-10/24</c>, <c>A/HRC/RES/31/1</c>,
    /// <c>E/RES/2016/1</c>, <c>A/RES/2758 (XXVI)</c>, <c>A/RES/2200 A (XXI)</c>.
    /// </summary>
    Resolution,

    /// <summary>
    /// A resolution of the Security Council, written as a number and a year (<c>2334 (2016)</c>); the value is
    /// <c>S/RES/2334 (2016)</c>.
    /// </summary>
    SecurityCouncilResolution,

    /// <summary>
    /// A United Nations document symbol (<c>A/71/467/Add.2</c>, <c>FCCC/CP/2015/10/Add.1</c>, <c>A/CONF.219/7</c>);
    /// the value is the symbol as written.
    /// </summary>
    DocumentSymbol,

    /// <summary>
    /// A calendar date in English, French or Spanish (<c>19 December 1994</c>, <c>1er décembre 2015</c>, <c>25 de
    /// septiembre de 2015</c>); the value is ISO 8601 (<c>1994-12-19</c>).
    /// </summary>
    Date,

    /// <summary>
    /// A numbered decision, written as a session/number after "decision(s)" (<c>decision 74/560</c>, <c>décision
    /// 74/550 B</c>, <c>decisiones 74/544 y 75/570</c>) or a year/number; the value is the decision's symbol:
    /// <c>A/DEC/74/560</c>, <c>A/DEC/74/550 B</c>, Economic and Social Council <c>E/DEC/2016/246</c>, Human Rights Council
    /// <c>A/HRC/DEC/18/120</c>. Decisions of conferences of parties (<c>decision 1/CP.21</c>) and of other bodies are not.
    /// </summary>
    Decision,
}

/// <summary>
/// A cross-reference found in the text of a paragraph, sub-paragraph or footnote: a resolution, a Security Council
/// resolution, a decision, a document symbol or a date.
/// </summary>
/// <param name="Kind">What was found.</param>
/// <param name="Text">The reference exactly as written in the source (for a date, without a footnote number glued to the year).</param>
/// <param name="Value">
/// The normalized value: the document symbol of a resolution (<c>A/RES/49/108</c>, <c>S/RES/2334 (2016)</c>),
/// the symbol of a document as written, or the ISO 8601 form of a date (<c>1994-12-19</c>). See <see cref="ReferenceKind"/>.
/// </param>
/// <param name="Start">The offset of the first character of <paramref name="Text"/> in the source text.</param>
/// <param name="Length">The length of <paramref name="Text"/> in the source text.</param>
public sealed record Reference(ReferenceKind Kind, string Text, string Value, int Start, int Length)
{
    /// <summary>
    /// The ISO date the text gives the act after the name of its organ (<c>la résolution 49/21 du Conseil des droits de
    /// l’homme, en date du 1er avril 2022</c>), where the date does not follow the number; null otherwise. For the
    /// citation graph, which otherwise takes the date right after the number.
    /// </summary>
    internal string? DateAfterOrgan { get; init; }
}
