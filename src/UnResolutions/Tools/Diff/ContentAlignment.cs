namespace UnResolutions.Tools.Diff;

/// <summary>
/// Pairs two lists of texts by content, not position: how alike two texts are is the Dice coefficient of their sets
/// of word pairs (bigrams of lower-cased words), so a shared run of words counts and a shared common word alone does
/// not; a text almost wholly contained in the other (a paragraph split in two, or merged) counts as well. Pairs are
/// taken best first, one to one, above <see cref="MinimumSimilarity"/>.
/// </summary>
internal static class ContentAlignment
{
    /// <summary>
    /// Below this, two paragraphs are not the same paragraph revised but one removed and one added: a third of their
    /// word pairs in common. Read on A/RES/67/225 → A/RES/71/242 (the alignment fixture): rewritten paragraphs that
    /// keep their subject score 0.35 and more; paragraphs on another subject that share a phrase stay under 0.32.
    /// </summary>
    public const double MinimumSimilarity = 0.33;

    /// <summary>A text whose word pairs are at least this share in the other is taken as a part of it (split or merged).</summary>
    private const double ContainedShare = 0.8;

    /// <summary>A contained text counts at this weight of its share, so that a whole pair is preferred to a fragment.</summary>
    private const double ContainedWeight = 0.75;

    /// <summary>Containment is not trusted for texts of fewer word pairs: a short phrase is contained in many paragraphs.</summary>
    private const int ContainedMinimumPairs = 6;

    /// <summary>
    /// The word pairs of a text, each as a 64-bit hash of its two lower-cased words (FNV-1a, so the same in every
    /// run): no string per word or pair is made, and two different pairs share a hash with negligible odds.
    /// </summary>
    public static HashSet<ulong> WordPairs(string text)
    {
        var pairs = new HashSet<ulong>();
        ulong previous = 0;
        bool havePrevious = false;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i])) { i++; }
            if (i == text.Length) { break; }
            ulong word = 14695981039346656037UL;
            while (i < text.Length && IsWordChar(text[i]))
            {
                word = (word ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                i++;
            }
            if (havePrevious) { pairs.Add(((previous << 1) | (previous >> 63)) ^ word); }   // rotated: "a b" and "b a" differ
            previous = word;
            havePrevious = true;
        }
        return pairs;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '/' || c is '\'' || c is '’' || c is '-';

    /// <summary>How alike two texts are, 0 to 1, from their word pairs.</summary>
    public static double Similarity(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0) { return 0; }
        HashSet<ulong> small = a.Count <= b.Count ? a : b, large = ReferenceEquals(small, a) ? b : a;
        int common = 0;
        foreach (ulong pair in small) { if (large.Contains(pair)) { common++; } }
        double dice = 2.0 * common / (a.Count + b.Count);
        double contained = (double)common / small.Count;
        return contained >= ContainedShare && small.Count >= ContainedMinimumPairs ? Math.Max(dice, ContainedWeight * contained) : dice;
    }

    /// <summary>
    /// The pairs (old index, new index, similarity), one to one, best first; ties go to the pair closest in relative
    /// position, so that a resolution compared with itself pairs each paragraph with itself, repeats included.
    /// </summary>
    public static List<(int Old, int New, double Similarity)> Align(IReadOnlyList<string> oldTexts, IReadOnlyList<string> newTexts)
    {
        var oldPairs = oldTexts.Select(WordPairs).ToList();
        var newPairs = newTexts.Select(WordPairs).ToList();
        var candidates = new List<(int Old, int New, double Similarity, double Distance)>();
        for (int i = 0; i < oldTexts.Count; i++)
        {
            for (int j = 0; j < newTexts.Count; j++)
            {
                double similarity = string.Equals(oldTexts[i], newTexts[j], StringComparison.Ordinal) ? 1.0 : Similarity(oldPairs[i], newPairs[j]);
                if (similarity < MinimumSimilarity) { continue; }
                double distance = Math.Abs((i + 0.5) / oldTexts.Count - (j + 0.5) / newTexts.Count);
                candidates.Add((i, j, similarity, distance));
            }
        }
        candidates.Sort((x, y) =>
        {
            int c = y.Similarity.CompareTo(x.Similarity);
            if (c == 0) { c = x.Distance.CompareTo(y.Distance); }
            if (c == 0) { c = x.Old.CompareTo(y.Old); }
            return c == 0 ? x.New.CompareTo(y.New) : c;
        });
        var oldTaken = new bool[oldTexts.Count];
        var newTaken = new bool[newTexts.Count];
        var pairs = new List<(int Old, int New, double Similarity)>();
        foreach (var c in candidates)
        {
            if (oldTaken[c.Old] || newTaken[c.New]) { continue; }
            oldTaken[c.Old] = newTaken[c.New] = true;
            pairs.Add((c.Old, c.New, c.Similarity));
        }
        pairs.Sort((x, y) => x.New.CompareTo(y.New));
        return pairs;
    }

    /// <summary>
    /// The pairs (sorted by new index) that keep their order: the longest run of pairs whose old indexes increase.
    /// The others changed places.
    /// </summary>
    public static HashSet<int> InOrder(List<(int Old, int New, double Similarity)> pairs)
    {
        // Longest increasing subsequence of the old indexes, O(n log n), with back links to rebuild it.
        var tails = new List<int>();        // index into pairs of the smallest tail of each length
        var previous = new int[pairs.Count];
        for (int k = 0; k < pairs.Count; k++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (pairs[tails[mid]].Old < pairs[k].Old) { lo = mid + 1; } else { hi = mid; }
            }
            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count) { tails.Add(k); } else { tails[lo] = k; }
        }
        var kept = new HashSet<int>();
        for (int k = tails.Count > 0 ? tails[^1] : -1; k >= 0; k = previous[k]) { kept.Add(k); }
        return kept;
    }
}
