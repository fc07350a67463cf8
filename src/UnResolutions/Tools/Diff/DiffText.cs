using System.Globalization;

namespace UnResolutions.Tools.Diff;

/// <summary>
/// Writes a <see cref="ResolutionComparison"/> for a terminal: the summary, then each paragraph that is not unchanged,
/// deletions as <c>[-…-]</c> and insertions as <c>{+…+}</c>, or in red and green with ANSI colours.
/// </summary>
public static class DiffText
{
    private const string Red = "\u001b[31m", Green = "\u001b[32m", Bold = "\u001b[1m", Reset = "\u001b[0m";

    /// <summary>Writes the comparison; <paramref name="colours"/> uses ANSI colours instead of the bracket marks.</summary>
    public static void Write(ResolutionComparison comparison, TextWriter output, bool colours = false)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{comparison.OldSymbol ?? "(old)"} -> {comparison.NewSymbol ?? "(new)"}");
        output.WriteLine(Summary(comparison.Summary));
        foreach (ParagraphDiff d in comparison.Recitals.Concat(comparison.Operative))
        {
            if (d.Kind == ParagraphChangeKind.Unchanged && !d.Moved) { continue; }
            output.WriteLine();
            string head = Heading(d);
            output.WriteLine(colours ? Bold + head + Reset : head);
            output.WriteLine(Runs(d.Text, colours));
            foreach (SubparagraphDiff s in d.Subparagraphs.Where(s => s.Kind != ParagraphChangeKind.Unchanged))
            {
                output.WriteLine($"  ({s.NewLabel ?? s.OldLabel}) {Runs(s.Text, colours)}");
            }
            if (d.CitationsAdded.Count > 0) { output.WriteLine("  citations added: " + string.Join(", ", d.CitationsAdded)); }
            if (d.CitationsRemoved.Count > 0) { output.WriteLine("  citations removed: " + string.Join(", ", d.CitationsRemoved)); }
            if (d.FootnotesAdded.Count > 0) { output.WriteLine("  footnotes added: " + string.Join(" | ", d.FootnotesAdded)); }
            if (d.FootnotesRemoved.Count > 0) { output.WriteLine("  footnotes removed: " + string.Join(" | ", d.FootnotesRemoved)); }
        }
    }

    /// <summary>One line of counts: "recitals: 3 edited, 19 added, 10 removed; operative: …; lead phrases changed: 5".</summary>
    public static string Summary(DiffSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        static string Counts(int unchanged, int edited, int added, int removed) =>
            string.Create(CultureInfo.InvariantCulture, $"{unchanged} unchanged, {edited} edited, {added} added, {removed} removed");
        return string.Create(CultureInfo.InvariantCulture,
            $"recitals: {Counts(s.RecitalsUnchanged, s.RecitalsEdited, s.RecitalsAdded, s.RecitalsRemoved)}; "
            + $"operative paragraphs: {Counts(s.OperativeUnchanged, s.OperativeEdited, s.OperativeAdded, s.OperativeRemoved)}; "
            + $"lead phrases changed: {s.LeadPhrasesChanged}; moved: {s.Moved}; renumbered: {s.Renumbered}");
    }

    /// <summary>"operative 31 -> 41: edited, renumbered, lead phrase Encourages -> Also encourages".</summary>
    public static string Heading(ParagraphDiff d)
    {
        ArgumentNullException.ThrowIfNull(d);
        string where = d.Section == DiffSection.Preamble ? "recital" : "operative";
        string numbers = (d.Old, d.New) switch
        {
            (null, { } n) => "new " + n.Label,
            ({ } o, null) => "old " + o.Label,
            ({ } o, { } n) => o.Label + " -> " + n.Label,
            _ => "",
        };
        var notes = new List<string> { d.Kind.ToString().ToLowerInvariant() };
        if (d.Renumbered) { notes.Add("renumbered"); }
        if (d.Moved) { notes.Add("moved"); }
        if (d.LeadPhraseChanged) { notes.Add($"lead phrase {d.Old!.LeadPhrase ?? "(none)"} -> {d.New!.LeadPhrase ?? "(none)"}"); }
        return $"{where} {numbers}: {string.Join(", ", notes)}";
    }

    private static string Runs(IReadOnlyList<TextChange> runs, bool colours) => string.Concat(runs.Select(r => r.Kind switch
    {
        TextChangeKind.Deleted => colours ? Red + r.Text + Reset : "[-" + r.Text + "-]",
        TextChangeKind.Inserted => colours ? Green + r.Text + Reset : "{+" + r.Text + "+}",
        _ => r.Text,
    }));
}
