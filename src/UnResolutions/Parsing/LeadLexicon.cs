using UnResolutions.Languages;
using UnResolutions.Model;

namespace UnResolutions.Parsing;

/// <summary>
/// The lead phrases of recitals as the UN's own markup sets them in italics, per body (General Assembly, Security
/// Council), learned by <c>eng/lead-phrases/build-lexicon.py</c> and embedded as <c>Parsing/LeadPhrases/lexicon.en.tsv</c>.
/// Of the phrases that a recital starts with, the longest one wins that the UN usually sets in italics when a text
/// starts with it (the file's <c>covers</c> &gt; <c>starts</c> / 2); when none does, the shortest. So the General
/// Assembly's "Reaffirming its commitment" is one lead phrase, and the Security Council's "Reaffirming" its strong
/// commitment stops at the participle. After a phrase that the lexicon knows nothing longer for, a trailing word that
/// the UN usually keeps inside the italics (<c>also</c>, <c>further</c>) extends it. Loaded once, on first use.
/// </summary>
internal sealed class LeadLexicon
{
    /// <summary>The name of the embedded English lexicon. Other languages will be <c>lexicon.fr.tsv</c>, <c>lexicon.es.tsv</c>.</summary>
    public const string EnglishResource = "UnResolutions.LeadPhrases.lexicon.en.tsv";

    /// <summary>First words longer than this are in no lexicon (the longest English participles are about 20 letters).</summary>
    private const int MaxWordLength = 48;

    /// <summary>A trailing word must have been seen inside the italics this often before it extends a phrase.</summary>
    private const int MinTrailingSupport = 3;

    private static readonly Lazy<LeadLexicon> s_english = new(() => Load(EnglishResource), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The English lexicon (empty if the resource is missing: the grammar then finds every lead phrase).</summary>
    public static LeadLexicon English => s_english.Value;

    /// <summary>The lexicons of the other languages, each read on first use (<c>lexicon.fr.tsv</c>, <c>lexicon.es.tsv</c>).</summary>
    private static readonly Dictionary<LanguageTable, Lazy<LeadLexicon>> s_others = LanguageTable.All
        .Where(l => l != LanguageTable.English)
        .ToDictionary(l => l, l => new Lazy<LeadLexicon>(() => Load(l.LexiconResource), LazyThreadSafetyMode.ExecutionAndPublication));

    /// <summary>The lexicon of a language (English for null or a language without one).</summary>
    public static LeadLexicon For(LanguageTable? language) =>
        language != null && s_others.TryGetValue(language, out Lazy<LeadLexicon>? lexicon) ? lexicon.Value : English;

    private readonly Table _generalAssembly = new();
    private readonly Table _securityCouncil = new();

    /// <summary>How many lead phrases the lexicon holds for a body.</summary>
    public int PhraseCount(Organ? organ) => TableOf(organ).PhraseCount;

    /// <summary>
    /// A phrase that a recital may start with; whether the UN usually sets it in italics when one does (<c>Usual</c>),
    /// and whether its italics then usually go on past it (<c>Open</c>: the phrase alone is less than half of them).
    /// </summary>
    private readonly record struct Candidate(string Phrase, bool Usual, bool Open);

    private sealed class Table
    {
        /// <summary>Candidates by their first word, longest first.</summary>
        public readonly Dictionary<string, Candidate[]> ByFirstWord = new(StringComparer.Ordinal);

        /// <summary>Words that the UN usually keeps at the end of the italics.</summary>
        public readonly HashSet<string> Trailing = new(StringComparer.Ordinal);

        /// <summary>By first word: how many recitals' lead phrases start with it, and how many operative paragraphs it opens.</summary>
        public readonly Dictionary<string, (int Recitals, int Operatives)> FirstWordCounts = new(StringComparer.Ordinal);

        public int PhraseCount;
#if NET9_0_OR_GREATER
        public Dictionary<string, Candidate[]>.AlternateLookup<ReadOnlySpan<char>> ByFirstWordSpan;
        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TrailingSpan;
        public Dictionary<string, (int Recitals, int Operatives)>.AlternateLookup<ReadOnlySpan<char>> FirstWordCountsSpan;
#endif

        public (int Recitals, int Operatives) CountsOf(ReadOnlySpan<char> word) =>
#if NET9_0_OR_GREATER
            FirstWordCountsSpan.TryGetValue(word, out (int, int) counts) ? counts : default;
#else
            FirstWordCounts.TryGetValue(word.ToString(), out (int, int) counts) ? counts : default;
#endif

        public void Count(string word, int recitals, int operatives)
        {
            FirstWordCounts.TryGetValue(word, out (int Recitals, int Operatives) counts);
            FirstWordCounts[word] = (counts.Recitals + recitals, counts.Operatives + operatives);
        }

        public bool TryGetCandidates(ReadOnlySpan<char> word, out Candidate[] candidates) =>
#if NET9_0_OR_GREATER
            ByFirstWordSpan.TryGetValue(word, out candidates!);
#else
            ByFirstWord.TryGetValue(word.ToString(), out candidates!);
#endif

        public bool IsTrailing(ReadOnlySpan<char> word) =>
#if NET9_0_OR_GREATER
            TrailingSpan.Contains(word);
#else
            Trailing.Contains(word.ToString());
#endif
    }

    /// <summary>
    /// Whether the UN's markup opens more operative paragraphs than recitals with the first word of <paramref name="text"/>
    /// (<c>Prie</c>, <c>Solicita</c>), for <paramref name="organ"/>: the lexicon's operative rows (French, Spanish).
    /// </summary>
    public bool IsOperativeWord(ReadOnlySpan<char> text, Organ? organ)
    {
        int first = WordLength(text, 0);
        if (first == 0 || first > MaxWordLength) { return false; }
        (int recitals, int operatives) = TableOf(organ).CountsOf(text[..first]);
        return operatives > recitals;
    }

    private Table TableOf(Organ? organ) => organ == Organ.SecurityCouncil ? _securityCouncil : _generalAssembly;

    /// <summary>
    /// The length of the lead phrase that <paramref name="text"/> (a recital's text, from its first word) starts with,
    /// for <paramref name="organ"/> (the General Assembly's lexicon for any other body or none); 0 when the lexicon
    /// knows none. PERF: no allocation on .NET 9 and later; one dictionary look-up by the first word.
    /// </summary>
    public int Match(ReadOnlySpan<char> text, Organ? organ) =>
        text.IsEmpty || !char.IsUpper(text[0]) ? 0 : Match(text, organ, lowerFirst: false);

    /// <summary>
    /// The same for a text that starts in lower case after a leading adverb (<c>expressing grave concern</c> after
    /// <c>Also</c>): its first letter is read as a capital.
    /// </summary>
    public int MatchAfterAdverb(ReadOnlySpan<char> text, Organ? organ) =>
        text.IsEmpty || !char.IsLower(text[0]) ? 0 : Match(text, organ, lowerFirst: true);

    private int Match(ReadOnlySpan<char> text, Organ? organ, bool lowerFirst)
    {
        Table table = TableOf(organ);
        int first = WordLength(text, 0);
        if (first == 0 || first > MaxWordLength) { return 0; }
        Span<char> word = stackalloc char[MaxWordLength];
        text[..first].CopyTo(word);
        word[0] = char.ToUpperInvariant(word[0]);
        // The lexicon is written with straight apostrophes ("S'inquiétant").
        word[..first].Replace('\u2019', '\'');
        if (!table.TryGetCandidates(word[..first], out Candidate[] candidates)) { return 0; }
        int chosen = -1, longest = -1, shortest = -1;
        bool chosenOpen = false, shortestOpen = false;
        foreach (Candidate candidate in candidates)
        {
            if (!StartsWithPhrase(text, candidate.Phrase, lowerFirst)) { continue; }
            if (longest < 0) { longest = candidate.Phrase.Length; }
            shortest = candidate.Phrase.Length;
            shortestOpen = candidate.Open;
            if (chosen < 0 && candidate.Usual) { (chosen, chosenOpen) = (candidate.Phrase.Length, candidate.Open); }
        }
        if (shortest < 0) { return 0; }
        if (chosen < 0) { (chosen, chosenOpen) = (shortest, shortestOpen); }
        // Only when the lexicon knows nothing longer: otherwise its counts already said where the italics stop.
        if (chosen != longest) { return chosen; }
        int known = chosen;
        for (int k = 0; k < 3; k++)
        {
            if (chosen + 1 >= text.Length || !Scan.IsWordSpace(text[chosen])) { break; }
            int length = WordLength(text, chosen + 1);
            if (length == 0 || !IsLowerWord(text.Slice(chosen + 1, length)) || !table.IsTrailing(text.Slice(chosen + 1, length))) { break; }
            chosen += 1 + length;
        }
        // A phrase after which the UN's italics usually go on ("Taking", "Further" in the SC: "Further recalling"),
        // with a continuation the lexicon has never seen: it cannot say where they stop; the grammar reads it.
        return chosen == known && chosenOpen ? 0 : chosen;
    }

    /// <summary>
    /// Whether the text starts with the phrase (a space in it matches a non-breaking one, its straight apostrophe the
    /// typographic one: the lexicon is written with straight ones) and a word ends there.
    /// </summary>
    private static bool StartsWithPhrase(ReadOnlySpan<char> text, string phrase, bool lowerFirst)
    {
        if (text.Length < phrase.Length) { return false; }
        for (int k = 0; k < phrase.Length; k++)
        {
            char p = phrase[k], t = k == 0 && lowerFirst ? char.ToUpperInvariant(text[0]) : text[k];
            if (p != t && !(p == ' ' && Scan.IsWordSpace(t)) && !(p == '\'' && t == '\u2019')) { return false; }
        }
        return phrase.Length == text.Length || !IsWordChar(text[phrase.Length], inside: true);
    }

    private static bool IsWordChar(char c, bool inside) => char.IsLetter(c) || (inside && c is '-' or '\'' or '\u2019' or '\u2011');

    /// <summary>The length of the word at <paramref name="start"/>: letters, with hyphens and apostrophes inside it.</summary>
    private static int WordLength(ReadOnlySpan<char> text, int start)
    {
        int p = start;
        while (p < text.Length && IsWordChar(text[p], inside: p > start)) { p++; }
        return p - start;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLower(c)) { return false; }
        }
        return true;
    }

    /// <summary>Counts a first word under both apostrophes: the texts use either ("S’inquiète", "S'inquiète").</summary>
    private static void CountUnderBothApostrophes(Table table, string word, int recitals, int operatives)
    {
        table.Count(word, recitals, operatives);
        if (word.Contains('\'')) { table.Count(word.Replace('\'', '\u2019'), recitals, operatives); }
    }

    /// <summary>Reads a lexicon from the library's embedded resources.</summary>
    internal static LeadLexicon Load(string resource)
    {
        using Stream? stream = typeof(LeadLexicon).Assembly.GetManifestResourceStream(resource);
        if (stream == null) { return Parse(TextReader.Null); }
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>
    /// Reads the tab-separated lexicon: comment lines (<c>#</c>), a header line, then <c>body kind phrase lead starts covers</c>.
    /// Lines of another shape are ignored.
    /// </summary>
    internal static LeadLexicon Parse(TextReader reader)
    {
        var lexicon = new LeadLexicon();
        var lists = new Dictionary<(Table, string), List<Candidate>>();
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#') { continue; }
            string[] f = line.Split('\t');
            if (f.Length < 6 || !int.TryParse(f[3], out int lead) || !int.TryParse(f[4], out int starts) || !int.TryParse(f[5], out int covers)) { continue; }
            Table? table = f[0] switch { "GA" => lexicon._generalAssembly, "SC" => lexicon._securityCouncil, _ => null };
            if (table == null || f[2].Length == 0) { continue; }
            if (f[1] == "recital")
            {
                string phrase = f[2];
                string first = phrase[..WordLength(phrase, 0)];
                if (first.Length == 0) { continue; }
                if (!lists.TryGetValue((table, first), out List<Candidate>? list)) { lists[(table, first)] = list = []; }
                list.Add(new Candidate(phrase, covers * 2 > starts, lead * 2 < covers));
                table.PhraseCount++;
                CountUnderBothApostrophes(table, first, lead, 0);
            }
            else if (f[1] == "operative")
            {
                CountUnderBothApostrophes(table, f[2], 0, lead);
            }
            else if (f[1] == "trailing" && covers >= MinTrailingSupport && covers * 2 > starts)
            {
                table.Trailing.Add(f[2]);
            }
        }
        foreach (((Table table, string first), List<Candidate> list) in lists)
        {
            // Longest first; the same length in ordinal order, so that the result never depends on the file's order.
            list.Sort((a, b) => a.Phrase.Length != b.Phrase.Length ? b.Phrase.Length - a.Phrase.Length : string.CompareOrdinal(a.Phrase, b.Phrase));
            table.ByFirstWord[first] = [.. list];
        }
#if NET9_0_OR_GREATER
        foreach (Table table in new[] { lexicon._generalAssembly, lexicon._securityCouncil })
        {
            table.ByFirstWordSpan = table.ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
            table.TrailingSpan = table.Trailing.GetAlternateLookup<ReadOnlySpan<char>>();
            table.FirstWordCountsSpan = table.FirstWordCounts.GetAlternateLookup<ReadOnlySpan<char>>();
        }
#endif
        return lexicon;
    }
}
