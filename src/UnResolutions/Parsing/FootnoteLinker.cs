using UnResolutions.Diagnostics;
using UnResolutions.Syntax;
using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Parsing;

/// <summary>A span of a text token that becomes a footnote reference.</summary>
internal readonly record struct ReferenceSplit(int Offset, int Length);

/// <summary>
/// Finds the footnote references glued to the text (<c>Agreement1</c>, <c>2016,3</c>, <c>development;4</c>) and
/// links them to the footnote section. The section is the evidence: it says how many footnotes there are, and
/// new numbers must first appear in order (1, 2, 3, …), while an earlier one may be cited again. Digits that
/// belong to the text (<c>Goal 9</c>, <c>Add.2</c>, <c>70/1</c>, <c>1/CP.21</c>, <c>COVID-19</c>) are not glued
/// the way a reference is and are left alone.
/// </summary>
internal static class FootnoteLinker
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Add", "Rev", "Corr", "para", "paras", "vol", "vols", "No", "Nos", "Res", "sect", "chap", "art", "arts", "p", "pp",
        "Ser", "Suppl", "Supp", "ed", "rev", "Dec", "annex", "op", "fig", "Vol", "Part", "resolution", "decision",
    };

    private enum Strength { Strong, Weak, YearGlued }

    private readonly record struct Candidate(GreenToken Token, int Offset, int Length, int Value, Strength Strength);

    /// <summary>
    /// Decides the references of one resolution. Fills <paramref name="splits"/> (text tokens to cut) and
    /// <paramref name="replacements"/> (tokens that gain a diagnostic).
    /// </summary>
    public static void Link(GreenNode resolution, Dictionary<int, List<ReferenceSplit>> splits, Dictionary<int, GreenToken> replacements)
    {
        GreenNode? section = resolution.GetSlot(8);
        if (section?.GetSlot(0) is not { } footnoteList) { return; }
        var footnotes = new Dictionary<int, GreenToken>();
        for (int k = 0; k < footnoteList.SlotCount; k++)
        {
            if (footnoteList.GetSlot(k)?.GetSlot(0) is GreenToken number && int.TryParse(number.TextSpan.TrimEnd('/'), out int n)) { footnotes[n] = number; }
        }
        if (footnotes.Count == 0) { return; }

        var candidates = new List<Candidate>();
        for (int slot = 1; slot <= 7; slot++)
        {
            if (resolution.GetSlot(slot) is { } part) { CollectCandidates(part, candidates); }
        }

        // The first note the section holds, and after each the next it holds: notes missing from the source are skipped.
        int next = NextNote(footnotes, 0);
        var rejected = new Dictionary<GreenToken, List<DiagnosticInfo>>();
        foreach (Candidate c in candidates)
        {
            bool known = footnotes.ContainsKey(c.Value);
            bool accept = known && (c.Value == next || (c.Value < next && c.Strength == Strength.Strong));
            if (accept)
            {
                if (!splits.TryGetValue(c.Token.SourceStart, out List<ReferenceSplit>? list)) { splits[c.Token.SourceStart] = list = []; }
                list.Add(new ReferenceSplit(c.Offset, c.Length));
                if (c.Value == next) { next = NextNote(footnotes, next); }
            }
            else if (c.Strength == Strength.Strong && known && c.Value > next)
            {
                string message = $"'{c.Value}' glued to the text may cite footnote {c.Value}, but footnote {next} has not been cited yet; left as text.";
                if (!rejected.TryGetValue(c.Token, out List<DiagnosticInfo>? list)) { rejected[c.Token] = list = []; }
                list.Add(new DiagnosticInfo(DiagnosticDescriptors.AmbiguousFootnoteReference, message, c.Token.LeadingTriviaWidth + c.Offset, c.Length));
            }
        }

        foreach ((GreenToken token, List<DiagnosticInfo> diagnostics) in rejected)
        {
            replacements[token.SourceStart] = (GreenToken)token.WithDiagnostics([.. token.Diagnostics, .. diagnostics]);
        }
        foreach ((int number, GreenToken token) in footnotes)
        {
            if (number < next) { continue; }
            string message = $"Footnote {number} is never cited in the text.";
            replacements[token.SourceStart] = (GreenToken)token.WithDiagnostics([.. token.Diagnostics, new DiagnosticInfo(DiagnosticDescriptors.UncitedFootnote, message, token.LeadingTriviaWidth, token.TextLength)]);
        }
    }

    /// <summary>The smallest footnote number above <paramref name="after"/>, or the one after it when there is none.</summary>
    private static int NextNote(Dictionary<int, GreenToken> footnotes, int after)
    {
        int next = int.MaxValue;
        foreach (int n in footnotes.Keys) { if (n > after && n < next) { next = n; } }
        return next == int.MaxValue ? after + 1 : next;
    }

    /// <summary>Candidates in the text tokens of body texts and titles, in document order (iterative: the tree may be deep).</summary>
    private static void CollectCandidates(GreenNode root, List<Candidate> candidates)
    {
        var stack = new Stack<(GreenNode Node, bool InBody)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            (GreenNode node, bool inBody) = stack.Pop();
            if (node is GreenToken token)
            {
                if (inBody && token.Kind == SyntaxKind.TextToken) { Scan(token, candidates); }
                continue;
            }
            // Body texts, and the title line: a title may cite a footnote ("… Occupied Palestinian Territory1").
            bool body = inBody || node.Kind is SyntaxKind.BodyText or SyntaxKind.TitleLine;
            for (int k = node.SlotCount - 1; k >= 0; k--)
            {
                if (node.GetSlot(k) is { } child) { stack.Push((child, body)); }
            }
        }
    }

    private static void Scan(GreenToken token, List<Candidate> candidates)
    {
        ReadOnlySpan<char> text = token.TextSpan;
        int i = 0;
        while (i < text.Length)
        {
            // PERF: a vectorized jump to the next digit; most of a text has none.
            int next = text[i..].IndexOfAnyInRange('0', '9');
            if (next < 0) { break; }
            i += next;
            int s = i;
            while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; }
            int e = i;
            if (IsSlashMarker(text, s, e))
            {
                // The 1990s: "Peoples, 1/ and" — the marker and its slash stand apart from the words.
                candidates.Add(new Candidate(token, s, e - s + 1, int.Parse(text[s..e]), Strength.Strong));
                i++;
            }
            else if (Classify(text, s, e) is { } strength && e - s <= 3 && text[s] != '0')
            {
                candidates.Add(new Candidate(token, s, e - s, int.Parse(text[s..e]), strength));
            }
            else if (e - s is >= 5 and <= 7 && (text[s..].StartsWith("19") || text[s..].StartsWith("20")) && text[s + 4] != '0' && !FollowedByNumber(text, e))
            {
                // A year with a reference glued to it: "held in Nairobi in 20165 and".
                candidates.Add(new Candidate(token, s + 4, e - s - 4, int.Parse(text[(s + 4)..e]), Strength.YearGlued));
            }
        }
    }

    /// <summary><c>1/</c> between spaces (or before a comma, a full stop or the end): how the 1990s cited a footnote.</summary>
    private static bool IsSlashMarker(ReadOnlySpan<char> text, int s, int e) =>
        e - s <= 3 && text[s] != '0' && s > 0 && char.IsWhiteSpace(text[s - 1]) && e < text.Length && text[e] == '/'
        && (e + 1 == text.Length || char.IsWhiteSpace(text[e + 1]) || text[e + 1] is ',' or ';' or '.' or ':' or ')');

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

    /// <summary>How strongly a digit run at [s, e) reads as a reference, or null when it belongs to the text.</summary>
    private static Strength? Classify(ReadOnlySpan<char> text, int s, int e)
    {
        if (s == 0 || FollowedByNumber(text, e)) { return null; }
        if (e < text.Length && text[e] is '/' or '\u2011' or '-') { return null; }
        char prev = text[s - 1];
        if (prev == ',' && IsThousandsGroup(text, s, e)) { return null; }
        if (char.IsLower(prev)) { return Strength.Strong; }
        if (char.IsUpper(prev))
        {
            int w = s - 1;
            while (w > 0 && char.IsLetter(text[w - 1])) { w--; }
            ReadOnlySpan<char> word = text[w..s];
            bool allUpper = true;
            foreach (char c in word) { allUpper &= char.IsUpper(c); }
            return allUpper ? Strength.Weak : Strength.Strong;
        }
        if (prev is ',' or ';' or ':' or ')' or '”' or '’' or '"' or '\'' or '»' or ']')
        {
            return Strength.Strong;
        }
        if (prev == '.' && s >= 2 && text[s - 2] is ')' or '”' or '"' or '’' or ']' && (e == text.Length || char.IsWhiteSpace(text[e])))
        {
            return Strength.Strong;
        }
        if (prev == '.' && s >= 2 && char.IsLower(text[s - 2]))
        {
            int w = s - 2;
            while (w > 0 && char.IsLetter(text[w - 1])) { w--; }
            string word = text[w..(s - 1)].ToString();
            bool sentenceEnd = word.Length >= 3 && !Abbreviations.Contains(word) && (e == text.Length || char.IsWhiteSpace(text[e]));
            return sentenceEnd ? Strength.Strong : null;
        }
        return null;
    }
}
