namespace UnResolutions.Tools.Diff;

/// <summary>What happened to a paragraph (or a sub-paragraph) between two versions of a resolution.</summary>
public enum ParagraphChangeKind
{
    /// <summary>The same lead phrase and text (a new number or place is reported apart, in <see cref="ParagraphDiff.Renumbered"/> and <see cref="ParagraphDiff.Moved"/>).</summary>
    Unchanged,
    /// <summary>Paired by content, with word-level changes (the lead phrase's are flagged in <see cref="ParagraphDiff.LeadPhraseChanged"/>).</summary>
    Edited,
    /// <summary>Only in the new version.</summary>
    Added,
    /// <summary>Only in the old version.</summary>
    Removed,
}

/// <summary>The part of a resolution a paragraph belongs to.</summary>
public enum DiffSection
{
    /// <summary>The recitals.</summary>
    Preamble,
    /// <summary>The operative paragraphs.</summary>
    Operative,
}

/// <summary>A run of words the same in both versions, only in the old one, or only in the new one.</summary>
public enum TextChangeKind
{
    /// <summary>In both.</summary>
    Same,
    /// <summary>Only in the old version.</summary>
    Deleted,
    /// <summary>Only in the new version.</summary>
    Inserted,
}

/// <summary>One run of a word-level comparison; the runs in order spell the old text (without the insertions) and the new one (without the deletions).</summary>
/// <param name="Kind">Same, deleted or inserted.</param>
/// <param name="Text">The run's text, spaces and punctuation included.</param>
public sealed record TextChange(TextChangeKind Kind, string Text);

/// <summary>A paragraph as it stands in one version.</summary>
/// <param name="Position">1-based position among the recitals or the operative paragraphs of that version (parts taken in order).</param>
/// <param name="Number">The paragraph's number as printed (operative paragraphs, <see cref="Model.Paragraph.Number"/>); null for recitals.</param>
/// <param name="Part">The part letter (<c>A</c>) when the resolution has parts; null otherwise.</param>
/// <param name="LeadPhrase">The lead phrase, or null.</param>
/// <param name="Text">The text after the lead phrase.</param>
public sealed record ParagraphVersion(int Position, string? Number, string? Part, string? LeadPhrase, string Text)
{
    /// <summary>How readers name it: <c>3</c>, <c>A.3</c> for an operative paragraph; the position for a recital.</summary>
    public string Label => (Part is null ? "" : Part + ".") + (Number ?? Position.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>A sub-paragraph's change within a paired paragraph.</summary>
/// <param name="Kind">What happened to it.</param>
/// <param name="OldLabel">Its label in the old version (<c>a</c>), or null when added.</param>
/// <param name="NewLabel">Its label in the new version, or null when removed.</param>
/// <param name="Text">The word-level comparison of its text.</param>
public sealed record SubparagraphDiff(ParagraphChangeKind Kind, string? OldLabel, string? NewLabel, IReadOnlyList<TextChange> Text);

/// <summary>One paragraph of either version and what became of it.</summary>
public sealed record ParagraphDiff
{
    /// <summary>Recitals or operative paragraphs.</summary>
    public DiffSection Section { get; init; }

    /// <summary>Unchanged, edited, added or removed.</summary>
    public ParagraphChangeKind Kind { get; init; }

    /// <summary>The paragraph in the old version; null when added.</summary>
    public ParagraphVersion? Old { get; init; }

    /// <summary>The paragraph in the new version; null when removed.</summary>
    public ParagraphVersion? New { get; init; }

    /// <summary>How alike the two texts are, from 0 to 1 (1 for the same text); 0 when one side is missing.</summary>
    public double Similarity { get; init; }

    /// <summary>The lead phrase differs ("Encourages" to "Urges", "Concerned" to "Deeply concerned").</summary>
    public bool LeadPhraseChanged { get; init; }

    /// <summary>The paragraph changed places relative to the other paired paragraphs (not only its number).</summary>
    public bool Moved { get; init; }

    /// <summary>The operative paragraph has another number (old ¶12 is new ¶15); not a change of its text.</summary>
    public bool Renumbered { get; init; }

    /// <summary>The word-level comparison of the lead phrase and text (sub-paragraphs apart).</summary>
    public IReadOnlyList<TextChange> Text { get; init; } = [];

    /// <summary>The sub-paragraphs, paired by content.</summary>
    public IReadOnlyList<SubparagraphDiff> Subparagraphs { get; init; } = [];

    /// <summary>Resolutions, decisions and documents cited by the new version (text or footnotes) and not by the old, normalized (<c>A/RES/69/235</c>).</summary>
    public IReadOnlyList<string> CitationsAdded { get; init; } = [];

    /// <summary>Those cited by the old version and not by the new.</summary>
    public IReadOnlyList<string> CitationsRemoved { get; init; } = [];

    /// <summary>The texts of the footnotes the new version cites and the old does not (compared by text, as their numbers change).</summary>
    public IReadOnlyList<string> FootnotesAdded { get; init; } = [];

    /// <summary>The texts of the footnotes the old version cites and the new does not.</summary>
    public IReadOnlyList<string> FootnotesRemoved { get; init; } = [];
}

/// <summary>The counts at the top of a comparison.</summary>
public sealed record DiffSummary
{
    /// <summary>Recitals unchanged.</summary>
    public int RecitalsUnchanged { get; init; }
    /// <summary>Recitals edited.</summary>
    public int RecitalsEdited { get; init; }
    /// <summary>Recitals added.</summary>
    public int RecitalsAdded { get; init; }
    /// <summary>Recitals removed.</summary>
    public int RecitalsRemoved { get; init; }
    /// <summary>Operative paragraphs unchanged.</summary>
    public int OperativeUnchanged { get; init; }
    /// <summary>Operative paragraphs edited.</summary>
    public int OperativeEdited { get; init; }
    /// <summary>Operative paragraphs added.</summary>
    public int OperativeAdded { get; init; }
    /// <summary>Operative paragraphs removed.</summary>
    public int OperativeRemoved { get; init; }
    /// <summary>Paired paragraphs whose lead phrase changed.</summary>
    public int LeadPhrasesChanged { get; init; }
    /// <summary>Paired paragraphs that changed places.</summary>
    public int Moved { get; init; }
    /// <summary>Paired operative paragraphs with another number.</summary>
    public int Renumbered { get; init; }
}

/// <summary>
/// The result of <see cref="ResolutionDiff.Compare"/>: every recital and operative paragraph of both versions, in
/// the order of the new version with removed paragraphs after their old predecessor, and what became of each.
/// </summary>
public sealed record ResolutionComparison
{
    /// <summary>The old version's symbol.</summary>
    public string? OldSymbol { get; init; }

    /// <summary>The new version's symbol.</summary>
    public string? NewSymbol { get; init; }

    /// <summary>The old version's title.</summary>
    public string? OldTitle { get; init; }

    /// <summary>The new version's title.</summary>
    public string? NewTitle { get; init; }

    /// <summary>The counts.</summary>
    public DiffSummary Summary { get; init; } = new();

    /// <summary>The recitals.</summary>
    public IReadOnlyList<ParagraphDiff> Recitals { get; init; } = [];

    /// <summary>The operative paragraphs.</summary>
    public IReadOnlyList<ParagraphDiff> Operative { get; init; } = [];
}
