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
internal static class FootnoteLinker
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

    /// <summary><c>1/</c> between spaces (or before a comma, a full stop or the end): how the 1990s cited a footnote.</summary>
    private static bool IsSlashMarker(ReadOnlySpan<char> text, int s, int e) =>
        e - s <= 3 && text[s] != '0' && s > 0 && char.IsWhiteSpace(text[s - 1]) && e < text.Length && text[e] == '/'
        && (e + 1 == text.Length || char.IsWhiteSpace(text[e + 1]) || text[e + 1] is ',' or ';' or '.' or ':' or ')');

    private static void Add(GreenToken token, int key, int s, int e, Shape shape, int site, List<Candidate> candidates, Dictionary<int, (GreenToken Token, int Key)> footnotes)
    {
        int value = 0;
        for (int k = s; k < e; k++) { value = value * 10 + (token.TextSpan[k] - '0'); }
        // PERF: digits that cite no footnote of the section are no candidate at all.
        if (footnotes.ContainsKey(value)) { candidates.Add(new Candidate(token, key, s, e - s, value, shape, site)); }
    }

    private static bool FollowedByNumber(ReadOnlySpan<char> text, int e) =>
        e < text.Length && (char.IsLetter(text[e]) || (e + 1 < text.Length && text[e] is '/' or '.' or ',' or '-' or '–' && char.IsAsciiDigit(text[e + 1])));

    /// <summary>
    /// "1,150" and "81,945,300": three digits after a comma that follows one to three digits (or another group).
    /// Not "July 2016,3" (one digit after a year) nor "resolution 5/14,120" (a reference after a symbol).
    /// </summary>
    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int s, int e)
    {
        if (e - s != 3 || s < 2 || !char.IsAsciiDigit(text[s - 2])) { return false; }
        int k = s - 2;
        while (k >= 0 && char.IsAsciiDigit(text[k])) { k--; }
        int before = s - 2 - k;
        return before <= 3 && (k < 0 || text[k] != '/');
    }

    /// <summary>Whether the comma before <paramref name="s"/> follows one to three digits that stand alone (<c>0,7</c>, not <c>2016,3</c> nor <c>5/14,3</c>).</summary>
    private static bool IsDecimalComma(ReadOnlySpan<char> text, int s)
    {
        int k = s - 1;
        while (k > 0 && char.IsAsciiDigit(text[k - 1])) { k--; }
        int digits = s - 1 - k;
        return digits is >= 1 and <= 3 && (k == 0 || !(char.IsLetterOrDigit(text[k - 1]) || text[k - 1] is '/' or '.' or ',' or '-'));
    }

    /// <summary>A pair of references, <c>Convention10,11</c>: after the comma one or two digits, and no more.</summary>
    private static bool IsReferencePair(ReadOnlySpan<char> text, int s, int e)
    {
        if (s == 0 || !char.IsLetter(text[s - 1]) || e + 1 >= text.Length || text[e] != ',') { return false; }
        int k = e + 1;
        while (k < text.Length && char.IsAsciiDigit(text[k])) { k++; }
        return k - e - 1 is 1 or 2 && (k == text.Length || !(char.IsLetterOrDigit(text[k]) || text[k] is '/' or '.' && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1])));
    }

    /// <summary>How a digit run at [s, e) (three digits at most) reads as a reference, or null when it belongs to the text.</summary>
    private static Shape? ShapeOf(ReadOnlySpan<char> text, int s, int e, LanguageTable language)
    {
        if (s == 0) { return null; }
        if (char.IsWhiteSpace(text[s - 1])) { return Apart(text, s, e, language); }
        if (FollowedByNumber(text, e) && !IsReferencePair(text, s, e))
        {
            // "Sostenible4y el", "Cartagena29y la": glued between a word and a function word of the language.
            if (char.IsLetter(text[s - 1]) && GluedToFunctionWord(text, e, language)) { return Shape.Displaced; }
            // "a21nd", "doublin4g": a note the source put inside a word, between two of its letters.
            return char.IsLower(text[s - 1]) && e < text.Length && char.IsLower(text[e]) && IsInWord(text, s, e) ? Shape.InWord : null;
        }
        if (e < text.Length && text[e] is '/' or '\u2011' or '-') { return null; }
        char prev = text[s - 1];
        // "Derechos Humanos\u200E1": a left-to-right mark between the word and its note.
        if (prev is '\u200E' or '\u200F' && s >= 2 && char.IsLetter(text[s - 2])) { return Shape.Strong; }
        if (prev == ',' && IsThousandsGroup(text, s, e)) { return null; }
        // "0,7 pour cent", "0,15 à 0,20": a decimal comma (French, Spanish) after a short number; only the footnote
        // expected next may be read there. "July 2016,3" (a year) and "resolution 5/14,120" (a symbol) stay strong.
        if (prev == ',' && IsDecimalComma(text, s)) { return Shape.Weak; }
        // "making100 per cent": a quantity with its space missing; only the footnote expected next may be read there.
        Shape glued = IsQuantity(text, e) ? Shape.Weak : Shape.Strong;
        // "48ª3 y 49ª", "el 10º4 y el 20º5": after the ordinal indicator of a Spanish ordinal, as after a word.
        if (prev is 'ª' or 'º') { return glued; }
        // A note cites a name, never an article or a preposition: "información a1 Consejo" is "al" misprinted, so a digit
        // glued to a short function word of the language is read only as the footnote expected there, never as a repeat.
        if (char.IsLower(prev)) { return GluedToShortFunctionWord(text, s, language) ? Shape.Weak : glued; }
        if (char.IsUpper(prev))
        {
            int w = s - 1;
            while (w > 0 && char.IsLetter(text[w - 1])) { w--; }
            ReadOnlySpan<char> word = text[w..s];
            bool allUpper = true;
            foreach (char c in word) { allUpper &= char.IsUpper(c); }
            return allUpper ? Shape.Weak : glued;
        }
        if (prev == ')')
        {
            // "International Health Regulations (2005)13" cites a note; "recommendation (2019)1" is a symbol (CM/Rec(2019)1).
            return s >= 6 && text[s - 6] == '(' && IsYear(text.Slice(s - 5, 4)) ? Shape.Weak : glued;
        }
        // "une proportion de 69 %14.": after a percentage's sign, where no number is glued.
        if (prev is ',' or ';' or ':' or '”' or '’' or '"' or '\'' or '»' or ']' or '%')
        {
            return glued;
        }
        if (prev == '.' && s >= 2 && text[s - 2] is ')' or '”' or '"' or '’' or ']' && (e == text.Length || char.IsWhiteSpace(text[e])))
        {
            return Shape.Strong;
        }
        if (prev == '.' && s >= 2 && char.IsLower(text[s - 2]))
        {
            int w = s - 2;
            while (w > 0 && char.IsLetter(text[w - 1])) { w--; }
            string word = text[w..(s - 1)].ToString();
            bool sentenceEnd = word.Length >= 3 && !Abbreviations.Contains(word) && (e == text.Length || char.IsWhiteSpace(text[e]));
            return sentenceEnd ? Shape.Strong : null;
        }
        if (prev == '.' && s >= 6 && IsYear(text.Slice(s - 5, 4)) && !char.IsAsciiDigit(text[s - 6]) && (e == text.Length || char.IsWhiteSpace(text[e])))
        {
            // "no later than January 2023.14": the note after the full stop of a sentence that ends with a year.
            return Shape.YearDot;
        }
        return null;
    }

    /// <summary>
    /// A note set apart from the text it cites: at the very end of a paragraph after its punctuation
    /// (<c>development”, 11</c>), or before the next word, glued to it (<c>1994, 1in which</c>).
    /// </summary>
    private static Shape? Apart(ReadOnlySpan<char> text, int s, int e, LanguageTable language)
    {
        int w = s - 1;
        while (w > 0 && char.IsWhiteSpace(text[w - 1])) { w--; }
        if (w == 0) { return null; }
        char before = text[w - 1];
        if (before is ',' or ';' or '”' or '"' && text[e..].IsWhiteSpace()) { return Shape.Detached; }
        if (e < text.Length && char.IsLower(text[e]) && before is ',' or ';' or '”' or '"' or ')')
        {
            int k = e;
            while (k < text.Length && char.IsLetter(text[k])) { k++; }
            return IsFunctionWord(text[e..k], language) ? Shape.Displaced : null;
        }
        return language.NotesBeforePunctuation && s - w == 1 ? ApartBeforePunctuation(text, w, e, language) : null;
    }

    /// <summary>
    /// A note one space apart from the words it cites, before the punctuation (French, Spanish): <c>relatif 22 ;</c>,
    /// <c>du Secrétaire général 12, qui</c>, <c>siglo XXI" 13, el</c>, at the end of a paragraph after another note
    /// (<c>en 20142, 3,</c>), or after an ordinal (<c>sesiones 31º 29 y 32º 30;</c>). Not after a number or a function
    /// word (<c>párrafos 18 y 19,</c>, <c>les 27 et 28,</c>): a list of numbers.
    /// </summary>
    private static Shape? ApartBeforePunctuation(ReadOnlySpan<char> text, int w, int e, LanguageTable language)
    {
        char before = text[w - 1];
        if (before is 'º' or 'ª' && e + 1 < text.Length && text[e] == ' ' && GluedToFunctionWord(text, e + 1, language)) { return Shape.ApartBeforePunctuation; }
        // The punctuation, after at most one space, then a space or the end ("22 ;", "12, qui"; not "22.3", "8,5").
        int p = e < text.Length && text[e] is '\u00A0' or '\u202F' or ' ' ? e + 1 : e;
        if (!(p < text.Length && text[p] is ',' or ';' or ':' or '.' && (p + 1 == text.Length || char.IsWhiteSpace(text[p + 1])))) { return null; }
        bool endsParagraph = text[(p + 1)..].IsWhiteSpace();
        if (before is 'º' or 'ª' or '”' or '"' or '»' || (before == ',' && endsParagraph)) { return Shape.ApartBeforePunctuation; }
        if (!char.IsLetter(before)) { return null; }
        int a = w - 1;
        while (a > 0 && char.IsLetter(text[a - 1])) { a--; }
        return IsFunctionWord(text[a..w], language) ? null : Shape.ApartBeforePunctuation;
    }

    /// <summary>Whether the letters glued before <paramref name="s"/> are a word of the language's function words of three letters at most (<c>a</c>, <c>de</c>, <c>la</c>).</summary>
    private static bool GluedToShortFunctionWord(ReadOnlySpan<char> text, int s, LanguageTable language)
    {
        int a = s;
        while (a > 0 && char.IsLetter(text[a - 1])) { a--; }
        return s - a <= 3 && (a == 0 || char.IsWhiteSpace(text[a - 1])) && IsFunctionWord(text[a..s], language);
    }

    /// <summary>Whether a function word of the language starts at <paramref name="e"/>, followed by a space.</summary>
    private static bool GluedToFunctionWord(ReadOnlySpan<char> text, int e, LanguageTable language)
    {
        int k = e;
        while (k < text.Length && char.IsLetter(text[k])) { k++; }
        return k < text.Length && text[k] is ' ' or '\u00A0' && IsFunctionWord(text[e..k], language);
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> word, LanguageTable language)
    {
        foreach (string w in language.FunctionWords)
        {
            if (word.SequenceEqual(w)) { return true; }
        }
        return false;
    }

    /// <summary>
    /// Whether a space, a function word of the language and a space follow <paramref name="e"/>, and then no date
    /// (<c>du 17 décembre</c>, <c>de 21 de diciembre</c>: a day, a space and a word; "et 35/45" is no date).
    /// </summary>
    private static bool BeforeFunctionWord(ReadOnlySpan<char> text, int e, LanguageTable language)
    {
        if (e >= text.Length || text[e] is not (' ' or '\u00A0') || !GluedToFunctionWord(text, e + 1, language)) { return false; }
        int k = e + 1;
        while (k < text.Length && char.IsLetter(text[k])) { k++; }
        int d = ++k;
        while (d < text.Length && char.IsAsciiDigit(text[d])) { d++; }
        bool day = d - k is 1 or 2 && d + 1 < text.Length && text[d] is ' ' or '\u00A0' && char.IsLetter(text[d + 1]);
        return k < text.Length && !day;
    }

    /// <summary>Whether punctuation follows <paramref name="e"/>, after at most one space (a no-break one before <c>;</c> in French), or the text ends.</summary>
    private static bool BeforePunctuation(ReadOnlySpan<char> text, int e)
    {
        if (e < text.Length && text[e] is ' ' or '\u00A0' or '\u202F') { e++; }
        return e >= text.Length || text[e] is ',' or ';' or ':' or '.' or ')' or '?' or '!' or '»';
    }

    /// <summary>Whether a digit run stands between the lower-case letters of one word (<c>a21nd</c>), not in a code (<c>h1n1</c>, <c>x2y3</c>).</summary>
    private static bool IsInWord(ReadOnlySpan<char> text, int s, int e)
    {
        int a = s;
        while (a > 0 && char.IsLetter(text[a - 1])) { a--; }
        int b = e;
        while (b < text.Length && char.IsLetter(text[b])) { b++; }
        bool code = (b < text.Length && char.IsAsciiDigit(text[b])) || (a > 0 && char.IsAsciiDigit(text[a - 1]));
        // The word may be capitalized: "Organisation mondiale de la Sant8é".
        return !code && b - e + s - a >= 3 && char.IsLetter(text[a]) && IsLowerWord(text[(a + 1)..s]) && IsLowerWord(text[e..b]);
    }

    /// <summary>The words of a percentage after a number (English, French, Spanish).</summary>
    private static readonly string[] PerCent = ["per cent", "pour cent", "por ciento", "%"];

    /// <summary>Whether a percentage follows the digits ending at <paramref name="e"/>: <c>making100 per cent</c>, <c>0,7 pour cent</c>.</summary>
    private static bool IsQuantity(ReadOnlySpan<char> text, int e)
    {
        ReadOnlySpan<char> rest = text[e..];
        if (!rest.IsEmpty && rest[0] is ' ' or '\u00A0' or '\u202F') { rest = rest[1..]; }
        foreach (string words in PerCent)
        {
            if (rest.StartsWith(words, StringComparison.Ordinal)) { return true; }
        }
        return false;
    }

    /// <summary>
    /// Whether the digits at [s, e) follow a year and a slash and open with the next year's last two digits, then one or
    /// two more (<c>pour 2019/204 ;</c>, <c>correspondiente a 2020/214;</c>), before a space, punctuation or the end.
    /// The year follows a function word of the language: "décision 2019/204" is a decision of the Economic and Social
    /// Council, numbered from 201.
    /// </summary>
    private static bool IsYearSpan(ReadOnlySpan<char> text, int s, int e, LanguageTable language)
    {
        if (e - s is < 3 or > 4 || s < 7 || text[s - 1] != '/' || !IsYear(text.Slice(s - 5, 4)) || text[s - 6] is not (' ' or '\u00A0') || text[s + 2] == '0') { return false; }
        if (e < text.Length && (char.IsLetterOrDigit(text[e]) || text[e] is '/' or '-' or '\u2011' || FollowedByNumber(text, e))) { return false; }
        int a = s - 6;
        while (a > 0 && char.IsLetter(text[a - 1])) { a--; }
        int year = int.Parse(text.Slice(s - 5, 4));
        return IsFunctionWord(text[a..(s - 6)], language) && (text[s] - '0') * 10 + (text[s + 1] - '0') == (year + 1) % 100;
    }

    private static bool IsYear(ReadOnlySpan<char> four) =>
        four.Length == 4 && (four.StartsWith("19") || four.StartsWith("20")) && char.IsAsciiDigit(four[2]) && char.IsAsciiDigit(four[3]);

    /// <summary>
    /// Whether the digit run at [s, e) is too long for the number it ends, so that its end may be a reference: after a
    /// session and a slash (<c>resolution 59/3008</c>: resolution and decision numbers have at most three digits), after
    /// a body's abbreviation and a full stop (<c>1/CP.2125</c>: two digits at most), after a name and a hyphen
    /// (<c>COVID-1914</c>), or after a name (<c>Agenda 216</c>).
    /// </summary>
    private static Shape? SplitShape(ReadOnlySpan<char> text, int s, int e, LanguageTable language)
    {
        int length = e - s;
        // A note before the punctuation (French, Spanish: "résolution 74/912 ;", "74/71 ;", "décision XII/327,", "objectifs
        // 9 et 174,"): after a slash or a space, two digits or more may be the number and its note.
        bool beforePunctuation = language.NotesBeforePunctuation && s > 0 && text[s - 1] is '/' or ' ' or '\u00A0' && BeforePunctuation(text, e);
        // After a slash, also before a function word that no date follows ("74/542 et", "41/46 du Conseil"; not "76/222 du 17 décembre").
        bool beforeWord = !beforePunctuation && language.NotesBeforePunctuation && s > 0 && text[s - 1] == '/' && BeforeFunctionWord(text, e, language);
        // "no°22,", "n°148": the abbreviation of "number" ends with its sign, and the number is glued to it.
        bool afterSign = s > 0 && !char.IsLetterOrDigit(text[s - 1]) && !char.IsWhiteSpace(text[s - 1]) && IsNumberAbbreviation(text, s, language);
        if (s == 0 || length < (beforePunctuation || beforeWord || afterSign ? 2 : 3) || length > 6) { return null; }
        // The run must end the number: "59/3008 and", "CP.2125 of", not "A/75/1001/Add.1".
        if (e < text.Length && (char.IsLetterOrDigit(text[e]) || text[e] is '/' or '-' or '\u2011' || FollowedByNumber(text, e))) { return null; }
        char prev = text[s - 1];
        if (prev == '/' && (length >= 4 || beforePunctuation || beforeWord))
        {
            // The session before the slash: a roman numeral (a treaty body's decision, "CBD/CP/MOP/VIII/1913"), or digits
            // that open the symbol ("resolution 59/3008", not the document "A/75/1001").
            int k = s - 1;
            bool roman = true;
            while (k > 0 && (char.IsAsciiDigit(text[k - 1]) || text[k - 1] is 'I' or 'V' or 'X' or 'L'))
            {
                roman &= !char.IsAsciiDigit(text[k - 1]);
                k--;
            }
            int session = s - 1 - k;
            // The symbol opens after a space, a parenthesis, a word it is glued to ("résolution73/2905,": symbols are in
            // capitals), or a treaty body's "DEC/" ("CBD/NP/MOP/DEC/2/714,": decision 2/7).
            bool opens = k == 0 || char.IsWhiteSpace(text[k - 1]) || text[k - 1] == '(' || char.IsLower(text[k - 1])
                || (k >= 4 && text[(k - 4)..k].SequenceEqual("DEC/"));
            bool symbol = session is >= 1 and <= 6 && (roman ? k == 0 || !char.IsLetter(text[k - 1]) : session <= 3 && opens);
            return !symbol ? null : length >= 4 || beforePunctuation ? Shape.SymbolSplit : Shape.SymbolSplitBeforeWord;
        }
        if (prev is '.' or '-' or '\u2011' && s >= 3 && char.IsUpper(text[s - 2]) && char.IsUpper(text[s - 3]))
        {
            return Shape.SymbolSplit;
        }
        // A year is no number with a note ("en 2015,"), unless it ends a list of short numbers ("párrafos 18 y 1918,": 19 and note 18).
        if (char.IsWhiteSpace(prev) && length <= 4 && !(length == 4 && IsYear(text[s..e]) && !(beforePunctuation && EndsListOfNumbers(text, s, language))))
        {
            // "objectifs 9 et 174,", "nos 5 et 164,": a number after a word, before the punctuation, where the language sets
            // its notes; not a group of thousands ("12 500,": a digit before the space).
            if (beforePunctuation && s >= 2 && char.IsLetter(text[s - 2])) { return Shape.NameSplit; }
            // "Agenda 216": a capitalized name, then its number and the note.
            int w = s - 1;
            while (w > 0 && char.IsWhiteSpace(text[w - 1])) { w--; }
            int a = w;
            while (a > 0 && char.IsLetter(text[a - 1])) { a--; }
            // "no 148", "núm. 148": the language's abbreviation of "number", then the number and the note.
            return (w - a >= 3 && char.IsUpper(text[a]) && IsLowerWord(text[(a + 1)..w])) || IsNumberAbbreviation(text, w, language) ? Shape.NameSplit : null;
        }
        return afterSign && length <= 4 ? Shape.NameSplit : null;
    }

    /// <summary>Whether a number of one to three digits and a function word stand before <paramref name="s"/>: <c>18 y </c>, <c>5 et </c>.</summary>
    private static bool EndsListOfNumbers(ReadOnlySpan<char> text, int s, LanguageTable language)
    {
        int w = s - 1;
        int a = w;
        while (a > 0 && char.IsLetter(text[a - 1])) { a--; }
        if (a == w || a < 2 || !char.IsWhiteSpace(text[a - 1]) || !IsFunctionWord(text[a..w], language)) { return false; }
        int d = a - 1;
        while (d > 0 && char.IsAsciiDigit(text[d - 1])) { d--; }
        return a - 1 - d is >= 1 and <= 3 && (d == 0 || !char.IsLetterOrDigit(text[d - 1]) && text[d - 1] is not ('/' or '.' or ','));
    }

    /// <summary>Whether one of the language's abbreviations of "number" ends at <paramref name="w"/>, after a space or at the start.</summary>
    private static bool IsNumberAbbreviation(ReadOnlySpan<char> text, int w, LanguageTable language)
    {
        foreach (string abbreviation in language.NumberAbbreviations)
        {
            int a = w - abbreviation.Length;
            if (a >= 0 && text[a..w].SequenceEqual(abbreviation) && (a == 0 || char.IsWhiteSpace(text[a - 1]))) { return true; }
        }
        return false;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> letters)
    {
        foreach (char c in letters)
        {
            if (!char.IsLower(c)) { return false; }
        }
        return true;
    }
}
