using UnResolutions.Languages;
using UnResolutions.Model;

namespace UnResolutions.Parsing;

/// <summary>
/// Which body adopted the resolution that a line belongs to, for the lead phrases (the General Assembly and the
/// Security Council italicize them differently): the body that the last header line or formula before the line names
/// (<c>Resolution adopted by the General Assembly on …</c>, <c>Adopted by the Security Council at …</c>, the number line
/// <c>Resolution 2522 (2020)</c>, the masthead's symbol, <c>The Security Council,</c>). So each resolution of a file that
/// holds several has its own. PERF: the lines are looked at once, in order; a line before the last one looked at is a
/// binary search in the few lines that name a body.
/// </summary>
/// <remarks>
/// The same for the language of each line (for the lexicon of its lead phrases): the language of the last adoption
/// line, number line or formula before it, unless the caller forced one (<c>ParseOptions.Language</c>).
/// </remarks>
internal sealed class OrganIndex
{
    private readonly LineTable _lines;
    private readonly LanguageTable? _forcedLanguage;
    private readonly List<int> _markLines = [];
    private readonly List<Organ> _markOrgans = [];
    private readonly List<int> _languageLines = [];
    private readonly List<LanguageTable> _markLanguages = [];
    private int _scanned = -1;

    public OrganIndex(LineTable lines, LanguageTable? forcedLanguage = null)
    {
        _lines = lines;
        _forcedLanguage = forcedLanguage;
    }

    /// <summary>The body of the line at <paramref name="index"/>; null when no line before it names one.</summary>
    public Organ? At(int index) => LastMark(_markLines, ScanTo(index)) is >= 0 and int k ? _markOrgans[k] : null;

    /// <summary>The language of the line at <paramref name="index"/>: the forced one, else the last one a line before it says; null when none does.</summary>
    public LanguageTable? LanguageAt(int index) =>
        _forcedLanguage ?? (LastMark(_languageLines, ScanTo(index)) is >= 0 and int k ? _markLanguages[k] : null);

    private int ScanTo(int index)
    {
        index = Math.Min(index, _lines.Count - 1);
        while (_scanned < index)
        {
            _scanned++;
            LineInfo info = _lines[_scanned];
            if (OrganOf(info) is { } organ)
            {
                _markLines.Add(_scanned);
                _markOrgans.Add(organ);
            }
            if (LanguageOf(info) is { } language)
            {
                _languageLines.Add(_scanned);
                _markLanguages.Add(language);
            }
        }
        return index;
    }

    /// <summary>Which of the marked <paramref name="lines"/> is the last at or before <paramref name="index"/>; -1 for none. PERF: the last one, else a binary search.</summary>
    private static int LastMark(List<int> lines, int index)
    {
        int n = lines.Count;
        if (n == 0 || index < lines[0]) { return -1; }
        if (index >= lines[n - 1]) { return n - 1; }
        int k = lines.BinarySearch(index);
        return k >= 0 ? k : ~k - 1;
    }

    /// <summary>The language that a header line or a formula is written in, if it is one.</summary>
    private static LanguageTable? LanguageOf(LineInfo info) => info.Class switch
    {
        LineClass.Adoption => LanguageTable.OfAdoptionLine(Text(info).TrimStart()),
        LineClass.ScNumber => LanguageTable.OfResolutionKeyword(Text(info).TrimStart()),
        LineClass.Formula => LanguageTable.OfFormula(Text(info).TrimStart()),
        _ => null,
    };

    /// <summary>The body that a header line or a formula names, if it is one.</summary>
    private static Organ? OrganOf(LineInfo info)
    {
        switch (info.Class)
        {
            case LineClass.ScNumber:
                return Organ.SecurityCouncil;
            case LineClass.Masthead:
            {
                ReadOnlySpan<char> text = Text(info);
                return text.Contains("S/RES/", StringComparison.Ordinal) ? Organ.SecurityCouncil
                    : text.Contains("A/RES/", StringComparison.Ordinal) ? Organ.GeneralAssembly
                    : null;
            }
            case LineClass.Adoption or LineClass.Formula:
            {
                ReadOnlySpan<char> text = Text(info);
                return Names(text, "Security Council", "Conseil de sécurité", "Consejo de Seguridad") ? Organ.SecurityCouncil
                    : Names(text, "General Assembly", "Assemblée générale", "Asamblea General") ? Organ.GeneralAssembly
                    : Names(text, "Economic and Social Council", "Conseil économique et social", "Consejo Económico y Social") ? Organ.EconomicAndSocialCouncil
                    : Names(text, "Human Rights Council", "Conseil des droits de l’homme", "Consejo de Derechos Humanos") ? Organ.HumanRightsCouncil
                    : null;
            }
            default:
                return null;
        }
    }

    private static ReadOnlySpan<char> Text(LineInfo info) => info.Context.Source.AsSpan(info.ContentStart, info.ContentEnd - info.ContentStart);

    private static bool Names(ReadOnlySpan<char> text, string english, string french, string spanish) =>
        text.Contains(english, StringComparison.OrdinalIgnoreCase) || text.Contains(french, StringComparison.OrdinalIgnoreCase)
        || text.Contains(spanish, StringComparison.OrdinalIgnoreCase);
}
