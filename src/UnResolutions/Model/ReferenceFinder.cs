
namespace UnResolutions.Model;

/// <summary>
/// Finds the cross-references in the text of a paragraph, sub-paragraph or footnote: resolutions, Security Council
/// resolutions, decisions, document symbols and dates, in English, French and Spanish (the words of each language are
/// its <c>LanguageTable.References</c>; the finder has no per-language code). A hand-written scanner: no regular expressions, no reflection, a bounded
/// amount of work per character, and it never throws.
/// </summary>
/// <remarks>
/// <para><b>Resolutions</b> are only found after the word <c>resolution</c> or <c>resolutions</c> (any case; <c>résolution(s)</c>,
/// <c>resolución</c>/<c>resoluciones</c>), and <b>decisions</b> after <c>decision(s)</c> (<c>décision(s)</c>,
/// <c>decisión</c>/<c>decisiones</c>): a session/number or year/number only, value <c>A/DEC/74/560</c>, <c>E/DEC/2016/246</c>,
/// <c>A/HRC/DEC/18/120</c>. An organ may also be named between the keyword and the numbers or after the list, with the
/// language's links (<c>les résolutions du Conseil de sécurité 1325 (2000)</c>, <c>resolution 31/1 of the Human Rights
/// Council</c>, <c>la résolution 31/1 du Conseil des droits de l’homme</c>). A keyword after a report's division
/// (<c>chap. I, sect. C, decision 44/114</c>) names the reporting body's act: nothing is found. The organ is
/// taken from the words just before it (<c>General Assembly</c>, <c>Assembly</c>, <c>Security Council</c>,
/// <c>Human Rights Council</c>, <c>Economic and Social Council</c>); another named organ (<c>United Nations Environment
/// Assembly</c>, <c>World Meteorological Organization</c>, an acronym such as <c>IMO</c>) makes the numbers not
/// references. With no organ named, the form decides:</para>
/// <list type="bullet">
/// <item><c>49/108</c> (session 31 or later), <c>ES-10/24</c>, <c>S-30/1</c>: the General Assembly, value <c>A/RES/49/108</c>,
/// <c>A/RES/ES-10/24</c>, <c>A/RES/S-30/1</c>. A session/number before session 31 is not a General Assembly form
/// (the Assembly numbered <c>N (ROMAN)</c> until then), so with no organ it is skipped.</item>
/// <item>A part letter stays in the text and the value after a space: <c>66/240 A</c> gives <c>A/RES/66/240 A</c>;
/// in <c>76/84 A and B</c> the second part is its own reference, text <c>B</c>, value <c>A/RES/76/84 B</c>.</item>
/// <item><c>2016/1</c> (a year, 1946–2099): the Economic and Social Council, value <c>E/RES/2016/1</c>.</item>
/// <item><c>2758 (XXVI)</c>, <c>2200 A (XXI)</c>: the General Assembly, value <c>A/RES/2758 (XXVI)</c>, <c>A/RES/2200 A (XXI)</c>
/// (<c>E/RES/…</c> after <c>Economic and Social Council</c>).</item>
/// <item><c>2334 (2016)</c>: the Security Council, <see cref="ReferenceKind.SecurityCouncilResolution"/>, value <c>S/RES/2334 (2016)</c>.</item>
/// <item>After <c>Human Rights Council</c>, <c>31/1</c> or <c>S-30/1</c> gives <c>A/HRC/RES/31/1</c>, <c>A/HRC/RES/S-30/1</c>.</item>
/// </list>
/// <para>A list continues the context: each item may be followed by <c>of &lt;date&gt;</c> (<c>du</c>, <c>, de</c>) and is separated from the next
/// by a comma, <c>and</c> (<c>et</c>, <c>y</c>), or both (<c>49/108 of 19 December 1994, 51/170 of 16 December 1996 … and 69/235 of …</c>).
/// After the plural <c>resolutions</c>, a short lead-in ending in <c>in particular</c> or <c>including</c> is allowed
/// (<c>resolutions on Iraq, in particular 1500 (2003), 1546 (2004) …</c>). Decisions of conferences of parties
/// (<c>decision 1/CP.21</c>) are never references.</para>
/// <para><b>Document symbols</b> have at least two slash-separated segments, the first starting with a capital and holding
/// no lower-case letter, and a digit after the first segment or a dot in it (<c>A/71/467/Add.2</c>,
/// <c>GC.15/INF/4</c>, <c>GB.346/Decisions</c>). A trailing period is not part of a symbol. A joint symbol
/// <c>A/56/1026-S/2002/932</c> gives two symbols, <c>A/56/1026</c> and <c>S/2002/932</c>. The symbol of a Security
/// Council resolution keeps the year that follows it (<c>S/RES/2334 (2016)</c>). Symbol-shaped numbers of other bodies
/// are symbols too (<c>GC.18/Res.3</c>, <c>EC-57/1</c>). Not symbols: a bare
/// resolution number (<c>ES-10/24</c>), a roman first segment (<c>IX/16</c>, <c>XI-1/6</c>), and anything right after
/// <c>decision</c> or <c>regulation</c>. After the word <c>document</c>, the spaced form of some agencies is also a
/// symbol (<c>document MSC 81/25/Add.1</c>).</para>
/// <para><b>Dates</b> are <c>day Month year</c> with the month names of every language (<c>1er décembre 2015</c>,
/// <c>25 de septiembre de 2015</c>) and ordinary or no-break spaces, normalized to
/// ISO 8601; an impossible calendar date is skipped. In a range only the full date is found (<c>from 17 to 22 July 2016</c>
/// and <c>9-13 May 2011</c> give <c>22 July 2016</c> and <c>13 May 2011</c>). A footnote number glued to the year
/// (<c>22 May 20045</c>) is left out of the text.</para>
/// <para>A list item with a date gives two references, the resolution and the date. The result is in order of
/// position, without overlaps.</para>
/// </remarks>
internal static partial class ReferenceFinder
{
    /// <summary>The organ a citation names before the symbol (<c>Security Council resolution 2334 (2016)</c>): not said (none named, or "Council" alone: <see cref="Default"/>), one of the four principal organs of the tables, or another body (<see cref="Other"/>). Not the public <c>Organ</c>, which names the organ of a document.</summary>
    private enum CitedOrgan { Default, GeneralAssembly, SecurityCouncil, HumanRightsCouncil, EconomicAndSocialCouncil, Other }

    /// <summary>
    /// The references in <paramref name="text"/>, in order of position and without overlaps.
    /// </summary>
    /// <param name="text">The exact source text of a paragraph body (or any string).</param>
    /// <param name="sourceOffset">The offset of <paramref name="text"/> in the source; added to every <see cref="Reference.Start"/>.</param>
    public static List<Reference> Find(string text, int sourceOffset) => Find(text.AsSpan(), sourceOffset);

    /// <summary>
    /// The references in <paramref name="text"/>, in order of position and without overlaps.
    /// PERF: a span of the source, so that the model makes no copy of each paragraph to search it.
    /// </summary>
    /// <param name="text">The exact source text of a paragraph body.</param>
    /// <param name="sourceOffset">The offset of <paramref name="text"/> in the source; added to every <see cref="Reference.Start"/>.</param>
    public static List<Reference> Find(ReadOnlySpan<char> text, int sourceOffset)
    {
        var found = new List<Reference>();
        if (text.IsEmpty) { return found; }
        FindResolutions(text, sourceOffset, found);
        FindSymbols(text, sourceOffset, found);
        FindDates(text, sourceOffset, found);
        found.Sort(static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : Priority(a.Kind) != Priority(b.Kind) ? Priority(a.Kind).CompareTo(Priority(b.Kind))
            : b.Length.CompareTo(a.Length));
        var result = new List<Reference>(found.Count);
        long end = long.MinValue;
        foreach (Reference r in found)
        {
            if (r.Start < end) { continue; }
            result.Add(r);
            end = (long)r.Start + r.Length;
        }
        return result;
    }

    private static int Priority(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Resolution or ReferenceKind.SecurityCouncilResolution or ReferenceKind.Decision => 0,
        ReferenceKind.DocumentSymbol => 1,
        _ => 2,
    };

    // ---------------------------------------------------------------- characters

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
    private static bool IsDigit(char c) => c is >= '0' and <= '9';
    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';
    private static bool IsLower(char c) => c is >= 'a' and <= 'z';
    private static bool IsAsciiLetter(char c) => IsUpper(c) || IsLower(c);
    private static bool IsAsciiAlnum(char c) => IsAsciiLetter(c) || IsDigit(c);
    private static bool IsSymbolChar(char c) => IsAsciiAlnum(c) || c is '.' or '/' || IsHyphen(c);

    private static string Str(ReadOnlySpan<char> s, int start, int length) => s.Slice(start, length).ToString();

    private static int IndexOf(ReadOnlySpan<char> s, char c, int from)
    {
        int k = s[from..].IndexOf(c);
        return k < 0 ? -1 : k + from;
    }

    private static int IndexOf(ReadOnlySpan<char> s, string value, int from, StringComparison comparison)
    {
        int k = s[from..].IndexOf(value, comparison);
        return k < 0 ? -1 : k + from;
    }

    private static char At(ReadOnlySpan<char> s, int i) => (uint)i < (uint)s.Length ? s[i] : '\0';

    private static int SkipSpaces(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && Parsing.Scan.IsWordSpace(s[i])) { i++; }
        return i;
    }

    private static int Digits(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        while (j < s.Length && IsDigit(s[j])) { j++; }
        return j - i;
    }

    /// <summary>Whether <paramref name="word"/> (lower case) is at <paramref name="i"/>, case-insensitively, followed by a non-letter.</summary>
    private static bool WordAt(ReadOnlySpan<char> s, int i, string word)
    {
        if (i < 0 || i + word.Length > s.Length) { return false; }
        if (!s.Slice(i, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)) { return false; }
        return !char.IsLetter(At(s, i + word.Length));
    }

    /// <summary>The word that ends just before <paramref name="end"/> (exclusive), skipping spaces first.</summary>
    private static (int Start, int End) WordBefore(ReadOnlySpan<char> s, int end)
    {
        int e = end;
        while (e > 0 && Parsing.Scan.IsWordSpace(s[e - 1])) { e--; }
        int b = e;
        while (b > 0 && char.IsLetter(s[b - 1])) { b--; }
        return (b, e);
    }

    private static bool EndsWithWords(ReadOnlySpan<char> s, int end, string words)
    {
        int e = end;
        while (e > 0 && Parsing.Scan.IsWordSpace(s[e - 1])) { e--; }
        int b = e - words.Length;
        if (b < 0 || !s.Slice(b, words.Length).SequenceEqual(words)) { return false; }
        return b == 0 || !char.IsLetter(s[b - 1]);
    }
}
