using Sprache;
using UnResolutions.Syntax;
using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Parsing;

// The header: a title that wrapped, the part letter of a single part issued alone, and the formula with or without its comma.
internal static partial class ResolutionGrammar
{
    /// <summary>The most lines a wrapped title, or the title of a part issued alone, runs onto.</summary>
    private const int MaxTitleLines = 3;

    /// <summary>
    /// What stands between the number-and-title line and the formula, kept in the header as headings: the further lines
    /// of a title that wrapped, then, for a single part issued alone (<c>A/RES/75/242 B</c>), its part letter
    /// (<c>B</c>, or <c>B1</c> with the footnote that says what became of the earlier part) and the part's own title.
    /// Only when a formula follows them; otherwise they are not the header's. A letter is the header's unless the
    /// adoption line speaks of several resolutions ("Resolutions adopted") or the next part follows (its letter, then a
    /// formula), as in a resolution issued with all its parts; a footnote glued to the letter makes it the header's.
    /// </summary>
    private static Parser<List<GreenNode>> HeaderTail(IEnumerable<GreenNode> header) => i =>
    {
        var lines = new List<GreenNode>();
        IInput rest = i;
        while (lines.Count < MaxTitleLines && NextLine(rest, out Line line) && IsTitleContinuation(line.Info))
        {
            lines.Add(BuildHeading(null, line));
            rest = After(line);
        }
        if (NextLine(rest, out Line letter) && PartLetterLength(letter.Info) is > 0 and var letterLength)
        {
            bool glued = letterLength < Content(letter.Info).Trim().Length;
            IInput afterLetter = After(letter);
            var title = new List<GreenNode>();
            while (title.Count < MaxTitleLines && NextLine(afterLetter, out Line line) && IsTitleContinuation(line.Info))
            {
                title.Add(BuildHeading(null, line));
                afterLetter = After(line);
            }
            bool own = !SpeaksOfSeveral(header) && (glued || !NextPartFollows(letter));
            if (own && FormulaFollows(afterLetter))
            {
                lines.Add(letter.Class == LineClass.PartLabel ? BuildHeading(letter, null) : BuildHeading(null, letter));
                lines.AddRange(title);
                return Result.Success(lines, afterLetter);
            }
            // Parts follow: the lines before the letter are the title's.
            return lines.Count > 0 && letter.Class == LineClass.PartLabel ? Result.Success(lines, rest) : Scan.Fail<List<GreenNode>>(i, "title continuation");
        }
        return lines.Count > 0 && FormulaFollows(rest) ? Result.Success(lines, rest) : Scan.Fail<List<GreenNode>>(i, "title continuation");
    };

    /// <summary>A further line of a title: a heading's shape, though a long title's second line may be long.</summary>
    private static bool IsTitleContinuation(LineInfo info) => IsHeadingTitle(info, maxLength: 400) && PartLetterLength(info) == 0;

    /// <summary>
    /// The length of the part letter of a line that is only a part letter (<c>C</c>) or a part letter with a footnote
    /// glued to it (<c>B1</c>); 0 for any other line.
    /// </summary>
    private static int PartLetterLength(LineInfo info)
    {
        if (info.Class == LineClass.PartLabel) { return 1; }
        if (info.Class is not (LineClass.Text or LineClass.IndentedText)) { return 0; }
        ReadOnlySpan<char> text = Content(info).Trim();
        if (text.Length is < 2 or > 4 || !char.IsAsciiLetterUpper(text[0])) { return 0; }
        foreach (char c in text[1..]) { if (!char.IsAsciiDigit(c)) { return 0; } }
        return text[1] == '0' ? 0 : 1;
    }

    /// <summary>
    /// Whether the part after the one whose letter is <paramref name="letter"/> follows in the same resolution: the
    /// next letter alone on its line, a formula within the three lines after it, before the next resolution or an annex.
    /// French and Spanish say so only this way: their adoption line is singular for a resolution in parts ("Résolution
    /// adoptée", where English has "Resolutions adopted").
    /// </summary>
    private static bool NextPartFollows(Line letter)
    {
        LineTable lines = letter.Context.Lines;
        char next = (char)(Content(letter.Info).Trim()[0] + 1);
        for (int k = lines.NextNonBlank(letter.Info.Index + 1); k < lines.Count; k = lines.NextNonBlank(k + 1))
        {
            LineInfo info = lines[k];
            if (info.Class is LineClass.Adoption or LineClass.Title or LineClass.ScNumber or LineClass.StartMarker or LineClass.AnnexLabel || IsTrailerStart(info)) { return false; }
            if (info.Class != LineClass.PartLabel || Content(info).Trim()[0] != next) { continue; }
            for (int j = lines.NextNonBlank(k + 1), seen = 0; j < lines.Count && seen < 3; j = lines.NextNonBlank(j + 1), seen++)
            {
                // With its comma or without ("L’Assemblée générale" above "Décide que, pour 2022 :").
                if (lines[j].Class == LineClass.Formula || IsFormulaWithoutComma(lines[j])) { return true; }
            }
        }
        return false;
    }

    /// <summary>Whether the adoption line speaks of several resolutions ("Resolutions adopted by …"): a resolution in parts.</summary>
    private static bool SpeaksOfSeveral(IEnumerable<GreenNode> header)
    {
        foreach (GreenNode line in header)
        {
            if (line.Kind != SyntaxKind.AdoptionLine || line.FirstToken() is not { } first) { continue; }
            ReadOnlySpan<char> text = first.TextSpan;
            return text.StartsWith("Resolutions", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Decisions", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>
    /// The deliberative bodies whose name alone, with its article, makes a formula that lost its comma
    /// (<c>The General Assembly</c> before <c>1.</c> or before an unnumbered <c>Adopts the following declaration:</c>).
    /// A list, not a shape: "The Committee" or "The Area" on a line of their own are headings.
    /// </summary>
    private static readonly string[] FormulaBodies =
    [
        "The General Assembly", "The Security Council", "The Economic and Social Council", "The Human Rights Council",
        "L'Assemblée générale", "L’Assemblée générale", "La Asamblea General", "Le Conseil de sécurité", "El Consejo de Seguridad",
    ];

    /// <summary>
    /// A formula without its comma: the name of a body alone on a text line. Only where a formula may stand (the start
    /// of a body); not a boundary, so that a heading of those words inside a body stays a heading.
    /// </summary>
    private static bool IsFormulaWithoutComma(LineInfo info)
    {
        if (info.Class is not (LineClass.IndentedText or LineClass.Text)) { return false; }
        ReadOnlySpan<char> text = Content(info).Trim();
        foreach (string body in FormulaBodies)
        {
            if (text.Equals(body, StringComparison.Ordinal)) { return true; }
        }
        return false;
    }
}
