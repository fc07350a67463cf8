using UnResolutions.Model;

namespace UnResolutions.Parsing;

/// <summary>What a paragraph's lead phrase says it is.</summary>
internal enum LeadKind : byte
{
    /// <summary>No lead phrase was recognized.</summary>
    None,
    /// <summary>A participle or adjective (<c>Recalling</c>, <c>Deeply concerned</c>, <c>Mindful</c>): a recital.</summary>
    Recital,
    /// <summary>A verb in the present tense (<c>Decides</c>, <c>Calls upon</c>): an operative paragraph.</summary>
    Operative,
}

/// <summary>
/// Finds the lead phrase that opens a recital or an operative paragraph: the words the printed document sets
/// in italics. The UN's own markup knows hundreds of them, so instead of a list this follows their grammar:
/// an optional adverb (<c>Also</c>, <c>Further</c>, <c>Deeply</c>), a head word (a participle, an adjective or a
/// verb in <c>-s</c>), and the few complements that the UN's markup keeps inside the italics: <c>note</c>,
/// <c>in mind</c>, <c>upon</c>, <c>with (great) concern</c>, <c>its (deep) concern</c>, and a trailing
/// <c>also</c>, <c>further</c>, <c>again</c>.
/// </summary>
internal static partial class LeadPhrases
{
    private static readonly HashSet<string> LeadingAdverbs = new(StringComparer.Ordinal)
    {
        "Also", "Further", "Again", "Once", "Strongly", "Deeply", "Gravely", "Seriously", "Fully", "Firmly", "Profoundly",
        "Greatly", "Particularly", "Especially", "Equally", "Still", "Solemnly", "Resolutely", "Keenly", "Urgently",
        "Categorically", "Emphatically", "Most", "Extremely", "Sincerely", "Highly", "Increasingly", "Furthermore", "Finally",
    };

    private static readonly HashSet<string> Adjectives = new(StringComparer.Ordinal)
    {
        "Aware", "Mindful", "Conscious", "Cognizant", "Desirous", "Anxious", "Eager", "Confident", "Keen", "Grateful",
        "Appreciative", "Sure", "Certain", "Hopeful", "Resolved", "Firm", "Fearful", "Careful", "Respectful", "Bearing",
        "aware", "mindful", "conscious", "cognizant", "desirous", "anxious", "concerned", "alarmed", "disturbed",
        "appreciative", "grateful", "confident", "convinced", "determined", "committed", "shocked", "saddened", "dismayed",
    };

    private static readonly HashSet<string> TrailingAdverbs = new(StringComparer.Ordinal)
    {
        "also", "further", "again", "unequivocally", "strongly", "firmly", "furthermore",
    };

    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "deep", "deepest", "serious", "grave", "great", "profound", "continued", "continuing", "growing", "firm", "full",
        "strong", "strongest", "sincere", "utmost", "unwavering", "particular", "renewed", "increasing", "heartfelt",
        "gravest", "unequivocal", "further",
    };

    private static readonly HashSet<string> Feelings = new(StringComparer.Ordinal)
    {
        "concern", "concerns", "appreciation", "gratitude", "commitment", "support", "determination", "conviction",
        "condemnation", "request", "call", "intention", "solidarity", "satisfaction", "regret", "hope", "readiness",
        "willingness", "resolve", "alarm", "interest", "sympathy", "condolences", "thanks", "dismay", "outrage", "position",
    };

    private static readonly HashSet<string> WithNouns = new(StringComparer.Ordinal)
    {
        "appreciation", "satisfaction", "concern", "alarm", "regret", "interest", "gratitude", "approval", "dismay",
    };

    /// <summary>
    /// The lead phrase at the start of a paragraph's <paramref name="text"/> in a resolution of <paramref name="organ"/>:
    /// the <see cref="LeadLexicon"/>'s when it knows the text's first words as a recital's, else the grammar's
    /// (<see cref="Measure(ReadOnlySpan{char})"/>); <c>FromGrammar</c> says which. A text that the grammar reads as an
    /// operative paragraph (<c>Further requests</c>) keeps the grammar's: the lexicon holds recitals only.
    /// </summary>
    public static (int Length, LeadKind Kind, bool FromGrammar) Measure(ReadOnlySpan<char> text, Organ? organ)
        => Measure(text, organ, null);

    /// <summary>
    /// The same in a resolution written in <paramref name="language"/>: English (or null) as above; another language
    /// by its lexicon and its table's fallback grammar (<see cref="MeasureIn"/>).
    /// </summary>
    public static (int Length, LeadKind Kind, bool FromGrammar) Measure(ReadOnlySpan<char> text, Organ? organ, Languages.LanguageTable? language)
    {
        if (language?.LeadGrammar is { } grammar) { return MeasureIn(text, organ, LeadLexicon.For(language), grammar); }
        (int length, LeadKind kind) = Measure(text);
        if (kind == LeadKind.Operative) { return (length, kind, true); }
        LeadLexicon lexicon = LeadLexicon.English;
        if (lexicon.Match(text, organ) is > 0 and int known) { return (known, LeadKind.Recital, false); }
        // A leading adverb that the lexicon does not know with this participle ("Also expressing grave concern" in the
        // SC): the adverb, and the lexicon's phrase for the rest ("Also expressing", as "Expressing" grave concern).
        if (kind == LeadKind.Recital && LeadingAdverbLength(text) is > 0 and int adverb
            && lexicon.MatchAfterAdverb(text[(adverb + 1)..], organ) is > 0 and int rest)
        {
            return (adverb + 1 + rest, kind, true);
        }
        return (length, kind, length > 0);
    }

    /// <summary>The length of a leading adverb (<c>Also</c>, <c>Further</c>) followed by one space and a lower-case word; 0 otherwise.</summary>
    private static int LeadingAdverbLength(ReadOnlySpan<char> text)
    {
        var words = new WordReader(text);
        return words.Next(out ReadOnlySpan<char> first) && first is not "Once" && Contains(LeadingAdverbs, first)
            && words.Peek(out ReadOnlySpan<char> next) && char.IsLower(next[0]) && text[first.Length] == ' '
            ? first.Length
            : 0;
    }

    /// <summary>The length of the lead phrase at the start of <paramref name="text"/> (0 when there is none) and what it says, by the grammar alone.</summary>
    public static (int Length, LeadKind Kind) Measure(ReadOnlySpan<char> text)
    {
        var words = new WordReader(text);
        if (!words.Next(out ReadOnlySpan<char> first) || !char.IsUpper(first[0])) { return (0, LeadKind.None); }
        ReadOnlySpan<char> head = first;
        if (Contains(LeadingAdverbs, first))
        {
            if (first is "Once" && !words.NextIs("again")) { return (0, LeadKind.None); }
            if (!words.Next(out ReadOnlySpan<char> second)) { return (0, LeadKind.None); }
            head = second;
        }
        LeadKind kind = KindOf(head);
        if (kind == LeadKind.None) { return (0, LeadKind.None); }
        int end = words.Position;
        Span<char> buffer = stackalloc char[48];
        ReadOnlySpan<char> lower = head.Length <= buffer.Length ? buffer[..head.ToLowerInvariant(buffer)] : head;

        // Complements that belong to particular heads.
        if (lower is "having" && words.Peek(out ReadOnlySpan<char> participle) && char.IsLower(participle[0]))
        {
            words.Next(out _);
            // "Having further considered": the adverb and the participle.
            if (Contains(TrailingAdverbs, participle) && words.Peek(out ReadOnlySpan<char> next) && char.IsLower(next[0])) { words.Next(out _); }
            end = words.Position;
        }
        else if (lower is "taking" or "takes" or "take" && (words.NextIs("note") || TryInto(ref words))) { end = words.Position; }
        else if (lower is "pointing" or "points" && words.NextIs("out")) { end = words.Position; }
        else if (lower is "looking" or "looks" && words.NextIs("forward")) { end = words.Position; }
        else if (lower is "drawing" or "draws" && words.NextIs("attention")) { end = words.Position; }
        else if (lower is "bearing" or "bears" or "keeping" or "keeps" && words.NextIs("in") && words.NextIs("mind")) { end = words.Position; }
        else if (lower is "calling" or "calls" && (words.NextIs("upon") || words.NextIs("on") || words.NextIs("for") || words.NextIs("attention"))) { end = words.Position; }
        else if (lower is "paying" or "pays" && words.NextIs("tribute")) { end = words.Position; }
        else if (lower is "remains" or "remaining" or "being" && words.Peek(out ReadOnlySpan<char> state) && (state.EndsWith("ed", StringComparison.Ordinal) || Contains(Adjectives, state))) { words.Next(out _); end = words.Position; }
        else if (words.TryFeeling(allowBare: lower.StartsWith("express", StringComparison.Ordinal) || lower.StartsWith("reiterat", StringComparison.Ordinal) || lower.StartsWith("renew", StringComparison.Ordinal)))
        {
            end = words.Position;
        }
        words.Reset(end);

        // "with (great) concern", "in particular", "in this regard", "and encourages", trailing adverbs.
        if (words.TryWith()) { end = words.Position; }
        words.Reset(end);
        if ((words.NextIs("in") && words.NextIs("particular")) || (Reset(ref words, end) && words.NextIs("in") && words.NextIs("this") && words.NextIs("regard")))
        {
            end = words.Position;
        }
        words.Reset(end);
        if (words.NextIs("and") && words.Peek(out ReadOnlySpan<char> verb) && KindOf(verb) == kind && kind == LeadKind.Operative) { words.Next(out _); end = words.Position; }
        words.Reset(end);
        while (words.Peek(out ReadOnlySpan<char> adverb) && Contains(TrailingAdverbs, adverb))
        {
            words.Next(out _);
            // "Encourages further efforts": before a noun, "further" qualifies the object and the UN's markup of operative
            // paragraphs leaves it outside the italics; "Decides further that", "Requests further the" keep it.
            if (kind == LeadKind.Operative && adverb is "further" && !AdverbEndsHere(words)) { break; }
            end = words.Position;
        }
        words.Reset(end);
        if (words.NextIs("once") && words.NextIs("again")) { end = words.Position; }
        return (end, kind);
    }

    private static bool Reset(ref WordReader words, int position)
    {
        words.Reset(position);
        return true;
    }

    /// <summary>
    /// Words after which a trailing adverb is an adverb, not an adjective of the object: articles, pronouns,
    /// conjunctions, prepositions, and the nouns and adjectives of citations (<c>Recalls further resolution 70/1</c>).
    /// </summary>
    private static readonly HashSet<string> AfterAdverb = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "that", "this", "these", "those", "all", "any", "each", "every",
        "to", "with", "in", "on", "upon", "for", "by", "of", "about", "at", "from", "and", "or", "as", "how", "whether",
        "relevant", "other", "previous", "resolution", "resolutions", "paragraph", "paragraphs", "article", "articles",
        "decision", "decisions",
    };

    /// <summary>Whether the word after a trailing adverb (none, a capitalized word or one of <see cref="AfterAdverb"/>) lets it be an adverb.</summary>
    private static bool AdverbEndsHere(WordReader words) =>
        !words.Peek(out ReadOnlySpan<char> next) || !char.IsLower(next[0]) || Contains(AfterAdverb, next);

    /// <summary><c>into account</c>, <c>into consideration</c>, <c>fully into account</c>.</summary>
    private static bool TryInto(ref WordReader words)
    {
        int saved = words.Position;
        words.NextIs("fully");
        if (words.NextIs("into") && (words.NextIs("account") || words.NextIs("consideration"))) { return true; }
        words.Reset(saved);
        return false;
    }

    /// <summary>Whether a head word reads as a recital (participle, adjective) or an operative verb.</summary>
    public static LeadKind KindOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) { return LeadKind.None; }
        if (Contains(Adjectives, word)) { return LeadKind.Recital; }
        if (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)) { return LeadKind.Recital; }
        if (word[^1] == 's' && !word.EndsWith("ous", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal)) { return LeadKind.Operative; }
        if (word.EndsWith("sses", StringComparison.Ordinal)) { return LeadKind.Operative; }
        return LeadKind.None;
    }

    /// <summary>Set membership for a span. PERF: on .NET 9 and later, without making a string.</summary>
    private static bool Contains(HashSet<string> set, ReadOnlySpan<char> word) =>
#if NET9_0_OR_GREATER
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
#else
        set.Contains(word.ToString());
#endif

    /// <summary>Reads words (letters, hyphens, apostrophes) separated by single spaces; stops at any other character.</summary>
    private ref struct WordReader
    {
        private readonly ReadOnlySpan<char> _text;
        private int _position;

        public WordReader(ReadOnlySpan<char> text)
        {
            _text = text;
            _position = 0;
        }

        public readonly int Position => _position;

        public void Reset(int position) => _position = position;

        public bool Peek(out ReadOnlySpan<char> word)
        {
            int saved = _position;
            bool ok = Next(out word);
            _position = saved;
            return ok;
        }

        public bool NextIs(string expected)
        {
            int saved = _position;
            if (Next(out ReadOnlySpan<char> word) && word.SequenceEqual(expected)) { return true; }
            _position = saved;
            return false;
        }

        public bool Next(out ReadOnlySpan<char> word)
        {
            word = default;
            int p = _position;
            if (p > 0)
            {
                // Words after the first are separated by one space (or a non-breaking space).
                if (p >= _text.Length || _text[p] is not (' ' or '\u00A0')) { return false; }
                p++;
            }
            int start = p;
            while (p < _text.Length && (char.IsLetter(_text[p]) || (p > start && _text[p] is '-' or '\'' or '’' or '\u2011'))) { p++; }
            if (p == start) { return false; }
            word = _text[start..p];
            _position = p;
            return true;
        }

        /// <summary>
        /// <c>its (deep) concern</c>, <c>its call upon</c>; without <c>its</c> (<c>deep concern</c>, <c>appreciation</c>)
        /// only when <paramref name="allowBare"/> (after <c>Expressing</c>, <c>Reiterates</c>, <c>Renews</c>).
        /// </summary>
        public bool TryFeeling(bool allowBare)
        {
            int saved = _position;
            if (!NextIs("its") && !allowBare) { return false; }
            while (Peek(out ReadOnlySpan<char> q) && Contains(Qualifiers, q)) { Next(out _); }
            if (Peek(out ReadOnlySpan<char> noun) && Contains(Feelings, noun))
            {
                Next(out _);
                if (noun is "call") { _ = NextIs("upon") || NextIs("on") || NextIs("for"); }
                return true;
            }
            _position = saved;
            return false;
        }

        /// <summary><c>with appreciation</c>, <c>with great concern</c>.</summary>
        public bool TryWith()
        {
            int saved = _position;
            if (!NextIs("with")) { return false; }
            while (Peek(out ReadOnlySpan<char> q) && Contains(Qualifiers, q)) { Next(out _); }
            if (Peek(out ReadOnlySpan<char> noun) && Contains(WithNouns, noun))
            {
                Next(out _);
                return true;
            }
            _position = saved;
            return false;
        }
    }
}
