using UnResolutions.Model;

namespace UnResolutions.Tools.Citations;

/// <summary>
/// The citations of a resolution, one per cited act, in the order of the text: built on the references the model
/// finds (<see cref="Reference"/>), each given the paragraph it stands in, the footnotes with the first paragraph that
/// cites them. Dates are not citations; a date right after a citation (<c>of 19 December 1994</c>) is its date.
/// </summary>
public static class CitationFinder
{
    /// <summary>At most this many characters between a citation and the date that belongs to it: <c>" of "</c>, <c>", of "</c>.</summary>
    private const int DateGap = 5;

    /// <summary>The citations of <paramref name="document"/>.</summary>
    public static IReadOnlyList<Citation> Find(ResolutionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<Citation>();
        var footnotes = new Dictionary<int, Footnote>();
        foreach (Footnote f in document.Footnotes) { footnotes.TryAdd(f.Number, f); }
        var claimed = new HashSet<int>();

        void Add(IReadOnlyList<Reference> references, Citation where, int? footnote)
        {
            for (int k = 0; k < references.Count; k++)
            {
                Reference r = references[k];
                if (Kind(r) is not { } kind) { continue; }
                DateOnly? date = null;
                if (k + 1 < references.Count && references[k + 1] is { Kind: ReferenceKind.Date } next
                    && next.Start >= r.Start + r.Length && next.Start - (r.Start + r.Length) <= DateGap
                    && DateOnly.TryParseExact(next.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateOnly d))
                {
                    date = d;
                }
                else if (r.DateAfterOrgan is { } iso && DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateOnly o))
                {
                    date = o; // "la résolution 49/21 du Conseil des droits de l’homme, en date du 1er avril 2022"
                }
                found.Add(where with
                {
                    Cited = r.Value,
                    CitedKind = kind,
                    CitedDate = date,
                    Text = r.Text,
                    InFootnote = footnote is not null,
                    Footnote = footnote,
                    Start = r.Start,
                    Length = r.Length,
                });
            }
        }
        void Footnotes(IEnumerable<int> numbers, Citation where)
        {
            foreach (int n in numbers)
            {
                if (claimed.Add(n) && footnotes.TryGetValue(n, out Footnote? f)) { Add(f.References, where, n); }
            }
        }
        void Paragraphs(IReadOnlyList<Paragraph> paragraphs, string section, string? part)
        {
            for (int i = 0; i < paragraphs.Count; i++)
            {
                Paragraph p = paragraphs[i];
                var where = new Citation
                {
                    Citing = document.Symbol, Section = section, Part = part, Position = i + 1,
                    Paragraph = section == "preamble" ? null : p.Number, LeadPhrase = p.LeadPhrase, Source = document.Source,
                };
                Footnotes(p.HeadingFootnoteRefs, where);
                Add(p.References, where, null);
                Footnotes(p.FootnoteRefs, where);
                void Subs(IReadOnlyList<Subparagraph> subs)
                {
                    foreach (Subparagraph s in subs) { Add(s.References, where, null); Footnotes(s.FootnoteRefs, where); Subs(s.Subparagraphs); }
                }
                Subs(p.Subparagraphs);
            }
        }

        var title = new Citation { Citing = document.Symbol, Section = "title", Source = document.Source };
        Footnotes(document.TitleFootnoteRefs, title);
        Paragraphs(document.Preamble, "preamble", null);
        Paragraphs(document.Operative, "operative", null);
        foreach (Part part in document.Parts)
        {
            Footnotes(part.TitleFootnoteRefs, title with { Part = part.Label });
            Paragraphs(part.Preamble, "preamble", part.Label);
            Paragraphs(part.Operative, "operative", part.Label);
        }
        foreach (Annex annex in document.Annexes)
        {
            Footnotes(annex.TitleFootnoteRefs, title with { Section = "annex", Part = annex.Label });
            Paragraphs(annex.Paragraphs, "annex", annex.Label);
        }
        foreach (Footnote f in document.Footnotes)
        {
            if (claimed.Add(f.Number)) { Add(f.References, new Citation { Citing = document.Symbol, Section = "footnote", Source = document.Source }, f.Number); }
        }
        return found;
    }

    private static string? Kind(Reference r) => r.Kind switch
    {
        ReferenceKind.Resolution => r.Value.Contains("/DEC/", StringComparison.Ordinal) ? "decision" : "resolution",
        ReferenceKind.SecurityCouncilResolution => "security-council-resolution",
        ReferenceKind.Decision => "decision",
        ReferenceKind.DocumentSymbol => r.Value.Contains("/DEC/", StringComparison.Ordinal) ? "decision" : "document",
        _ => null,
    };
}
