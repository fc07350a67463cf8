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
    /// <summary>The mandates of <paramref name="document"/>; spans are filled when <paramref name="syntax"/> (the resolution it was built from) is given.</summary>
    public static IReadOnlyList<Mandate> Find(ResolutionDocument document, ResolutionSyntax? syntax = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        MandateWords words = MandateWords.Of(document.Language);
        // The organ's name in the document's language (LanguageTable.OrganNames: GA, SC, ECOSOC, HRC).
        int organIndex = document.Body switch
        {
            Organ.GeneralAssembly => 0,
            Organ.SecurityCouncil => 1,
            Organ.EconomicAndSocialCouncil => 2,
            Organ.HumanRightsCouncil => 3,
            _ => -1,
        };
        string? organ = organIndex < 0 ? null : words.Language.OrganNames[organIndex];
        var found = new List<Mandate>();
        if (document.Parts.Count == 0) { Paragraphs(document.Operative, null, Spans(syntax?.OperativePart), organ, words, found); }
        for (int i = 0; i < document.Parts.Count; i++)
        {
            OperativePartSyntax? part = syntax is not null && i < syntax.Parts.Count ? syntax.Parts[i].OperativePart : null;
            Paragraphs(document.Parts[i].Operative, document.Parts[i].Label, Spans(part), organ, words, found);
        }
        return found;
    }

    private static List<(int Start, int Length)> Spans(OperativePartSyntax? part) =>
        part?.Paragraphs.Select(p => (p.Span.Start, p.Span.Length)).ToList() ?? [];

    private static void Paragraphs(IReadOnlyList<Paragraph> paragraphs, string? part, List<(int Start, int Length)> spans, string? organ, MandateWords words, List<Mandate> found)
    {
        for (int i = 0; i < paragraphs.Count; i++)
        {
            Paragraph p = paragraphs[i];
            if (!MightHoldMandate(p, words)) { continue; }
            // The model's operative paragraphs and the syntax's stand in the same order; a count that differs gives no span.
            (int Start, int Length)? span = spans.Count == paragraphs.Count ? spans[i] : null;
            var where = new Mandate { Paragraph = p.Number, Part = part, Start = span?.Start, Length = span?.Length };
            string head = p.LeadPhrase is null ? p.Text : p.LeadPhrase + " " + p.Text;
            List<(string Verb, string Text)> clauses = Clauses(head, words);
            foreach (var (verb, text) in clauses) { Read(verb, text, where, organ, words, found); }
            // A sub-paragraph "(a) To submit …" continues the chapeau's last verb and actor.
            string chapeau = clauses.Count > 0 ? clauses[^1].Text.TrimEnd(':', ',', ' ') : "";
            void Subs(IReadOnlyList<Subparagraph> subs)
            {
                foreach (Subparagraph s in subs)
                {
                    Mandate at = where with { Subparagraph = s.Label };
                    List<(string Verb, string Text)> own = Clauses(s.Text, words);
                    if (own.Count > 0 && s.Text.StartsWith(own[0].Text, StringComparison.Ordinal)) { foreach (var (verb, text) in own) { Read(verb, text, at, organ, words, found); } }
                    else if (clauses.Count > 0) { Read(clauses[^1].Verb, chapeau + " " + s.Text, at, organ, words, found); }
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
    private static bool MightHoldMandate(Paragraph p, MandateWords words)
    {
        // PERF: no stack and no enumerator per paragraph (most paragraphs hold no mandate and have no sub-paragraphs).
        return MightHoldMandate(p.Text, words) || AnyMightHoldMandate(p.Subparagraphs, words);
    }

    private static bool AnyMightHoldMandate(IReadOnlyList<Subparagraph> subparagraphs, MandateWords words)
    {
        for (int i = 0; i < subparagraphs.Count; i++)
        {
            if (MightHoldMandate(subparagraphs[i].Text, words) || AnyMightHoldMandate(subparagraphs[i].Subparagraphs, words)) { return true; }
        }
        return false;
    }

    private static bool MightHoldMandate(string text, MandateWords words)
    {
        if (text.Contains(words.ReportWord, StringComparison.OrdinalIgnoreCase) || text.Contains(words.Session, StringComparison.OrdinalIgnoreCase)) { return true; }
        foreach (var (phrase, _) in words.Frequencies) { if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase)) { return true; } }
        foreach (string phrase in words.ReportPhrases) { if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase)) { return true; } }
        // A deadline is a date, and a date has a month's name (in the document's language).
        foreach (string month in words.Language.MonthNames) { if (text.Contains(month, StringComparison.Ordinal)) { return true; } }
        return false;
    }

    /// <summary>The clauses of a text, each from a mandate verb to the next (a verb opens one at the start, or after "; ", ", and ", " and ").</summary>
    internal static List<(string Verb, string Text)> Clauses(string text) => Clauses(text, MandateWords.English);

    private static List<(string Verb, string Text)> Clauses(string text, MandateWords words)
    {
        var starts = new List<(int At, string Verb)>();
        int i = 0;
        while (i < text.Length)
        {
            bool boundary = i == 0 || (i >= 2 && text[i - 1] == ' ' && (text[i - 2] is ';' or ',' || EndsWithWord(text, i - 1, words.And)));
            if (boundary && VerbAt(text, i, words) is { } verb) { starts.Add((i, verb)); }
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
    private static string? VerbAt(string text, int i, MandateWords words)
    {
        int j = i;
        // Leading adverbs: "Also requests", "Further invites".
        while (true)
        {
            int space = text.IndexOf(' ', j);
            if (space < 0) { break; }
            ReadOnlySpan<char> word = text.AsSpan(j, space - j);
            if (!IsAdverb(word, words)) { break; }
            j = space + 1;
        }
        foreach (string verb in words.Verbs)
        {
            if (j + verb.Length <= text.Length && string.Compare(text, j, verb, 0, verb.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (j + verb.Length == text.Length || !char.IsLetter(text[j + verb.Length])))
            {
                return verb;
            }
        }
        return null;
    }

    private static bool IsAdverb(ReadOnlySpan<char> word, MandateWords words)
    {
        foreach (string adverb in words.Adverbs) { if (word.Equals(adverb, StringComparison.OrdinalIgnoreCase)) { return true; } }
        return false;
    }

    private static void Read(string verb, string clause, Mandate where, string? organ, MandateWords words, List<Mandate> found)
    {
        string lower = clause.ToLowerInvariant();
        int verbAt = lower.IndexOf(verb, StringComparison.Ordinal);
        int afterVerb = verbAt < 0 ? 0 : verbAt + verb.Length;
        int start = SkipActorAdverbs(lower, afterVerb, words);
        (int to, int toLength) = ActorEnd(lower, start, words);
        bool decides = verb == words.Decides;
        string? actor = decides ? organ : to < 0 ? null : Actor(clause[start..to], words);
        string? infinitive = to < 0 ? null : Action(lower, to + toLength, words);
        // "Decide incluir en el programa provisional": an infinitive right after the verb.
        if (decides && FirstWord(lower, SkipSpaces(lower, afterVerb)) is { } bare && words.InfinitiveEndings.Any(e => bare.EndsWith(e, StringComparison.Ordinal))) { infinitive = bare; }
        bool report = (ContainsWord(lower, words.ReportWord) || ContainsWord(lower, words.ReportWord + "s")) && !words.NotReport.Any(n => lower.Contains(n, StringComparison.Ordinal) && CountOf(lower, words.ReportWord) == CountOf(lower, n))
            || words.ReportPhrases.Any(r => lower.Contains(r, StringComparison.Ordinal));
        string? action = infinitive;
        if (action is not null && lower.Contains(words.Agenda.Words, StringComparison.Ordinal) && action == words.Agenda.Verb) { action = words.Agenda.Action; }
        else if (action is not null && report && words.ReportVerbs.Contains(action)) { action += " " + words.ReportArticle + " " + words.ReportWord; }
        int? session = Session(lower, words);
        DateOnly? date = Deadline(clause, lower, words);
        string? frequency = words.Frequencies.FirstOrDefault(f => lower.Contains(f.Phrase, StringComparison.Ordinal)).Frequency;
        if (!report && session is null && date is null && frequency is null) { return; }
        found.Add(where with
        {
            Verb = verb,
            Actor = actor,
            Action = action,
            Report = report,
            Subject = AgendaTitle(clause, lower, words) ?? (report ? ReportSubject(clause, lower, words) : null),
            TargetSession = session,
            TargetDate = date,
            Frequency = frequency,
            Text = clause,
        });
    }

    private static int CountOf(string text, string word)
    {
        int n = 0;
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) { n++; }
        return n;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) { i++; }
        return i;
    }

    /// <summary>After the verb, the adverbs that stand before the actor ("Prie également", "Prie à cet égard"); English keeps its own in the actor.</summary>
    private static int SkipActorAdverbs(string lower, int i, MandateWords words)
    {
        bool more = true;
        while (more)
        {
            more = false;
            int j = SkipSpaces(lower, i);
            // ", a este respecto, al Secretario General": a parenthetical between commas.
            if (j < lower.Length && lower[j] == ',' && words.ActorAdverbs.Length > 0)
            {
                int close = lower.IndexOf(',', j + 1);
                if (close > j && close - j < 40) { i = close + 1; more = true; continue; }
            }
            foreach (string adverb in words.ActorAdverbs)
            {
                if (j + adverb.Length <= lower.Length && string.CompareOrdinal(lower, j, adverb, 0, adverb.Length) == 0
                    && (j + adverb.Length == lower.Length || !char.IsLetter(lower[j + adverb.Length])))
                {
                    i = j + adverb.Length;
                    more = true;
                    break;
                }
            }
        }
        return i;
    }

    /// <summary>
    /// The first end of the actor after <paramref name="start"/> (" to ", " de ", " que "), the longest at one place; (-1, 0)
    /// when none. An end right at the start opens the actor instead ("Exhorta a los Estados Miembros a que").
    /// </summary>
    private static (int At, int Length) ActorEnd(string lower, int start, MandateWords words)
    {
        int best = -1, length = 0;
        foreach (string end in words.ActorEnds)
        {
            int at = lower.IndexOf(end, Math.Min(start, lower.Length), StringComparison.Ordinal);
            // "Exhorta a los Estados Miembros a que": an end at the start that is also an opening of the actor ("a ") opens it.
            if (at == start && words.ActorOpenings.Contains(end.TrimStart())) { at = lower.IndexOf(end, Math.Min(start + 1, lower.Length), StringComparison.Ordinal); }
            // "Prie l’Office …, agissant dans le cadre de son mandat …, de poursuivre": an end the action's verb does not follow is none.
            while (at >= 0 && words.ActionEndings.Length > 0 && !(Action(lower, at + end.Length, words) is { } verb && words.ActionEndings.Any(e => verb.EndsWith(e, StringComparison.Ordinal))))
            {
                at = lower.IndexOf(end, at + 1, StringComparison.Ordinal);
            }
            if (at < 0) { continue; }
            if (best < 0 || at < best || (at == best && end.Length > length)) { best = at; length = end.Length; }
        }
        return (best, length);
    }

    /// <summary>
    /// The action's verb after the actor's end: the first word, pronouns skipped ("de lui présenter"), as its infinitive
    /// when the table knows the form ("que le presente": presentar); after a function word ("que en su … le presente"),
    /// the first verb the table knows.
    /// </summary>
    private static string? Action(string lower, int at, MandateWords words)
    {
        int i = SkipSpaces(lower, at);
        // "que, teniendo en cuenta la resolución 2013/40, informe": a parenthetical between commas before the verb.
        bool comma = i < lower.Length && lower[i] == ',' || (at > 0 && at <= lower.Length && lower[at - 1] == ',');
        if (comma && words.ActorAdverbs.Length > 0)
        {
            int close = lower.IndexOf(',', lower[i] == ',' ? i + 1 : i);
            if (close > i) { i = SkipSpaces(lower, close + 1); }
        }
        string? word = FirstWord(lower, i);
        while (word is not null && words.Clitics.Contains(word))
        {
            i = SkipSpaces(lower, i + word.Length);
            word = FirstWord(lower, i);
        }
        if (word is null) { return null; }
        if (words.VerbForms.TryGetValue(word, out string? infinitive)) { return infinitive; }
        if (words.VerbForms.Count > 0 && words.Language.FunctionWords.Contains(word))
        {
            foreach (string w in lower[i..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (words.VerbForms.TryGetValue(w.Trim(',', ';', '.'), out string? known)) { return known; }
            }
        }
        return word;
    }

    /// <summary>The actor between the verb and "to": a parenthetical (", in this regard,") and a leading "the" dropped.</summary>
    private static string? Actor(string between, MandateWords words)
    {
        string actor = between.Trim();
        while (actor.StartsWith(',')) { int close = actor.IndexOf(',', 1); actor = close < 0 ? actor.TrimStart(',') : actor[(close + 1)..]; actor = actor.Trim(); }
        // "the Office on Drugs and Crime, within its mandate and resources, …, to": a named actor ends at its first comma;
        // a list of common nouns ("bilateral, regional and multilateral partners") does not.
        int comma = actor.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && actor.AsSpan(0, comma).IndexOfAnyInRange('A', 'Z') >= 0) { actor = actor[..comma]; }
        foreach (string opening in words.ActorOpenings)
        {
            if (actor.StartsWith(opening, StringComparison.OrdinalIgnoreCase)) { actor = actor[opening.Length..]; break; }
        }
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
    internal static int? Session(string lower) => Session(lower, MandateWords.English);

    private static int? Session(string lower, MandateWords words)
    {
        int? first = null;
        for (int i = lower.IndexOf(words.Session, StringComparison.Ordinal); i > 0; i = lower.IndexOf(words.Session, i + 1, StringComparison.Ordinal))
        {
            int end = i - 1;
            if (end < 0 || !char.IsWhiteSpace(lower[end])) { continue; }
            // The ordinal is the last one to three words before ("seventy-third", "septuagésimo sexto", "soixante et onzième"), the longest that reads.
            int? n = null;
            int start = end;
            int from = end;
            for (int w = 0; w < 3; w++)
            {
                int b = from;
                while (b > 0 && !char.IsWhiteSpace(lower[b - 1]) && lower[b - 1] is not '(' and not '"' and not '“' and not '«') { b--; }
                if (b == from) { break; }
                if (Ordinal(lower[b..end].Replace('\u00A0', ' '), words) is { } value) { n = value; start = b; }
                if (b == 0 || !char.IsWhiteSpace(lower[b - 1])) { break; }
                from = b - 1;
            }
            if (n is null) { continue; }
            first ??= n;
            int window = Math.Max(0, start - 40);
            if (lower.AsSpan(window, start - window).Contains(words.Assembly, StringComparison.Ordinal)) { return n; }
        }
        return first;
    }

    /// <summary>An ordinal word or compound ("third", "seventieth", "seventy-third") or an ordinal in figures ("73rd").</summary>
    internal static int? Ordinal(string word) => Ordinal(word, MandateWords.English);

    /// <summary>An ordinal in the words of <paramref name="words"/>: "soixante-seizième" 76, "soixante et onzième" 71, "septuagésimo sexto" 76.</summary>
    internal static int? Ordinal(string word, MandateWords words)
    {
        if (words.Ordinals.TryGetValue(word, out int n)) { return n; }
        foreach (var (tensWord, tens) in words.Tens)
        {
            if (!word.StartsWith(tensWord, StringComparison.Ordinal)) { continue; }
            foreach (string joiner in words.TensJoiners)
            {
                if (string.CompareOrdinal(word, tensWord.Length, joiner, 0, joiner.Length) == 0
                    && words.Ordinals.TryGetValue(word[(tensWord.Length + joiner.Length)..], out int unit) && unit <= words.MaxUnit)
                {
                    return tens + unit;
                }
            }
        }
        int digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits])) { digits++; }
        if (digits > 0 && digits <= 3 && word.Length == digits + 2 && word[digits..] is "st" or "nd" or "rd" or "th")
        {
            return int.Parse(word.AsSpan(0, digits), CultureInfo.InvariantCulture);
        }
        return null;
    }

    /// <summary>The first date that follows a deadline word ("until 31 October 2025", "by 1 June 2021").</summary>
    private static DateOnly? Deadline(string clause, string lower, MandateWords words)
    {
        foreach (Reference r in ReferenceFinder.Find(clause, 0))
        {
            if (r.Kind != ReferenceKind.Date) { continue; }
            string before = lower[..r.Start].TrimEnd();
            if (words.Deadline.Any(w => before.EndsWith(" " + w, StringComparison.Ordinal) || before == w)
                && DateOnly.TryParseExact(r.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
            {
                return d;
            }
        }
        return null;
    }

    /// <summary>The quoted title after "sub-item entitled" (else "item entitled").</summary>
    private static string? AgendaTitle(string clause, string lower, MandateWords words)
    {
        foreach (string item in words.AgendaItem)
        {
            int at = lower.IndexOf(item, StringComparison.Ordinal);
            if (at < 0) { continue; }
            int open = clause.IndexOfAny(['"', '“', '«'], at + item.Length);
            if (open < 0 || open > at + item.Length + 2) { continue; }
            int close = clause.IndexOfAny(['"', '”', '»'], open + 1);
            if (close > open) { return clause[(open + 1)..close].Trim(); }
        }
        return null;
    }

    /// <summary>What a report is on: from "on" after the word "report" to the end of the phrase.</summary>
    private static string? ReportSubject(string clause, string lower, MandateWords words)
    {
        string onWord = " " + words.ReportOn + " ";
        int report = lower.IndexOf(words.ReportWord, StringComparison.Ordinal);
        while (report >= 0)
        {
            int on = lower.IndexOf(onWord, report, StringComparison.Ordinal);
            // "the Committee on Information": an "on" inside a name (a capital follows) is not the subject's.
            while (on >= 0 && on + onWord.Length < clause.Length && char.IsUpper(clause[on + onWord.Length])) { on = lower.IndexOf(onWord, on + 1, StringComparison.Ordinal); }
            if (on < 0) { return null; }
            // "report to the General Assembly at its seventy-sixth session on the activities …": the "on" may come after the target.
            int end = on + 1;
            while (end < clause.Length && clause[end] is not ',' and not ';' and not ':') { end++; }
            string subject = clause[(on + 1)..end].Trim();
            subject = subject.TrimEnd('.', '"', '”').TrimEnd();
            if (subject.Length > 3) { return subject; }
            report = lower.IndexOf(words.ReportWord, report + 1, StringComparison.Ordinal);
        }
        return null;
    }
}
