using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;
using UnResolutions.Model;

namespace UnResolutions.Tools.Diff;

/// <summary>
/// Compares two versions of a resolution (a renewal and its predecessor) paragraph by paragraph: recitals with
/// recitals and operative paragraphs with operative paragraphs, paired by content (<see cref="ContentAlignment"/>),
/// then word by word (DiffPlex). Never throws on documents the model built, empty ones included.
/// </summary>
public static class ResolutionDiff
{
    /// <summary>Compares <paramref name="old"/> with <paramref name="new"/>.</summary>
    public static ResolutionComparison Compare(ResolutionDocument old, ResolutionDocument @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        List<ParagraphDiff> recitals = CompareSection(DiffSection.Preamble, Flatten(old, DiffSection.Preamble), Flatten(@new, DiffSection.Preamble));
        List<ParagraphDiff> operative = CompareSection(DiffSection.Operative, Flatten(old, DiffSection.Operative), Flatten(@new, DiffSection.Operative));
        var all = recitals.Concat(operative).ToList();
        return new ResolutionComparison
        {
            OldSymbol = old.Symbol,
            NewSymbol = @new.Symbol,
            OldTitle = old.Title,
            NewTitle = @new.Title,
            Recitals = recitals,
            Operative = operative,
            Summary = new DiffSummary
            {
                RecitalsUnchanged = recitals.Count(d => d.Kind == ParagraphChangeKind.Unchanged),
                RecitalsEdited = recitals.Count(d => d.Kind == ParagraphChangeKind.Edited),
                RecitalsAdded = recitals.Count(d => d.Kind == ParagraphChangeKind.Added),
                RecitalsRemoved = recitals.Count(d => d.Kind == ParagraphChangeKind.Removed),
                OperativeUnchanged = operative.Count(d => d.Kind == ParagraphChangeKind.Unchanged),
                OperativeEdited = operative.Count(d => d.Kind == ParagraphChangeKind.Edited),
                OperativeAdded = operative.Count(d => d.Kind == ParagraphChangeKind.Added),
                OperativeRemoved = operative.Count(d => d.Kind == ParagraphChangeKind.Removed),
                LeadPhrasesChanged = all.Count(d => d.LeadPhraseChanged),
                Moved = all.Count(d => d.Moved),
                Renumbered = all.Count(d => d.Renumbered),
            },
        };
    }

    /// <summary>A paragraph with what it cites, ready to compare.</summary>
    private sealed record Item(ParagraphVersion Version, Paragraph Paragraph, string FullText, List<string> Citations, List<string> Footnotes);

    private static List<Item> Flatten(ResolutionDocument document, DiffSection section)
    {
        var footnotes = new Dictionary<int, Footnote>();
        foreach (Footnote f in document.Footnotes) { footnotes.TryAdd(f.Number, f); }
        var items = new List<Item>();
        void Add(IReadOnlyList<Paragraph> paragraphs, string? part)
        {
            foreach (Paragraph p in paragraphs)
            {
                var version = new ParagraphVersion(items.Count + 1, section == DiffSection.Operative ? p.Number : null, part, p.LeadPhrase, p.Text);
                items.Add(new Item(version, p, FullText(p), Citations(p, footnotes), FootnoteTexts(p, footnotes)));
            }
        }
        if (document.Parts.Count == 0)
        {
            Add(section == DiffSection.Preamble ? document.Preamble : document.Operative, null);
        }
        foreach (Part part in document.Parts)
        {
            Add(section == DiffSection.Preamble ? part.Preamble : part.Operative, part.Label);
        }
        return items;
    }

    private static string Head(Paragraph p) => p.LeadPhrase is null ? p.Text : p.Text.Length == 0 ? p.LeadPhrase : p.LeadPhrase + " " + p.Text;

    private static string FullText(Paragraph p)
    {
        if (p.Subparagraphs.Count == 0) { return Head(p); }
        var text = new System.Text.StringBuilder(Head(p));
        void Append(IReadOnlyList<Subparagraph> subs)
        {
            foreach (Subparagraph s in subs) { text.Append(' ').Append(s.Text); Append(s.Subparagraphs); }
        }
        Append(p.Subparagraphs);
        return text.ToString();
    }

    /// <summary>The kinds of reference that are citations: resolutions, decisions and documents (dates are not).</summary>
    internal static bool IsCitation(Reference r) => r.Kind is ReferenceKind.Resolution or ReferenceKind.SecurityCouncilResolution or ReferenceKind.Decision or ReferenceKind.DocumentSymbol;

    private static List<string> Citations(Paragraph p, Dictionary<int, Footnote> footnotes)
    {
        var found = new List<string>();
        void AddAll(IEnumerable<Reference> references)
        {
            foreach (Reference r in references) { if (IsCitation(r) && !found.Contains(r.Value)) { found.Add(r.Value); } }
        }
        AddAll(p.References);
        void Subs(IReadOnlyList<Subparagraph> subs)
        {
            foreach (Subparagraph s in subs) { AddAll(s.References); Subs(s.Subparagraphs); }
        }
        Subs(p.Subparagraphs);
        foreach (int n in AllFootnoteRefs(p)) { if (footnotes.TryGetValue(n, out Footnote? f)) { AddAll(f.References); } }
        return found;
    }

    private static IEnumerable<int> AllFootnoteRefs(Paragraph p)
    {
        foreach (int n in p.HeadingFootnoteRefs) { yield return n; }
        foreach (int n in p.FootnoteRefs) { yield return n; }
        var stack = new Stack<Subparagraph>(p.Subparagraphs.Reverse());
        while (stack.Count > 0)
        {
            Subparagraph s = stack.Pop();
            foreach (int n in s.FootnoteRefs) { yield return n; }
            foreach (Subparagraph child in s.Subparagraphs.Reverse()) { stack.Push(child); }
        }
    }

    private static List<string> FootnoteTexts(Paragraph p, Dictionary<int, Footnote> footnotes) =>
        AllFootnoteRefs(p).Where(footnotes.ContainsKey).Select(n => footnotes[n].Text).Distinct(StringComparer.Ordinal).ToList();

    private static List<ParagraphDiff> CompareSection(DiffSection section, List<Item> old, List<Item> @new)
    {
        var pairs = ContentAlignment.Align(old.Select(i => i.FullText).ToList(), @new.Select(i => i.FullText).ToList());
        HashSet<int> inOrder = ContentAlignment.InOrder(pairs);
        var byNew = new Dictionary<int, (int Old, double Similarity, bool Moved)>();
        var oldPaired = new bool[old.Count];
        for (int k = 0; k < pairs.Count; k++)
        {
            byNew[pairs[k].New] = (pairs[k].Old, pairs[k].Similarity, !inOrder.Contains(k));
            oldPaired[pairs[k].Old] = true;
        }

        // The new order, each removed paragraph after the paragraph that came before it in the old version.
        var result = new List<ParagraphDiff>();
        int nextOld = 0;
        void RemovedUpTo(int end)
        {
            for (; nextOld < end; nextOld++) { if (!oldPaired[nextOld]) { result.Add(Removed(section, old[nextOld])); } }
        }
        for (int j = 0; j < @new.Count; j++)
        {
            if (byNew.TryGetValue(j, out var pair))
            {
                if (!pair.Moved) { RemovedUpTo(pair.Old + 1); }
                result.Add(Paired(section, old[pair.Old], @new[j], pair.Similarity, pair.Moved));
            }
            else
            {
                result.Add(Added(section, @new[j]));
            }
        }
        RemovedUpTo(old.Count);
        return result;
    }

    private static ParagraphDiff Added(DiffSection section, Item item) => new()
    {
        Section = section,
        Kind = ParagraphChangeKind.Added,
        New = item.Version,
        Text = [new TextChange(TextChangeKind.Inserted, Head(item.Paragraph))],
        Subparagraphs = CompareSubparagraphs([], item.Paragraph.Subparagraphs),
        CitationsAdded = item.Citations,
        FootnotesAdded = item.Footnotes,
    };

    private static ParagraphDiff Removed(DiffSection section, Item item) => new()
    {
        Section = section,
        Kind = ParagraphChangeKind.Removed,
        Old = item.Version,
        Text = [new TextChange(TextChangeKind.Deleted, Head(item.Paragraph))],
        Subparagraphs = CompareSubparagraphs(item.Paragraph.Subparagraphs, []),
        CitationsRemoved = item.Citations,
        FootnotesRemoved = item.Footnotes,
    };

    private static ParagraphDiff Paired(DiffSection section, Item old, Item @new, double similarity, bool moved)
    {
        bool same = string.Equals(old.FullText, @new.FullText, StringComparison.Ordinal);
        List<SubparagraphDiff> subparagraphs = CompareSubparagraphs(old.Paragraph.Subparagraphs, @new.Paragraph.Subparagraphs);
        return new ParagraphDiff
        {
            Section = section,
            Kind = same && subparagraphs.All(s => s.Kind == ParagraphChangeKind.Unchanged) ? ParagraphChangeKind.Unchanged : ParagraphChangeKind.Edited,
            Old = old.Version,
            New = @new.Version,
            Similarity = Math.Round(similarity, 3),
            LeadPhraseChanged = !string.Equals(old.Paragraph.LeadPhrase, @new.Paragraph.LeadPhrase, StringComparison.Ordinal),
            Moved = moved,
            Renumbered = section == DiffSection.Operative && (old.Version.Number != @new.Version.Number || old.Version.Part != @new.Version.Part),
            Text = Words(Head(old.Paragraph), Head(@new.Paragraph)),
            Subparagraphs = subparagraphs,
            CitationsAdded = @new.Citations.Where(c => !old.Citations.Contains(c)).ToList(),
            CitationsRemoved = old.Citations.Where(c => !@new.Citations.Contains(c)).ToList(),
            FootnotesAdded = @new.Footnotes.Where(f => !old.Footnotes.Contains(f)).ToList(),
            FootnotesRemoved = old.Footnotes.Where(f => !@new.Footnotes.Contains(f)).ToList(),
        };
    }

    /// <summary>Sub-paragraphs (flattened, nested ones after their parent) paired by content as paragraphs are.</summary>
    private static List<SubparagraphDiff> CompareSubparagraphs(IReadOnlyList<Subparagraph> old, IReadOnlyList<Subparagraph> @new)
    {
        List<Subparagraph> a = FlattenSubparagraphs(old), b = FlattenSubparagraphs(@new);
        if (a.Count == 0 && b.Count == 0) { return []; }
        var pairs = ContentAlignment.Align(a.Select(s => s.Text).ToList(), b.Select(s => s.Text).ToList());
        var byNew = pairs.ToDictionary(p => p.New, p => p.Old);
        var oldPaired = new HashSet<int>(pairs.Select(p => p.Old));
        var result = new List<SubparagraphDiff>();
        int nextOld = 0;
        for (int j = 0; j < b.Count; j++)
        {
            if (byNew.TryGetValue(j, out int i))
            {
                for (; nextOld <= i; nextOld++) { if (!oldPaired.Contains(nextOld)) { result.Add(new(ParagraphChangeKind.Removed, a[nextOld].Label, null, [new(TextChangeKind.Deleted, a[nextOld].Text)])); } }
                bool same = string.Equals(a[i].Text, b[j].Text, StringComparison.Ordinal);
                result.Add(new(same ? ParagraphChangeKind.Unchanged : ParagraphChangeKind.Edited, a[i].Label, b[j].Label, Words(a[i].Text, b[j].Text)));
            }
            else
            {
                result.Add(new(ParagraphChangeKind.Added, null, b[j].Label, [new(TextChangeKind.Inserted, b[j].Text)]));
            }
        }
        for (; nextOld < a.Count; nextOld++) { if (!oldPaired.Contains(nextOld)) { result.Add(new(ParagraphChangeKind.Removed, a[nextOld].Label, null, [new(TextChangeKind.Deleted, a[nextOld].Text)])); } }
        return result;
    }

    private static List<Subparagraph> FlattenSubparagraphs(IReadOnlyList<Subparagraph> subs)
    {
        var all = new List<Subparagraph>();
        void Walk(IReadOnlyList<Subparagraph> list) { foreach (Subparagraph s in list) { all.Add(s); Walk(s.Subparagraphs); } }
        Walk(subs);
        return all;
    }

    /// <summary>The word-level comparison (DiffPlex, words and punctuation as pieces), adjacent runs of one kind merged.</summary>
    internal static List<TextChange> Words(string old, string @new)
    {
        var changes = new List<TextChange>();
        if (string.Equals(old, @new, StringComparison.Ordinal))
        {
            if (old.Length > 0) { changes.Add(new TextChange(TextChangeKind.Same, old)); }
            return changes;
        }
        DiffResult diff = Differ.Instance.CreateDiffs(old, @new, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var pieces = new System.Text.StringBuilder();
        void Emit(TextChangeKind kind, IReadOnlyList<string> source, int start, int count)
        {
            if (count <= 0) { return; }
            pieces.Clear();
            for (int k = start; k < start + count; k++) { pieces.Append(source[k]); }
            if (changes.Count > 0 && changes[^1].Kind == kind) { changes[^1] = changes[^1] with { Text = changes[^1].Text + pieces }; }
            else { changes.Add(new TextChange(kind, pieces.ToString())); }
        }
        int a = 0;
        foreach (DiffBlock block in diff.DiffBlocks)
        {
            Emit(TextChangeKind.Same, diff.PiecesOld, a, block.DeleteStartA - a);
            Emit(TextChangeKind.Deleted, diff.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Emit(TextChangeKind.Inserted, diff.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
        }
        Emit(TextChangeKind.Same, diff.PiecesOld, a, diff.PiecesOld.Count - a);
        return AbsorbShortEqualities(changes);
    }

    /// <summary>
    /// A word-level diff of a rewritten clause pairs its stray common words ("of", "December", a comma) and cuts it
    /// into confetti; an equal run of at most one word between two changes is taken into both the deletion and the
    /// insertion instead, so that a reader sees the old clause and the new one whole.
    /// </summary>
    private static List<TextChange> AbsorbShortEqualities(List<TextChange> runs)
    {
        var result = new List<TextChange>(runs.Count);
        var deleted = new System.Text.StringBuilder();
        var inserted = new System.Text.StringBuilder();
        void Flush()
        {
            if (deleted.Length > 0) { result.Add(new TextChange(TextChangeKind.Deleted, deleted.ToString())); deleted.Clear(); }
            if (inserted.Length > 0) { result.Add(new TextChange(TextChangeKind.Inserted, inserted.ToString())); inserted.Clear(); }
        }
        for (int k = 0; k < runs.Count; k++)
        {
            TextChange run = runs[k];
            if (run.Kind == TextChangeKind.Deleted) { deleted.Append(run.Text); continue; }
            if (run.Kind == TextChangeKind.Inserted) { inserted.Append(run.Text); continue; }
            bool between = (deleted.Length > 0 || inserted.Length > 0) && k + 1 < runs.Count && runs[k + 1].Kind != TextChangeKind.Same;
            if (between && Words(run.Text) <= 1)
            {
                deleted.Append(run.Text);
                inserted.Append(run.Text);
                continue;
            }
            Flush();
            result.Add(run);
        }
        Flush();
        return result;
    }

    private static int Words(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) { words++; }
            inWord = letter;
        }
        return words;
    }
}
