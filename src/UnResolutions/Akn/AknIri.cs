using System.Globalization;
using System.Text;
using UnResolutions.Model;

namespace UnResolutions.Akn;

/// <summary>
/// The FRBR IRIs of a resolution as AKN4UN builds them (<c>/akn/un/statement/deliberation/unga/2016-12-21/71-242</c>),
/// written to the AKN naming convention (no trailing slash; <c>…/eng@/!main</c>), and the codes they are made of.
/// </summary>
internal static class AknIri
{
    /// <summary>The date of an IRI and of an FRBRdate when the text gives none: the UN's own placeholder.</summary>
    public const string UnknownDate = "0001-01-01";

    /// <summary>One organ: its body code in IRIs (<c>unga</c>), its eId in the references (<c>ga</c>) and its ontology name.</summary>
    public readonly record struct OrganCodes(string Body, string EId, string Ontology, string Name);

    private static readonly Dictionary<Organ, OrganCodes> Organs = new()
    {
        [Organ.GeneralAssembly] = new("unga", "ga", "generalAssembly", "General Assembly"),
        [Organ.SecurityCouncil] = new("unsc", "sc", "securityCouncil", "Security Council"),
        [Organ.EconomicAndSocialCouncil] = new("unecosoc", "ecosoc", "economicAndSocialCouncil", "Economic and Social Council"),
        [Organ.HumanRightsCouncil] = new("unhrc", "hrc", "humanRightsCouncil", "Human Rights Council"),
    };

    /// <summary>The codes of an organ; the General Assembly's when it is not known (the organ of most resolutions).</summary>
    public static OrganCodes CodesOf(Organ? organ) => Organs[organ ?? Organ.GeneralAssembly];

    /// <summary>The ISO 639-2 code of a language (<c>eng</c>, <c>fra</c>, <c>spa</c>); <c>und</c> (undetermined) when unknown.</summary>
    public static string Language(string? code) => code switch
    {
        "en" => "eng",
        "fr" => "fra",
        "es" => "spa",
        _ => "und",
    };

    /// <summary>An ISO date, or <see cref="UnknownDate"/>.</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? UnknownDate;

    /// <summary>
    /// The work IRI: <c>/akn/un/statement/deliberation/unga/2016-12-21/71-242</c>; decisions are <c>statement/decision</c>, so that
    /// decision 72/520 and resolution 72/520 are two works.
    /// </summary>
    public static string Work(ResolutionDocument document, string? part = null)
    {
        string subtype = document.DocumentType == "decision" ? "decision" : "deliberation";
        string? number = document.Number;
        string? letter = part ?? document.PartLetter;
        if (number == null && NumberOfSymbol(document.Symbol) is { } fromSymbol)
        {
            // A header the parser could not read still has its symbol in the ODS trailer: S/RES/2744 (2024), A/RES/75/242 B.
            number = fromSymbol;
            letter = part;
        }
        return $"/akn/un/statement/{subtype}/{CodesOf(document.Body).Body}/{Date(document.Adoption.Date)}/{NumberPart(number, letter)}";
    }

    /// <summary>The number in a resolution's or decision's symbol: <c>2744 (2024)</c> of <c>S/RES/2744 (2024)</c>; null for another symbol.</summary>
    private static string? NumberOfSymbol(string? symbol)
    {
        if (symbol == null) { return null; }
        foreach (string marker in (ReadOnlySpan<string>)["/RES/", "/DEC/"])
        {
            int at = symbol.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && at + marker.Length < symbol.Length) { return symbol[(at + marker.Length)..]; }
        }
        return null;
    }

    /// <summary>
    /// The number as an IRI component: <c>71-242</c>, <c>2334-2016</c>, <c>ES-10-24</c>, <c>2758-XXVI</c>; a part letter is appended
    /// (<c>77-128A</c>, as the UN names a component). <c>unknown</c> without a number.
    /// </summary>
    public static string NumberPart(string? number, string? part)
    {
        if (string.IsNullOrEmpty(number)) { return "unknown"; }
        var b = new StringBuilder(number.Length + 2);
        foreach (char c in number)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.') { b.Append(c); }
            else if ((c is '/' or '-' or '(') && b.Length > 0 && b[^1] != '-') { b.Append('-'); }
        }
        if (b.Length > 0 && b[^1] == '-') { b.Length--; }
        foreach (char c in part ?? string.Empty)
        {
            if (char.IsAsciiLetterOrDigit(c)) { b.Append(c); }
        }
        return b.Length == 0 ? "unknown" : b.ToString();
    }

    /// <summary>The expression IRI: the work's and the language, <c>…/71-242/eng@</c>.</summary>
    public static string Expression(string work, string language) => $"{work}/{language}@";

    private const string UndocsPrefix = "https://undocs.org/";

    /// <summary>
    /// An undocs.org link to a document symbol in the document's language (<c>https://undocs.org/en/A/RES/70/1</c>), spaces
    /// removed as the UN's links have them (<c>S/RES/2334(2016)</c>), other characters escaped.
    /// </summary>
    public static string Undocs(string symbol, string? language)
    {
        var b = new StringBuilder(UndocsPrefix, UndocsLength(symbol));
        b.Append(UndocsLanguage(language)).Append('/');
        foreach (char c in symbol)
        {
            if (InLink(c)) { b.Append(c); }
            else if (!char.IsWhiteSpace(c)) { b.Append(Uri.EscapeDataString(c.ToString())); }
        }
        return b.ToString();
    }

    /// <summary>The room <see cref="TryUndocs"/> needs for a symbol's link.</summary>
    public static int UndocsLength(string symbol) => UndocsPrefix.Length + 3 + symbol.Length;

    /// <summary>
    /// The link of <see cref="Undocs"/> written into <paramref name="link"/> (at least <see cref="UndocsLength"/> long).
    /// PERF: no string is made; false for a symbol with a character to escape (none in real text: then <see cref="Undocs"/>).
    /// </summary>
    public static bool TryUndocs(string symbol, string? language, Span<char> link, out int written)
    {
        UndocsPrefix.CopyTo(link);
        written = UndocsPrefix.Length;
        UndocsLanguage(language).CopyTo(link[written..]);
        written += 2;
        link[written++] = '/';
        foreach (char c in symbol)
        {
            if (InLink(c)) { link[written++] = c; }
            else if (!char.IsWhiteSpace(c)) { return false; }
        }
        return true;
    }

    private static string UndocsLanguage(string? language) => language is "fr" or "es" ? language : "en";

    /// <summary>A character a symbol's link keeps as it is.</summary>
    private static bool InLink(char c) => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '(' or ')' or '_';
}
