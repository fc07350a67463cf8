using Sprache;

namespace UnResolutions.Benchmarks;

/// <summary>The baseline: words and white space with Sprache's own character parsers, as a textbook grammar would do it.</summary>
public static class NaiveSpracheTokenizer
{
    private static readonly Parser<string> Word = Parse.AnyChar.Except(Parse.WhiteSpace).AtLeastOnce().Text();
    private static readonly Parser<string> Space = Parse.WhiteSpace.AtLeastOnce().Text();
    private static readonly Parser<IEnumerable<string>> Tokens = Word.Or(Space).Many();

    public static int Count(string text)
    {
        // Line by line: Sprache's Many over the whole text would recurse per token and per character.
        int count = 0;
        foreach (string line in text.Split('\n')) { count += Tokens.Parse(line).Count(); }
        return count;
    }
}
