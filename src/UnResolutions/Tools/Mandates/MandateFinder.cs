using System.Globalization;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tools.Mandates;

/// <summary>
/// Finds the mandates of a resolution's operative paragraphs (<see cref="Mandate"/>). A paragraph is cut into clauses
/// at each mandate verb ("Requests the Secretary-General to submit …, and decides to include …"); a clause is a mandate
/// when it asks for a report or names a session, a deadline or a frequency. The actor is what stands between the verb
/// and "to"; for "decides", the adopting organ. Words come from <see cref="MandateWords"/>. Never throws.
/// </summary>
public static class MandateFinder
{
    private static readonly MandateWords Words = MandateWords.English;

    /// <summary>The mandates of <paramref name="document"/>; spans are filled when <paramref name="syntax"/> (the resolution it was built from) is given.</summary>
    public static IReadOnlyList<Mandate> Find(ResolutionDocument document, ResolutionSyntax? syntax = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        string? organ = document.Body switch
        {
            Organ.GeneralAssembly => "General Assembly",
            Organ.SecurityCouncil => "Security Council",
            Organ.EconomicAndSocialCouncil => "Economic and Social Council",
            Organ.HumanRightsCouncil => "Human Rights Council",
            _ => null,
        };
        var found = new List<Mandate>();
        if (document.Parts.Count == 0) { Paragraphs(document.Operative, null, Spans(syntax?.OperativePart), organ, found); }
        for (int i = 0; i < document.Parts.Count; i++)
        {
            OperativePartSyntax? part = syntax is not null && i < syntax.Parts.Count ? syntax.Parts[i].OperativePart : null;
            Paragraphs(document.Parts[i].Operative, document.Parts[i].Label, Spans(part), organ, found);
        }
        return found;
    }

    private static List<(int Start, int Length)> Spans(OperativePartSyntax? part) =>
        part?.Paragraphs.Select(p => (p.Span.Start, p.Span.Length)).ToList() ?? [];

    private static void Paragraphs(IReadOnlyList<Paragraph> paragraphs, string? part, List<(int Start, int Length)> spans, string? organ, List<Mandate> found)
    {
        for (int i = 0; i < paragraphs.Count; i++)
        {
            Paragraph p = paragraphs[i];
            if (!MightHoldMandate(p)) { continue; }
            // The model's operative paragraphs and the syntax's stand in the same order; a count that differs gives no span.
            (int Start, int Length)? span = spans.Count == paragraphs.Count ? spans[i] : null;
            var where = new Mandate { Paragraph = p.Number, Part = part, Start = span?.Start, Length = span?.Length };
            string head = p.LeadPhrase is null ? p.Text : p.LeadPhrase + " " + p.Text;
            List<(string Verb, string Text)> clauses = Clauses(head);
            foreach (var (verb, text) in clauses) { Read(verb, text, where, organ, found); }
            // A sub-paragraph "(a) To submit …" continues the chapeau's last verb and actor.
            string chapeau = clauses.Count > 0 ? clauses[^1].Text.TrimEnd(':', ',', ' ') : "";
            void Subs(IReadOnlyList<Subparagraph> subs)
            {
                foreach (Subparagraph s in subs)
                {
                    Mandate at = where with { Subparagraph = s.Label };
                    List<(string Verb, string Text)> own = Clauses(s.Text);
                    if (own.Count > 0 && s.Text.StartsWith(own[0].Text, StringComparison.Ordinal)) { foreach (var (verb, text) in own) { Read(verb, text, at, organ, found); } }
                    else if (clauses.Count > 0) { Read(clauses[^1].Verb, chapeau + " " + s.Text, at, organ, found); }
                    Subs(s.Subparagraphs);
                }
            }
            Subs(p.Subparagraphs);
        }
    }

    /// <summary>
    /// Whether a paragraph names a report, a session, a frequency or a month (which a deadline date has): most do not,
    /// and they are skipped without cutting them into clauses (no allocation).
    /// </summary>
    private static bool MightHoldMandate(Paragraph p)
    {
        if (MightHoldMandate(p.Text)) { return true; }
        var stack = new Stack<Subparagraph>(p.Subparagraphs);
        while (stack.Count > 0)
        {
            Subparagraph s = stack.Pop();
            if (MightHoldMandate(s.Text)) { return true; }
            foreach (Subparagraph child in s.Subparagraphs) { stack.Push(child); }
        }
        return false;
    }

    private static bool MightHoldMandate(string text)
    {
        if (text.Contains(Words.ReportWord, StringComparison.OrdinalIgnoreCase) || text.Contains(Words.Session, StringComparison.OrdinalIgnoreCase)) { return true; }
        foreach (var (phrase, _) in Words.Frequencies) { if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase)) { return true; } }
        // A deadline is a date, and a date has a month's name (the reference finder's, English).
        foreach (string month in ReferenceFinder.Months) { if (text.Contains(month, StringComparison.Ordinal)) { return true; } }
        return false;
    }

    /// <summary>The clauses of a text, each from a mandate verb to the next (a verb opens one at the start, or after "; ", ", and ", " and ").</summary>
    internal static List<(string Verb, string Text)> Clauses(string text)
    {
        var starts = new List<(int At, string Verb)>();
        int i = 0;
        while (i < text.Length)
        {
            bool boundary = i == 0 || (i >= 2 && text[i - 1] == ' ' && (text[i - 2] is ';' or ',' || EndsWithWord(text, i - 1, "and")));
            if (boundary && VerbAt(text, i) is { } verb) { starts.Add((i, verb)); }
            int next = text.IndexOf(' ', i);
            if (next < 0) { break; }
            i = next + 1;
        }
        var clauses = new List<(string Verb, string Text)>();
        for (int k = 0; k < starts.Count; k++)
        {
            int end = k + 1 < starts.Count ? starts[k + 1].At : text.Length;
            clauses.Add((starts[k].Verb, text[starts[k].At..end].TrimEnd(' ', ',', ';', '.').TrimEnd()));
            clauses[^1] = (clauses[^1].Verb, TrimTrailingAnd(clauses[^1].Text));
        }
        return clauses;
    }

    private static string TrimTrailingAnd(string clause) =>
        clause.EndsWith(", and", StringComparison.Ordinal) ? clause[..^5] : clause.EndsWith(" and", StringComparison.Ordinal) ? clause[..^4].TrimEnd(',') : clause;

    private static bool EndsWithWord(string text, int end, string word) =>
        end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0 && (end == word.Length || text[end - word.Length - 1] == ' ');

    /// <summary>The mandate verb that starts at <paramref name="i"/>, its adverbs skipped ("Also requests", "Requests also"), or null.</summary>
    private static string? VerbAt(string text, int i)
    {
        int j = i;
        // Leading adverbs: "Also requests", "Further invites".
        while (true)
        {
            int space = text.IndexOf(' ', j);
            if (space < 0) { break; }
            ReadOnlySpan<char> word = text.AsSpan(j, space - j);
            if (!IsAdverb(word)) { break; }
            j = space + 1;
        }
        foreach (string verb in Words.Verbs)
        {
            if (j + verb.Length <= text.Length && string.Compare(text, j, verb, 0, verb.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (j + verb.Length == text.Length || !char.IsLetter(text[j + verb.Length])))
            {
                return verb;
            }
        }
        return null;
    }

    private static bool IsAdverb(ReadOnlySpan<char> word)
    {
        foreach (string adverb in Words.Adverbs) { if (word.Equals(adverb, StringComparison.OrdinalIgnoreCase)) { return true; } }
        return false;
    }

    private static void Read(string verb, string clause, Mandate where, string? organ, List<Mandate> found)
    {
        string lower = clause.ToLowerInvariant();
        int verbAt = lower.IndexOf(verb, StringComparison.Ordinal);
        int afterVerb = verbAt < 0 ? 0 : verbAt + verb.Length;
        int to = lower.IndexOf(" to ", afterVerb, StringComparison.Ordinal);
        string? actor = verb == Words.Decides ? organ : to < 0 ? null : Actor(clause[afterVerb..to]);
        string? infinitive = to < 0 ? null : FirstWord(lower, to + 4);
        bool report = ContainsWord(lower, Words.ReportWord) || ContainsWord(lower, Words.ReportWord + "s");
        string? action = infinitive;
        if (action is not null && lower.Contains(Words.Agenda.Words, StringComparison.Ordinal) && action == "include") { action = Words.Agenda.Action; }
        else if (action is not null && report && Words.ReportVerbs.Contains(action)) { action += " a " + Words.ReportWord; }
        int? session = Session(lower);
        DateOnly? date = Deadline(clause, lower);
        string? frequency = Words.Frequencies.FirstOrDefault(f => lower.Contains(f.Phrase, StringComparison.Ordinal)).Frequency;
        if (!report && session is null && date is null && frequency is null) { return; }
        found.Add(where with
        {
            Verb = verb,
            Actor = actor,
            Action = action,
            Report = report,
            Subject = AgendaTitle(clause, lower) ?? (report ? ReportSubject(clause, lower) : null),
            TargetSession = session,
            TargetDate = date,
            Frequency = frequency,
            Text = clause,
        });
    }

    /// <summary>The actor between the verb and "to": a parenthetical (", in this regard,") and a leading "the" dropped.</summary>
    private static string? Actor(string between)
    {
        string actor = between.Trim();
        while (actor.StartsWith(',')) { int close = actor.IndexOf(',', 1); actor = close < 0 ? actor.TrimStart(',') : actor[(close + 1)..]; actor = actor.Trim(); }
        // "the Office on Drugs and Crime, within its mandate and resources, …, to": a named actor ends at its first comma;
        // a list of common nouns ("bilateral, regional and multilateral partners") does not.
        int comma = actor.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && actor.AsSpan(0, comma).IndexOfAnyInRange('A', 'Z') >= 0) { actor = actor[..comma]; }
        if (actor.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) { actor = actor[4..]; }
        actor = actor.Trim(' ', ',');
        return actor.Length == 0 ? null : actor;
    }

    private static string? FirstWord(string text, int start)
    {
        int end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-')) { end++; }
        return end > start ? text[start..end] : null;
    }

    private static bool ContainsWord(string text, string word)
    {
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            bool before = i == 0 || !char.IsLetter(text[i - 1]);
            bool after = i + word.Length == text.Length || !char.IsLetter(text[i + word.Length]);
            if (before && after) { return true; }
        }
        return false;
    }

    /// <summary>
    /// The session number before the word "session" ("seventy-third session" 73, "73rd session" 73). Of several, the
    /// General Assembly's ("to the Committee at its forty-third session and to the General Assembly at its seventy-sixth").
    /// </summary>
    internal static int? Session(string lower)
    {
        int? first = null;
        for (int i = lower.IndexOf(Words.Session, StringComparison.Ordinal); i > 0; i = lower.IndexOf(Words.Session, i + 1, StringComparison.Ordinal))
        {
            int end = i - 1;
            if (end < 0 || lower[end] != ' ') { continue; }
            int start = end;
            while (start > 0 && lower[start - 1] is not ' ' and not '(' and not '"' and not '“') { start--; }
            if (Ordinal(lower[start..end]) is not { } n) { continue; }
            first ??= n;
            int window = Math.Max(0, start - 40);
            if (lower.AsSpan(window, start - window).Contains("assembly", StringComparison.Ordinal)) { return n; }
        }
        return first;
    }

    /// <summary>An ordinal word or compound ("third", "seventieth", "seventy-third") or an ordinal in figures ("73rd").</summary>
    internal static int? Ordinal(string word)
    {
        if (Words.Ordinals.TryGetValue(word, out int n)) { return n; }
        int dash = word.IndexOf('-');
        if (dash > 0 && Words.Tens.TryGetValue(word[..dash], out int tens) && Words.Ordinals.TryGetValue(word[(dash + 1)..], out int unit) && unit < 10) { return tens + unit; }
        int digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits])) { digits++; }
        if (digits > 0 && digits <= 3 && word.Length == digits + 2 && word[digits..] is "st" or "nd" or "rd" or "th")
        {
            return int.Parse(word.AsSpan(0, digits), CultureInfo.InvariantCulture);
        }
        return null;
    }

    /// <summary>The first date that follows a deadline word ("until 31 October 2025", "by 1 June 2021").</summary>
    private static DateOnly? Deadline(string clause, string lower)
    {
        foreach (Reference r in ReferenceFinder.Find(clause, 0))
        {
            if (r.Kind != ReferenceKind.Date) { continue; }
            string before = lower[..r.Start].TrimEnd();
            if (Words.Deadline.Any(w => before.EndsWith(" " + w, StringComparison.Ordinal) || before == w)
                && DateOnly.TryParseExact(r.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
            {
                return d;
            }
        }
        return null;
    }

    /// <summary>The quoted title after "sub-item entitled" (else "item entitled").</summary>
    private static string? AgendaTitle(string clause, string lower)
    {
        foreach (string words in Words.AgendaItem)
        {
            int at = lower.IndexOf(words, StringComparison.Ordinal);
            if (at < 0) { continue; }
            int open = clause.IndexOfAny(['"', '“'], at + words.Length);
            if (open < 0 || open > at + words.Length + 2) { continue; }
            int close = clause.IndexOfAny(['"', '”'], open + 1);
            if (close > open) { return clause[(open + 1)..close].Trim(); }
        }
        return null;
    }

    /// <summary>What a report is on: from "on" after the word "report" to the end of the phrase.</summary>
    private static string? ReportSubject(string clause, string lower)
    {
        int report = lower.IndexOf(Words.ReportWord, StringComparison.Ordinal);
        while (report >= 0)
        {
            int on = lower.IndexOf(" on ", report, StringComparison.Ordinal);
            // "the Committee on Information": an "on" inside a name (a capital follows) is not the subject's.
            while (on >= 0 && on + 4 < clause.Length && char.IsUpper(clause[on + 4])) { on = lower.IndexOf(" on ", on + 1, StringComparison.Ordinal); }
            if (on < 0) { return null; }
            // "report to the General Assembly at its seventy-sixth session on the activities …": the "on" may come after the target.
            int end = on + 1;
            while (end < clause.Length && clause[end] is not ',' and not ';' and not ':') { end++; }
            string subject = clause[(on + 1)..end].Trim();
            subject = subject.TrimEnd('.', '"', '”').TrimEnd();
            if (subject.Length > 3) { return subject; }
            report = lower.IndexOf(Words.ReportWord, report + 1, StringComparison.Ordinal);
        }
        return null;
    }
}
