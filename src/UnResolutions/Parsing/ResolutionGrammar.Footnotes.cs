
namespace UnResolutions.Parsing;

// The footnote section: where it starts (also after notes lost from the source) and which lines continue a note.
internal static partial class ResolutionGrammar
{
    /// <summary>
    /// How many notes in a row the source may lack: a footnote section may start at 2 (note 1 sat on a title line that
    /// the export dropped, 76/297) or jump from 3 to 8 (notes of an omitted annex, 76/266).
    /// </summary>
    private const int MaxMissingNotes = 9;

    /// <summary>Whether a footnote line numbered past the expected one is the next note, notes between being lost.</summary>
    private static bool IsNoteAfterGap(LineInfo info, int number, int expected, LineInfo? previous)
    {
        if (number <= expected || number - expected > MaxMissingNotes) { return false; }
        if (previous is { } prev && Content(prev).TrimEnd() is { Length: > 0 } p && p[^1] is not ('.' or ')' or '”' or '"')) { return false; }
        return !StartsWithMonth(info);
    }

    /// <summary>
    /// Whether the text after a footnote line's number opens as a note does (a capital, a symbol, a quote, an address),
    /// not in lower case as a date in another language does (<c>7 décembre 2020</c>, <c>1 de junio de 2021</c>).
    /// </summary>
    private static bool StartsLikeANote(LineInfo info)
    {
        ReadOnlySpan<char> text = Content(info).TrimStart()[NumberPiece(info).Length..].TrimStart();
        return text.Length > 0 && (!char.IsLower(text[0]) || text.StartsWith("www.", StringComparison.Ordinal) || text.StartsWith("http", StringComparison.Ordinal));
    }

    private static bool StartsWithMonth(LineInfo info)
    {
        ReadOnlySpan<char> text = Content(info).TrimStart()[NumberPiece(info).Length..].TrimStart();
        foreach (string month in MonthNames)
        {
            if (text.StartsWith(month, StringComparison.Ordinal)) { return true; }
        }
        return false;
    }

    private static readonly string[] MonthNames = Languages.LanguageTable.English.MonthNames;

    /// <summary>
    /// A line that continues a footnote: anything but the next footnote or a boundary. A line that starts with the
    /// next number is still a continuation when the previous line broke off mid-sentence and the number reads as
    /// a date (<c>3 August-4 September 2002</c>).
    /// </summary>
    private static bool IsFootnoteContinuation(LineInfo info, int next, LineInfo previous)
    {
        if (info.Class == LineClass.Garbage) { return false; }
        if (info.Class == LineClass.FootnoteLike && FootnoteNumber(info) == next)
        {
            ReadOnlySpan<char> prev = Content(previous).TrimEnd();
            bool brokeOff = prev.Length > 0 && prev[^1] is ',' or '-' or '–' or '(' or ';';
            return brokeOff && StartsWithMonth(info);
        }
        return info.Class switch
        {
            LineClass.StartMarker or LineClass.OdsField or LineClass.Separator or LineClass.Masthead or LineClass.Adoption
                or LineClass.ScNumber or LineClass.Origin or LineClass.Title or LineClass.Formula or LineClass.AnnexLabel => false,
            _ => true,
        };
    }
}
