using UnResolutions.Languages;
using UnResolutions.Model;

namespace UnResolutions.Parsing;

// The lead phrases of a language other than English: its lexicon first, then the fallback grammar of its table.
internal static partial class LeadPhrases
{
    /// <summary>
    /// The lead phrase of a paragraph written in a language with a <see cref="LeadGrammarWords"/> table (French, Spanish).
    /// A recital phrase of the lexicon longer than the first word (<c>Se félicitant</c>, <c>Prenant note</c>) is one; else
    /// a first word that the UN's markup opens more operative paragraphs with than recitals (<c>Prie</c>, <c>Solicita</c>,
    /// <c>Se</c> félicite) is an operative verb; else the lexicon's recital phrase; else the fallback grammar
    /// (<see cref="MeasureRecital"/>).
    /// </summary>
    private static (int Length, LeadKind Kind, bool FromGrammar) MeasureIn(ReadOnlySpan<char> text, Organ? organ, LeadLexicon lexicon, LeadGrammarWords grammar)
    {
        if (text.IsEmpty || !char.IsUpper(text[0])) { return (0, LeadKind.None, false); }
        int known = lexicon.Match(text, organ);
        if (known > 0 && !text[..known].ContainsAny(' ', '\u00A0') && lexicon.IsOperativeWord(text, organ))
        {
            return (MeasureOperative(text, grammar), LeadKind.Operative, false);
        }
        if (known > 0) { return (known, LeadKind.Recital, false); }
        if (lexicon.IsOperativeWord(text, organ)) { return (MeasureOperative(text, grammar), LeadKind.Operative, false); }
        int length = MeasureRecital(text, grammar);
        return length > 0 ? (length, LeadKind.Recital, true) : (0, LeadKind.None, false);
    }

    /// <summary>
    /// The fallback grammar of a recital's lead phrase: up to two leading words (<c>Se</c>, <c>Ayant</c>, an adverb in
    /// <c>-ment</c> / <c>-mente</c>), a head word known by its ending (<c>-ant</c>, <c>-ée</c>; <c>-ando</c>, <c>-iendo</c>,
    /// <c>-ada</c>), then the trailing adverbs of the table (<c>également</c>, <c>en outre</c>; <c>también</c>). 0 when the
    /// text does not read as one.
    /// </summary>
    private static int MeasureRecital(ReadOnlySpan<char> text, LeadGrammarWords grammar)
    {
        var words = new WordReader(text);
        if (!words.Next(out ReadOnlySpan<char> head)) { return 0; }
        for (int k = 0; k < 2 && IsLeadingWord(head, grammar) && words.Peek(out ReadOnlySpan<char> next) && char.IsLower(next[0]); k++)
        {
            words.Next(out head);
        }
        if (!HasHeadEnding(head, grammar)) { return 0; }
        return Trailing(ref words, grammar.TrailingWords);
    }

    /// <summary>
    /// An operative paragraph's lead phrase: the verb, with its reflexive pronoun (<c>Se félicite</c>) and the
    /// complements the table names (<c>Prend note</c>, <c>Toma nota</c>, <c>Prie instamment</c>, <c>Décide en outre</c>).
    /// </summary>
    private static int MeasureOperative(ReadOnlySpan<char> text, LeadGrammarWords grammar)
    {
        var words = new WordReader(text);
        if (!words.Next(out ReadOnlySpan<char> verb)) { return 0; }
        if (IsOneOf(verb, grammar.Reflexives) && words.Peek(out ReadOnlySpan<char> next) && char.IsLower(next[0])) { words.Next(out _); }
        return Trailing(ref words, grammar.OperativeComplements);
    }

    private static bool IsLeadingWord(ReadOnlySpan<char> word, LeadGrammarWords grammar)
    {
        return (word.Length > grammar.AdverbEnding.Length + 2 && word.EndsWith(grammar.AdverbEnding, StringComparison.Ordinal))
            || IsOneOf(word, grammar.LeadingWords);
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (string w in words)
        {
            if (word.SequenceEqual(w)) { return true; }
        }
        return false;
    }

    private static bool HasHeadEnding(ReadOnlySpan<char> word, LeadGrammarWords grammar)
    {
        foreach (string ending in grammar.NotHeadEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) { return false; }
        }
        foreach (string ending in grammar.HeadEndings)
        {
            // A stem of at least three letters before the ending: "Notant", not "Tant".
            if (word.Length >= ending.Length + 3 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) { return true; }
        }
        return false;
    }

    /// <summary>The position after the words read so far and any of <paramref name="trailing"/> (each of one or more words) that follow.</summary>
    private static int Trailing(ref WordReader words, string[] trailing)
    {
        int end = words.Position;
        for (bool found = true; found;)
        {
            found = false;
            foreach (string phrase in trailing)
            {
                if (NextWords(ref words, phrase))
                {
                    end = words.Position;
                    found = true;
                    break;
                }
            }
        }
        return end;
    }

    /// <summary>Reads the words of <paramref name="phrase"/> (separated by spaces), or nothing.</summary>
    private static bool NextWords(ref WordReader words, string phrase)
    {
        int saved = words.Position;
        ReadOnlySpan<char> rest = phrase;
        while (!rest.IsEmpty)
        {
            int space = rest.IndexOf(' ');
            ReadOnlySpan<char> expected = space < 0 ? rest : rest[..space];
            rest = space < 0 ? default : rest[(space + 1)..];
            if (!words.Next(out ReadOnlySpan<char> word) || !word.SequenceEqual(expected))
            {
                words.Reset(saved);
                return false;
            }
        }
        return true;
    }
}
