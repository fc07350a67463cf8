using Sprache;
using UnResolutions.Syntax;
using UnResolutions.Syntax.InternalSyntax;
using static UnResolutions.Syntax.InternalSyntax.GreenFactory;

namespace UnResolutions.Parsing;

// The body: decisions (their chapeau and record line) beside resolutions, and the formula of an annexed instrument.
internal static partial class ResolutionGrammar
{
    /// <summary>Whether a closing is the record line of a decision, whose chapeau ("At its 66th plenary meeting, …") stands for a formula.</summary>
    private static bool IsDecisionRecord(GreenNode? closing) => closing?.FirstToken() is { Kind: SyntaxKind.PunctuationToken };

    /// <summary>
    /// The chapeau of a General Assembly decision, which stands where a resolution has its formula: "At its 66th plenary
    /// meeting, on 7 December 2017, the General Assembly, …".
    /// </summary>
    private static bool IsDecisionChapeau(LineInfo info)
    {
        if (info.Class is not (LineClass.IndentedText or LineClass.Text)) { return false; }
        ReadOnlySpan<char> text = Content(info).TrimStart();
        const string atIts = "At its ";
        int meeting = text.IndexOf("meeting", StringComparison.Ordinal);
        return text.StartsWith(atIts, StringComparison.Ordinal) && meeting > atIts.Length && meeting < 48;
    }

    /// <summary>The body that follows a header: a decision's when the header or the chapeau says it is one, else a resolution's.</summary>
    private static Parser<Body> BodyAfter(GreenNode? header) => IsDecision(header) ? DecisionText : ResolutionBody;

    /// <summary>Whether the adoption line of a header says "Decision adopted by …".</summary>
    private static bool IsDecision(GreenNode? header)
    {
        if (header?.GetSlot(Slots.Header.Lines) is not { } lines) { return false; }
        for (int k = 0; k < lines.SlotCount; k++)
        {
            if (lines.GetSlot(k) is { Kind: SyntaxKind.AdoptionLine } line && line.FirstToken() is { } first)
            {
                return first.TextSpan.StartsWith("Decision", StringComparison.OrdinalIgnoreCase);
            }
        }
        return false;
    }

    /// <summary>A formula of one of <see cref="FormulaBodies"/>, with its comma.</summary>
    private static bool IsBodyFormula(LineInfo info)
    {
        ReadOnlySpan<char> text = Content(info).Trim();
        if (text.Length == 0 || text[^1] != ',') { return false; }
        text = text[..^1].TrimEnd();
        foreach (string body in FormulaBodies)
        {
            if (text.Equals(body, StringComparison.Ordinal)) { return true; }
        }
        return false;
    }

    private static GreenNode BuildAnnex(Line label, List<GreenNode> items)
    {
        List<GreenToken> tokens = Tokens(label);
        GreenToken? keyword = Take(tokens, SyntaxKind.KeywordToken);
        GreenToken? annexLabel = Take(tokens, SyntaxKind.LabelToken);
        return GreenNodes.Annex(keyword, annexLabel, tokens.Count == 0 ? null : GreenNodes.BodyText(tokens), List(NumberingChecked(items)));
    }
}
