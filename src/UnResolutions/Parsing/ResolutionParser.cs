using Sprache;
using UnResolutions.Diagnostics;
using UnResolutions.Syntax;
using UnResolutions.Syntax.InternalSyntax;
using UnResolutions.Text;

namespace UnResolutions.Parsing;

/// <summary>Runs the grammar over a text and finishes the tree. Never throws for any text.</summary>
internal static class ResolutionParser
{
    public static GreenNode Parse(SourceText text, string? encodingProblem = null, ParseOptions? options = null)
    {
        Languages.LanguageTable? language = Languages.LanguageTable.OfCode(options?.Language);
        // A language without tables is read with the English rules (and the warning below), not with each resolution's own.
        var context = new ParseContext(text, language ?? (string.IsNullOrWhiteSpace(options?.Language) ? null : Languages.LanguageTable.English));
        IResult<List<GreenNode>> result = ResolutionGrammar.Document(context.Document(0));
        // Document is Many(): it always succeeds; the remainder is where the trailing blank lines start.
        List<GreenNode> items = result.WasSuccessful ? result.Value : [];
        int end = result.WasSuccessful ? result.Remainder.Position : 0;
        DiagnosticInfo[] diagnostics = DocumentDiagnostics(text, items);
        if (encodingProblem != null) { diagnostics = [new DiagnosticInfo(DiagnosticDescriptors.EncodingProblem, encodingProblem, 0, 0), .. diagnostics]; }
        if (language == null && !string.IsNullOrWhiteSpace(options?.Language))
        {
            string message = $"The language '{options.Language}' has no tables here (known: {string.Join(", ", Languages.LanguageTable.All.Select(l => l.Code))}); the text is read with the English rules.";
            diagnostics = [new DiagnosticInfo(DiagnosticDescriptors.UnknownLanguage, message, 0, 0), .. diagnostics];
        }
        return TreeFinisher.Finish(context, items, end, diagnostics);
    }

    private static DiagnosticInfo[] DocumentDiagnostics(SourceText text, List<GreenNode> items)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (text.Length == 0 || text.Text.AsSpan().Trim().IsEmpty || text.Text.AsSpan().TrimStart('\uFEFF').Trim().IsEmpty)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.EmptyInput, "The input is empty: there is no resolution to parse.", 0, 0));
            return diagnostics.ToArray();
        }
        int control = IndexOfControl(text.Text, out int count);
        if (control >= 0)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.ControlCharacters,
                $"The text holds {count} control character(s), the first U+{(int)text[control]:X4}; it may be a binary file or in another encoding.", control, 1));
        }
        // A resolution is there when a header or a formula is (parts alone do not count: random text has lines "A", "B").
        bool found = items.Any(i => i.Kind == SyntaxKind.Resolution && (i.GetSlot(Slots.Resolution.Header) != null || i.GetSlot(Slots.Resolution.Formula) != null || HasPartWithFormula(i.GetSlot(Slots.Resolution.Parts))));
        if (!found)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.NoResolution,
                "No resolution found: no adoption line, resolution number or formula (\"The General Assembly,\").", 0, 0));
        }
        return diagnostics.ToArray();
    }

    private static bool HasPartWithFormula(GreenNode? parts)
    {
        for (int k = 0; k < (parts?.SlotCount ?? 0); k++)
        {
            if (parts!.GetSlot(k)?.GetSlot(Slots.Part.Formula) != null) { return true; }
        }
        return false;
    }

    private static int IndexOfControl(string text, out int count)
    {
        // PERF: a vectorized search; most texts have none.
        int first = text.AsSpan().IndexOfAny(Characters.Controls);
        count = 0;
        if (first < 0) { return first; }
        foreach (char c in text.AsSpan(first)) { if (Characters.Controls.Contains(c)) { count++; } }
        return first;
    }
}
