using System.Buffers;
using UnResolutions.Diagnostics;
using UnResolutions.Languages;
using UnResolutions.Syntax.InternalSyntax;
using UnResolutions.Syntax;

namespace UnResolutions.Parsing;

/// <summary>A span of a text token that becomes a reference to footnote <paramref name="Cited"/>.</summary>
internal readonly record struct ReferenceSplit(int Offset, int Length, int Cited);

/// <summary>
/// Finds the footnote references glued to the text (<c>Agreement1</c>, <c>2016,3</c>, <c>development;4</c>) and
/// links them to the footnote section. The section is the evidence: it says which footnotes there are, and new
/// numbers must first appear in order (1, 2, 3, …), while an earlier one may be cited again. Digits that belong to
/// the text (<c>Goal 9</c>, <c>Add.2</c>, <c>70/1</c>, <c>1/CP.21</c>, <c>COVID-19</c>) are not glued the way a
/// reference is and are left alone.
/// </summary>
/// <remarks>
/// <para>
/// Every digit run that could be a reference is a candidate, with a shape that says how strongly it reads as one:
/// glued to a word or to punctuation (<c>Agreement1</c>, <c>2016,3</c>) is strong; the end of a digit run whose
/// rest is a well-formed number (<c>resolution 59/3008</c> = 59/300 + 8, <c>decision 1/CP.2125</c>,
/// <c>COVID-1914</c>, <c>Agenda 216</c>, <c>20165</c>), a note after a sentence ending in a year
/// (<c>January 2023.14</c>), a note standing apart at the end of a paragraph (<c>development”, 11</c>), a note the
/// source placed one word late (<c>1994, 1in which</c>) or inside the next word (<c>a21nd</c>) are weaker shapes
/// that only the footnote section can confirm.
/// </para>
/// <para>
/// The references are then chosen together, not one by one: a dynamic programme over "the footnote expected next"
/// picks the candidates that cite the most footnotes in order, a strong shape weighing more than a weak one, and a
/// footnote left uncited costing more than a weak reference gains. So one reference the linker cannot find does not
/// lose every later one: when the next expected footnote is never found but later ones are, linking resumes at the
/// later one (<see cref="DiagnosticDescriptors.FootnoteReferenceResynchronized"/>), and a weak shape is taken only
/// where it is the footnote expected there (<see cref="DiagnosticDescriptors.GuessedFootnoteReference"/>). A note
/// cited again keeps its number, but only a strong shape is read as a repeat.
/// </para>
/// </remarks>
internal static partial class FootnoteLinker
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Add", "Rev", "Corr", "para", "paras", "vol", "vols", "No", "Nos", "Res", "sect", "chap", "art", "arts", "p", "pp",
        "Ser", "Suppl", "Supp", "ed", "rev", "Dec", "annex", "op", "fig", "Vol", "Part", "resolution", "decision",
    };

    /// <summary>How a candidate reads as a reference; the order is not a ranking (see <see cref="Gain"/>).</summary>
    private enum Shape : byte
    {
        /// <summary>A reference token the grammar already made; always kept.</summary>
        Given,
        /// <summary>Glued to a word or to punctuation: <c>Agreement1</c>, <c>2016,3</c>.</summary>
        Strong,
        /// <summary>After an all-capital word (<c>UNCTAD4</c>), a year in parentheses (<c>(2005)13</c>) or before <c>per cent</c>.</summary>
        Weak,
        /// <summary>Glued to a year: <c>in 20165 and</c>.</summary>
        YearGlued,
        /// <summary>After the full stop of a sentence that ends with a year: <c>January 2023.14</c>.</summary>
        YearDot,
        /// <summary>The end of a symbol's number too long to be one: <c>59/3008</c>, <c>1/CP.2125</c>, <c>COVID-1914</c>.</summary>
        SymbolSplit,
        /// <summary>The end of a number after a name: <c>Agenda 216</c>.</summary>
        NameSplit,
        /// <summary>Apart, after the punctuation that ends a paragraph: <c>development”, 11</c>.</summary>
        Detached,
        /// <summary>Glued to the next word: <c>1994, 1in which</c>.</summary>
        Displaced,
        /// <summary>
        /// Apart, before the punctuation, where French and Spanish set a note (<c>du Secrétaire général 12, qui</c>,
        /// <c>sesiones 31º 29 y</c>): the weakest reading of a number standing in the text.
        /// </summary>
        ApartBeforePunctuation,
        /// <summary>The end of a symbol's number before a word, where French and Spanish set a note: <c>résolution 74/542 et</c>.</summary>
        SymbolSplitBeforeWord,
        /// <summary>Inside a word: <c>a21nd</c>.</summary>
        InWord,
    }

    /// <summary>What citing a footnote for the first time with this shape is worth.</summary>
    private static int Gain(Shape shape) => shape switch
    {
        Shape.Given => 1000,
        Shape.Strong => 10,
        Shape.Weak or Shape.YearGlued or Shape.YearDot => 6,
        Shape.SymbolSplit or Shape.Detached => 5,
        Shape.Displaced => 4,
        _ => 3,
    };

    /// <summary>What a footnote left uncited costs: more than any weak shape gains, less than a strong one.</summary>
    private const int UncitedCost = 8;

    /// <summary>The most footnotes one resynchronization may leave uncited (a bound on the work per candidate).</summary>
    private const int MaxSkipped = 256;

    /// <summary>A candidate reference: <see cref="Key"/> is where its token's text starts in the tree, which identifies the token.</summary>
    private readonly record struct Candidate(GreenToken Token, int Key, int Offset, int Length, int Value, Shape Shape, int Site);

    /// <summary>A step of a chosen path: a candidate taken, and the steps before (shared, immutable).</summary>
    private sealed record Step(int Candidate, Step? Previous);

    /// <summary>
    /// Decides the references of one resolution, which starts at <paramref name="position"/> in the tree. Fills
    /// <paramref name="splits"/> (text tokens to cut) and <paramref name="replacements"/> (tokens that gain a diagnostic),
    /// both keyed by where the token's text starts in the tree: a green token knows no position of its own.
    /// </summary>
    /// <remarks>
    /// <paramref name="language"/> (English when null) says where its typography sets a note: after the punctuation or
    /// before it (<see cref="LanguageTable.NotesBeforePunctuation"/>), and the function words a displaced note is glued to.
    /// </remarks>
    public static void Link(GreenNode resolution, int position, LanguageTable? language, Dictionary<int, List<ReferenceSplit>> splits, Dictionary<int, GreenToken> replacements)
    {
        language ??= LanguageTable.English;
        GreenNode? section = resolution.GetSlot(Slots.Resolution.FootnoteSection);
        if (section?.GetSlot(Slots.FootnoteSection.Footnotes) is not { } footnoteList) { return; }
        // Each footnote's number token, and where its text starts in the tree (its key in replacements).
        var footnotes = new Dictionary<int, (GreenToken Token, int Key)>();
        int footnoteAt = position + resolution.GetSlotOffset(Slots.Resolution.FootnoteSection) + section.GetSlotOffset(Slots.FootnoteSection.Footnotes);
        for (int k = 0; k < footnoteList.SlotCount; k++)
        {
            GreenNode? footnote = footnoteList.GetSlot(k);
            if (footnote?.GetSlot(Slots.Footnote.Number) is GreenToken number && SyntaxFacts.FootnoteNumber(number.TextSpan) is int n)
            {
                footnotes.TryAdd(n, (number, footnoteAt + footnote.GetSlotOffset(Slots.Footnote.Number) + number.LeadingTriviaWidth));
            }
            footnoteAt += footnote?.FullWidth ?? 0;
        }
        if (footnotes.Count == 0) { return; }
        // The footnotes in order; the state of the linker is the index of the footnote expected next.
        int[] order = [.. footnotes.Keys.Order()];
        var index = new Dictionary<int, int>(order.Length);
        for (int k = 0; k < order.Length; k++) { index[order[k]] = k; }

        var candidates = new List<Candidate>();
        int site = 0;
        // The body's slots, from the header to the annexes (not the footnotes themselves, nor the trailer).
        for (int slot = Slots.Resolution.Header; slot <= Slots.Resolution.Annexes; slot++)
        {
            if (resolution.GetSlot(slot) is { } part) { CollectCandidates(part, position + resolution.GetSlotOffset(slot), language, candidates, footnotes, ref site); }
        }

        List<int> chosen = Choose(candidates, index, order.Length);

        var diagnostics = new Dictionary<int, (GreenToken Token, List<DiagnosticInfo> List)>();
        void Report(Candidate c, DiagnosticInfo info)
        {
            if (!diagnostics.TryGetValue(c.Key, out var reported)) { diagnostics[c.Key] = reported = (c.Token, []); }
            reported.List.Add(info);
        }

        // Replay the chosen path in document order: cut the references, and say where the linker resynchronized,
        // guessed, or left a strong candidate as text.
        var cited = new bool[order.Length];
        int state = 0;
        int next = 0;
        for (int k = 0; k < candidates.Count; k++)
        {
            Candidate c = candidates[k];
            // A footnote cited again keeps its number; only a strong shape (or the grammar's own token) is read as one.
            bool taken = (next < chosen.Count && chosen[next] == k)
                || (c.Shape is Shape.Strong or Shape.Given && index[c.Value] < state);
            int at = c.Token.LeadingTriviaWidth + c.Offset;
            if (taken)
            {
                if (next < chosen.Count && chosen[next] == k) { next++; }
                int j = index[c.Value];
                if (c.Shape != Shape.Given)
                {
                    if (!splits.TryGetValue(c.Key, out List<ReferenceSplit>? list)) { splits[c.Key] = list = []; }
                    list.Add(new ReferenceSplit(c.Offset, c.Length, c.Value));
                }
                else if (c.Token.CitedFootnote != c.Value)
                {
                    // The grammar's own reference token learns the footnote it cites, as a cut one does.
                    replacements[c.Key] = c.Token.AsReference(c.Value);
                }
                if (j >= state)
                {
                    if (j > state)
                    {
                        string skipped = j == state + 1 ? $"footnote {order[state]} was" : $"footnotes {order[state]} to {order[j - 1]} were";
                        Report(c, new DiagnosticInfo(DiagnosticDescriptors.FootnoteReferenceResynchronized,
                            $"Footnote {c.Value} is cited where {skipped} expected, and the text cites {(j == state + 1 ? "it" : "them")} nowhere before; linking resumes from footnote {c.Value}.", at, c.Length));
                    }
                    state = j + 1;
                }
                if (cited[j])
                {
                    Report(c, new DiagnosticInfo(DiagnosticDescriptors.RepeatedFootnoteReference,
                        $"Footnote {c.Value} is cited again; the UN's markup records a note once, at its first citation.", at, c.Length));
                }
                // A footnote skipped by a resynchronization and cited later, out of order, is cited all the same.
                cited[j] = true;
                if (Reason(c) is { } reason)
                {
                    Report(c, new DiagnosticInfo(DiagnosticDescriptors.GuessedFootnoteReference,
                        $"'{c.Value}' is read as a reference to footnote {c.Value}, {reason}.", at, c.Length));
                }
            }
            else if (c.Shape == Shape.Strong && index[c.Value] > state)
            {
                string message = $"'{c.Value}' glued to the text may cite footnote {c.Value}, but footnote {order[state]} has not been cited yet; left as text.";
                Report(c, new DiagnosticInfo(DiagnosticDescriptors.AmbiguousFootnoteReference, message, at, c.Length));
            }
        }

        foreach ((int key, (GreenToken token, List<DiagnosticInfo> list)) in diagnostics)
        {
            GreenToken linked = replacements.GetValueOrDefault(key) ?? token;
            replacements[key] = (GreenToken)linked.WithDiagnostics([.. token.Diagnostics, .. list]);
        }
        for (int k = 0; k < order.Length; k++)
        {
            if (cited[k]) { continue; }
            (GreenToken token, int key) = footnotes[order[k]];
            string message = $"Footnote {order[k]} is never cited in the text.";
            replacements[key] = (GreenToken)token.WithDiagnostics([.. token.Diagnostics, new DiagnosticInfo(DiagnosticDescriptors.UncitedFootnote, message, token.LeadingTriviaWidth, token.TextLength)]);
        }
    }

    /// <summary>
    /// Why a weak shape was read as a reference, for its diagnostic; null for the strong shapes and for a year with a
    /// reference glued to it (<c>20165</c>: no year has five digits, so that split is no guess).
    /// </summary>
    private static string? Reason(Candidate c)
    {
        string digits = c.Token.TextSpan.Slice(c.Offset, c.Length).ToString();
        ReadOnlySpan<char> text = c.Token.TextSpan;
        int s = c.Offset;
        while (s > 0 && char.IsAsciiDigit(text[s - 1])) { s--; }
        string number = text[s..c.Offset].ToString();
        return c.Shape switch
        {
            Shape.SymbolSplit or Shape.NameSplit => $"the end of the digits '{number}{digits}', leaving '{number}'",
            Shape.YearDot => "after the full stop of a sentence that ends with a year",
            Shape.Detached => "standing apart after the punctuation that ends the paragraph",
            Shape.ApartBeforePunctuation => "standing apart before the punctuation",
            Shape.SymbolSplitBeforeWord => $"the end of the digits '{number}{digits}' before the next word, leaving '{number}'",
            Shape.Displaced => "glued to the next word: the source placed the note one word late",
            Shape.InWord => "inside a word: the source placed the note inside the next word",
            _ => null,
        } is { } why ? why + " (it is the footnote expected there)" : null;
    }

    /// <summary>
    /// The candidates that cite a footnote for the first time, in document order: the path through the states (the index of the footnote expected next) that is worth the most. A site (one digit
    /// run) gives at most one reference; citing footnote j from state i &lt;= j leaves the footnotes i … j-1 uncited.
    /// Citations of earlier footnotes change no state and are decided when the path is replayed.
    /// </summary>
    /// <remarks>
    /// PERF: O(candidates × <see cref="MaxSkipped"/>) time and no copy of the states per site (a site's candidates are
    /// alternatives, so only a site with several has its updates held back); a step is allocated only where a path improves.
    /// </remarks>
    private static List<int> Choose(List<Candidate> candidates, Dictionary<int, int> index, int count)
    {
        const int None = int.MinValue / 2;
        var best = new int[count + 1];
        var path = new Step?[count + 1];
        Array.Fill(best, None);
        best[0] = 0;
        var held = new List<(int State, int Score, Step Step)>();
        int k = 0;
        while (k < candidates.Count)
        {
            int siteStart = k;
            int site = candidates[k].Site;
            while (k < candidates.Count && candidates[k].Site == site) { k++; }
            bool alternatives = k - siteStart > 1;
            for (int c = siteStart; c < k; c++)
            {
                Candidate candidate = candidates[c];
                int j = index[candidate.Value];
                // A first citation of footnote j, from the best state i <= j (the footnotes between left uncited).
                int from = -1;
                int score = None;
                for (int i = Math.Max(0, j - MaxSkipped); i <= j; i++)
                {
                    if (best[i] == None) { continue; }
                    int s = best[i] - UncitedCost * (j - i);
                    if (s > score) { score = s; from = i; }
                }
                if (from < 0 || score + Gain(candidate.Shape) <= best[j + 1]) { continue; }
                var step = new Step(c, path[from]);
                if (alternatives) { held.Add((j + 1, score + Gain(candidate.Shape), step)); }
                else { (best[j + 1], path[j + 1]) = (score + Gain(candidate.Shape), step); }
            }
            foreach ((int state, int score, Step step) in held)
            {
                if (score > best[state]) { (best[state], path[state]) = (score, step); }
            }
            held.Clear();
        }
        // The footnotes after the last state reached are never cited.
        int end = 0;
        for (int i = 1; i <= count; i++)
        {
            if (best[i] != None && best[i] - UncitedCost * (count - i) > best[end] - UncitedCost * (count - end)) { end = i; }
        }
        var result = new List<int>();
        for (Step? step = path[end]; step != null; step = step.Previous) { result.Add(step.Candidate); }
        result.Reverse();
        return result;
    }

    /// <summary>Candidates in the text tokens of body texts and of the header, in document order (iterative: the tree may be deep).</summary>
    private static void CollectCandidates(GreenNode root, int position, LanguageTable language, List<Candidate> candidates, Dictionary<int, (GreenToken Token, int Key)> footnotes, ref int site)
    {
        // InRegion: inside a body text or the header; Cuttable: the token's parent is a sequence of tokens, where the tree
        // finisher can cut a text token in several (a reference is never decided where it could not be made).
        var stack = new Stack<(GreenNode Node, int Position, bool InRegion, bool Cuttable)>();
        stack.Push((root, position, false, false));
        while (stack.Count > 0)
        {
            (GreenNode node, int at, bool inRegion, bool cuttable) = stack.Pop();
            if (node is GreenToken token)
            {
                int key = at + token.LeadingTriviaWidth;
                if (inRegion && cuttable && token.Kind == SyntaxKind.TextToken) { Scan(token, key, language, candidates, footnotes, ref site); }
                else if (token.Kind == SyntaxKind.FootnoteReferenceToken && SyntaxFacts.FootnoteNumber(token.TextSpan) is int given && footnotes.ContainsKey(given))
                {
                    // A reference the grammar made itself (a part letter's note): it counts in the sequence.
                    candidates.Add(new Candidate(token, key, 0, token.TextLength, given, Shape.Given, ++site));
                }
                continue;
            }
            // Body texts, and the whole header: a title may cite a footnote ("… Occupied Palestinian Territory1"), and so
            // may the part letter printed under it ("B1"), whatever line the header makes of it.
            bool region = inRegion || node.Kind is SyntaxKind.BodyText or SyntaxKind.TitleLine or SyntaxKind.Header;
            bool sequence = GreenNodes.IsTokenSequence(node.Kind) || node.IsList;
            // The children go on the stack last first, each with where it starts (the slots' widths sum to the node's).
            int childAt = at + node.FullWidth;
            for (int k = node.SlotCount - 1; k >= 0; k--)
            {
                if (node.GetSlot(k) is not { } child) { continue; }
                childAt -= child.FullWidth;
                stack.Push((child, childAt, region, sequence));
            }
        }
    }

    /// <summary>The superscript digits: a text that kept its typography sets its references so (<c>accord¹,</c>).</summary>
    private static readonly SearchValues<char> Superscripts = SearchValues.Create("\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079");

    private static void Scan(GreenToken token, int key, LanguageTable language, List<Candidate> candidates, Dictionary<int, (GreenToken Token, int Key)> footnotes, ref int site)
    {
        ReadOnlySpan<char> text = token.TextSpan;
        bool superscripts = text.ContainsAny(Superscripts);
        int i = 0;
        while (i < text.Length)
        {
            // PERF: a vectorized jump to the next digit; most of a text has none.
            int next = text[i..].IndexOfAnyInRange('0', '9');
            if (superscripts && text[i..].IndexOfAny(Superscripts) is >= 0 and int up && (next < 0 || up < next))
            {
                // Superscript digits are a reference wherever they stand, glued or apart, before or after the punctuation:
                // the typography sets them apart from the text.
                int from = i + up;
                i = from;
                while (i < text.Length && SyntaxFacts.SuperscriptDigit(text[i]) >= 0) { i++; }
                site++;
                if (i - from <= 3 && SyntaxFacts.FootnoteNumber(text[from..i]) is int value && footnotes.ContainsKey(value))
                {
                    candidates.Add(new Candidate(token, key, from, i - from, value, Shape.Strong, site));
                }
                continue;
            }
            if (next < 0) { break; }
            i += next;
            int s = i;
            while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; }
            int e = i;
            site++;
            int before = candidates.Count;
            // A number standing apart is the weakest reading: the note glued to its end ("no 149,") is an alternative.
            bool apart = false;
            if (IsSlashMarker(text, s, e))
            {
                // The 1990s: "Peoples, 1/ and" — the marker and its slash stand apart from the words.
                int value = int.Parse(text[s..e]);
                if (footnotes.ContainsKey(value)) { candidates.Add(new Candidate(token, key, s, e - s + 1, value, Shape.Strong, site)); }
                i++;
            }
            else if (e - s <= 3 && text[s] != '0' && ShapeOf(text, s, e, language) is { } shape)
            {
                Add(token, key, s, e, shape, site, candidates, footnotes);
                apart = shape == Shape.ApartBeforePunctuation;
            }
            else if (e - s is >= 5 and <= 7 && (text[s..].StartsWith("19") || text[s..].StartsWith("20")) && text[s + 4] != '0'
                && (!FollowedByNumber(text, e) || GluedToFunctionWord(text, e, language)) && (s == 0 || text[s - 1] != '/'))
            {
                // A year with a reference glued to it: "held in Nairobi in 20165 and", "la session de 20195et qui" (not after a
                // slash: "75/19212" is a symbol's number).
                Add(token, key, s + 4, e, Shape.YearGlued, site, candidates, footnotes);
            }
            else if (IsYearSpan(text, s, e, language))
            {
                // A period of two years with a note: "pour 2019/204 ;" is 2019/20 and note 4.
                Add(token, key, s + 2, e, Shape.SymbolSplit, site, candidates, footnotes);
            }
            if ((candidates.Count == before || apart) && SplitShape(text, s, e, language) is { } split)
            {
                // The end of a number whose rest is well formed: each split whose end is a footnote is an alternative.
                for (int keep = Math.Min(3, e - s - 1); keep >= 1; keep--)
                {
                    if (e - s - keep <= 3 && text[s + keep] != '0') { Add(token, key, s + keep, e, split, site, candidates, footnotes); }
                }
            }
        }
    }

}
