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
internal sealed class OrganIndex
{
    private readonly LineTable _lines;
    private readonly List<int> _markLines = [];
    private readonly List<Organ> _markOrgans = [];
    private int _scanned = -1;

    public OrganIndex(LineTable lines) => _lines = lines;

    /// <summary>The body of the line at <paramref name="index"/>; null when no line before it names one.</summary>
    public Organ? At(int index)
    {
        index = Math.Min(index, _lines.Count - 1);
        while (_scanned < index)
        {
            _scanned++;
            if (OrganOf(_lines[_scanned]) is { } organ)
            {
                _markLines.Add(_scanned);
                _markOrgans.Add(organ);
            }
        }
        int n = _markLines.Count;
        if (n == 0 || index < _markLines[0]) { return null; }
        if (index >= _markLines[n - 1]) { return _markOrgans[n - 1]; }
        int k = _markLines.BinarySearch(index);
        return _markOrgans[k >= 0 ? k : ~k - 1];
    }

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
