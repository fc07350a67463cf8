using UnResolutions.Diagnostics;
using UnResolutions.Languages;
using UnResolutions.Syntax.InternalSyntax;
using UnResolutions.Syntax;
using static UnResolutions.Parsing.LineTokens;
using static UnResolutions.Syntax.InternalSyntax.GreenFactory;

namespace UnResolutions.Parsing;

// A resolution as a whole: what counts as content, the diagnostics for missing parts and a truncated text, and the trailer lines.
internal static partial class ResolutionGrammar
{
    private static bool IsTrailerStart(LineInfo info) => info.Class is LineClass.OdsField or LineClass.Separator or LineClass.Masthead;

    private static SyntaxKind? TrailerKind(LineClass cls) => cls switch
    {
        LineClass.OdsField => SyntaxKind.OdsField,
        LineClass.Separator => SyntaxKind.SeparatorLine,
        LineClass.PageNumber => SyntaxKind.PageNumberLine,
        LineClass.Masthead => SyntaxKind.Masthead,
        LineClass.IssueLine or LineClass.DateOnly => SyntaxKind.IssueLine,
        LineClass.AgendaItem => SyntaxKind.AgendaItemLine,
        LineClass.Docket => SyntaxKind.DocketLine,
        LineClass.Barcode => SyntaxKind.BarcodeLine,
        LineClass.RunningHead => SyntaxKind.RunningHead,
        LineClass.PageCounter => SyntaxKind.PageCounterLine,
        _ => null,
    };

    /// <summary>
    /// Whether a resolution holds more than skipped lines. Lines that fit nowhere (garbage before the first resolution)
    /// would otherwise make an operative part of their own: a resolution of nothing, with diagnostics about what it
    /// lacks. They are skipped at the level of the document instead.
    /// </summary>
    private static bool HasContent(GreenNode resolution)
    {
        for (int k = 0; k < resolution.SlotCount; k++)
        {
            GreenNode? slot = resolution.GetSlot(k);
            if (slot == null) { continue; }
            if (slot.Kind != SyntaxKind.OperativePart) { return true; }
            GreenNode items = slot.GetSlot(Slots.OperativePart.Items)!;
            for (int j = 0; j < items.SlotCount; j++)
            {
                if (items.GetSlot(j)!.Kind != SkippedLineKind) { return true; }
            }
        }
        return false;
    }

    private static GreenNode BuildResolution(Line? marker, GreenNode? header, IEnumerable<GreenNode>? parts, Body body, List<GreenNode> annexes, GreenNode? footnotes, GreenNode? trailer)
    {
        GreenToken? markerToken = marker is { } markerLine ? Tokens(markerLine)[0] : null;
        List<GreenNode> partList = parts?.ToList() ?? [];
        GreenNode node = GreenNodes.Resolution(markerToken, header, body.Formula, body.Preamble, body.Operative, body.Closing,
            List(partList), List(annexes), footnotes, trailer);
        var missing = new List<string>();
        if (header == null) { missing.Add("header (adoption line, number and title)"); }
        if (partList.Count == 0 && body.Formula == null && (body.Preamble != null || body.Operative != null) && !IsDecisionRecord(body.Closing) && !IsDecision(header)) { missing.Add("formula"); }
        if (partList.Count == 0 && body.Operative == null && (header != null || body.Formula != null)) { missing.Add("operative paragraphs"); }
        if (partList.Count == 0 && body.Operative != null && body.Closing == null && IsGeneralAssembly(header)) { missing.Add("closing (meeting and date)"); }
        var diagnostics = new List<DiagnosticInfo>();
        if (missing.Count > 0)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.MissingElement, $"The resolution has no {string.Join(", no ", missing)}.", node.LeadingTriviaWidth, 0));
        }
        if (DateContradiction(node, header, body.Closing) is { } contradiction) { diagnostics.Add(contradiction); }
        GreenNode? lastOperative = partList.Count > 0 ? partList[^1].GetSlot(Slots.Part.OperativePart) : body.Operative;
        if (lastOperative?.LastToken() is { } last && !EndsLikeASentence(last.TextSpan))
        {
            int end = 0;
            foreach (GreenNode? slot in new[] { markerToken, header, body.Formula, body.Preamble, body.Operative }) { end += slot?.FullWidth ?? 0; }
            foreach (GreenNode part in partList) { end += part.FullWidth; }
            end -= (partList.Count > 0 ? partList[^1].GetSlot(Slots.Part.Closing)?.FullWidth : 0) ?? 0;
            end -= last.TrailingTriviaWidth;
            diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.Truncated,
                "The last operative paragraph does not end with a full stop: the text may be truncated.", end, 0));
        }
        return diagnostics.Count == 0 ? node : node.WithDiagnostics(diagnostics.ToArray());
    }

    /// <summary>
    /// UNR0126 at the adoption line's date when the closing gives another calendar date; the model takes the closing's
    /// (see <see cref="AdoptionDates"/>).
    /// </summary>
    private static DiagnosticInfo? DateContradiction(GreenNode node, GreenNode? header, GreenNode? closing)
    {
        if (header == null || closing == null || AdoptionDates.FindDate(header) is not { } line || AdoptionDates.FindDate(closing) is not { } closed) { return null; }
        DateOnly? lineDate = Dates.TryParse(line.Token.TextSpan, out DateOnly a) ? a : null;
        DateOnly? closingDate = Dates.TryParse(closed.Token.TextSpan, out DateOnly c) ? c : null;
        if (!AdoptionDates.Contradict(lineDate, closingDate)) { return null; }
        string message = $"The adoption line's date '{line.Token.TextSpan}' contradicts the closing's '{closed.Token.TextSpan}'; the closing's date ({closingDate:yyyy-MM-dd}) is taken.";
        int at = node.GetSlotOffset(Slots.Resolution.Header) + line.Offset + line.Token.LeadingTriviaWidth;
        return new DiagnosticInfo(DiagnosticDescriptors.AdoptionDateContradiction, message, at, line.Token.TextLength);
    }

    private static bool IsGeneralAssembly(GreenNode? header)
    {
        if (header?.GetSlot(Slots.Header.Lines) is not { } lines) { return false; }
        for (int k = 0; k < lines.SlotCount; k++)
        {
            if (lines.GetSlot(k) is { Kind: SyntaxKind.AdoptionLine } line && line.FirstToken() is { } first
                && first.TextSpan.Contains("General Assembly", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The last paragraph of a resolution ends with a full stop, perhaps inside quotes or before a footnote reference.</summary>
    private static bool EndsLikeASentence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        text = text.TrimEnd("0123456789");
        text = text.TrimEnd("”’\"')");
        return text.EndsWith(".", StringComparison.Ordinal);
    }

    private static string Describe(LineClass cls) => cls == LineClass.Garbage ? "Unrecognized text (control characters)" : $"A line of the shape '{cls}'";
}
