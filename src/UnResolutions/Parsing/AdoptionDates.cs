using UnResolutions.Syntax;
using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Parsing;

/// <summary>
/// Which date a resolution was adopted on when its adoption line and its closing disagree. The closing ("45a sesión
/// plenaria / 6 de diciembre de 2021") is typed after the meeting; the adoption line at the top is often copied from a
/// draft's or last year's template ("el 7 de diciembre de 2020" in A/RES/76/39, a resolution of session 76, which opened
/// in September 2021). So when both are calendar dates and differ, the closing's is taken; a closing that is no date
/// ("31 de junio de 2021", 75/250 B) leaves the adoption line's. The grammar reports the disagreement (<c>UNR0126</c>).
/// </summary>
internal static class AdoptionDates
{
    /// <summary>The adoption date from the adoption line's date and the closing's (either may be null).</summary>
    public static DateOnly? Choose(DateOnly? adoptionLine, DateOnly? closing) => closing ?? adoptionLine;

    /// <summary>Whether the two dates contradict each other: both calendar dates, and different.</summary>
    public static bool Contradict(DateOnly? adoptionLine, DateOnly? closing) => adoptionLine != null && closing != null && adoptionLine != closing;

    /// <summary>The first date token under <paramref name="node"/> and its offset from the node's start, or null.</summary>
    public static (GreenToken Token, int Offset)? FindDate(GreenNode? node)
    {
        if (node == null) { return null; }
        if (node is GreenToken token) { return token.Kind == SyntaxKind.DateToken ? (token, 0) : null; }
        int offset = 0;
        for (int k = 0; k < node.SlotCount; k++)
        {
            GreenNode? slot = node.GetSlot(k);
            if (FindDate(slot) is { } found) { return (found.Token, offset + found.Offset); }
            offset += slot?.FullWidth ?? 0;
        }
        return null;
    }
}
