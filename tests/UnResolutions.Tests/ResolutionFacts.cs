using UnResolutions.Syntax;

namespace UnResolutions.Tests;

/// <summary>The facts that <c>Fixtures/expected/*.json</c> records, read from a syntax tree the same way.</summary>
internal sealed class ResolutionFacts
{
    public ResolutionFacts(ResolutionSyntax resolution)
    {
        Resolution = resolution;
        var sections = new List<(PreambleSyntax? Preamble, OperativePartSyntax? Operative)>();
        if (resolution.Parts.Count > 0) { sections.AddRange(resolution.Parts.Select(p => (p.Preamble, p.OperativePart))); }
        else { sections.Add((resolution.Preamble, resolution.OperativePart)); }
        Recitals = sections.SelectMany(s => s.Preamble?.Recitals ?? default(SyntaxList<RecitalSyntax>)).ToList();
        Paragraphs = sections.SelectMany(s => s.Operative?.Paragraphs ?? []).ToList();
        Subparagraphs = Recitals.SelectMany(r => Flatten(r.Subparagraphs)).Concat(Paragraphs.SelectMany(p => Flatten(p.Subparagraphs))).ToList();
    }

    public ResolutionSyntax Resolution { get; }

    public List<RecitalSyntax> Recitals { get; }

    public List<OperativeParagraphSyntax> Paragraphs { get; }

    public List<SubparagraphSyntax> Subparagraphs { get; }

    public List<string> LeadPhrases => Recitals.Select(r => r.LeadPhrase.Text).ToList();

    public List<string> OperativeNumbers => Paragraphs.Where(p => !p.Number.IsMissing).Select(p => p.Number.Text).ToList();

    public int UnnumberedCount => Paragraphs.Count(p => p.Number.IsMissing && p.Body.Tokens.Any());

    public List<string> FootnoteMarkers => Resolution.FootnoteSection?.Footnotes.Select(f => f.Number.Text).ToList() ?? [];

    /// <summary>Every footnote reference in the text, in order, repeats included.</summary>
    public List<string> FootnoteReferences => Resolution.DescendantTokens().Where(t => t.Kind == SyntaxKind.FootnoteReferenceToken).Select(t => t.Text).ToList();

    private static IEnumerable<SubparagraphSyntax> Flatten(SyntaxList<SubparagraphSyntax> list)
    {
        foreach (SubparagraphSyntax s in list)
        {
            yield return s;
            foreach (SubparagraphSyntax nested in Flatten(s.Subparagraphs)) { yield return nested; }
        }
    }
}
