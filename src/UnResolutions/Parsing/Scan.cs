using Sprache;
using UnResolutions.Languages;
using UnResolutions.Syntax;
using static UnResolutions.Text.Characters;

namespace UnResolutions.Parsing;

/// <summary>A slice of a line that becomes one token (or one piece of white-space trivia) of the tree.</summary>
internal readonly record struct Piece(SyntaxKind Kind, int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End == Start;
}

/// <summary>
/// The coarse primitives of the grammar: Sprache parsers written by hand that consume a run of characters in
/// one step (white space, digits, a literal, the rest of a line). The grammars in <see cref="LineGrammar"/> and
/// <see cref="ResolutionGrammar"/> compose them with Sprache's combinators.
/// PERF: each primitive is one bounded scan of a span and one small allocation, instead of Sprache's
/// per-character input objects.
/// </summary>
internal static class Scan
{
    /// <summary>A space between two words: a space, a no-break space or a narrow no-break space (not a tab, which sets a column).</summary>
    public static bool IsWordSpace(char c) => c is ' ' or '\u00A0' or '\u202F';

    public static IResult<T> Ok<T>(T value, TextInput input, int position) => Result.Success(value, input.At(position));

    private static readonly string[] NoExpectations = [];

    /// <summary>A failure. PERF: alternatives fail often; the message is a constant and no expectation list is built.</summary>
    public static IResult<T> Fail<T>(IInput input, string expected) => Result.Failure<T>(input, expected, NoExpectations);

    /// <summary>Zero or more white-space characters.</summary>
    public static readonly Parser<Piece> Ws = i =>
    {
        var input = (TextInput)i;
        int p = input.Position;
        string s = input.Source;
        while (p < input.End && IsSpace(s[p])) { p++; }
        return Ok(new Piece(SyntaxKind.WhitespaceTrivia, input.Position, p), input, p);
    };

    /// <summary>One or more white-space characters.</summary>
    public static readonly Parser<Piece> Ws1 = i =>
    {
        var input = (TextInput)i;
        int p = input.Position;
        string s = input.Source;
        while (p < input.End && IsSpace(s[p])) { p++; }
        return p > input.Position ? Ok(new Piece(SyntaxKind.WhitespaceTrivia, input.Position, p), input, p) : Fail<Piece>(input, "white space");
    };

    /// <summary>The end of the segment.</summary>
    public static readonly Parser<Piece> End = i =>
    {
        var input = (TextInput)i;
        return input.AtEnd ? Ok(new Piece(SyntaxKind.WhitespaceTrivia, input.Position, input.Position), input, input.Position) : Fail<Piece>(input, "end of line");
    };

    /// <summary>An exact, case-sensitive literal.</summary>
    public static Parser<Piece> Literal(string text, SyntaxKind kind) => i =>
    {
        var input = (TextInput)i;
        return input.Rest.StartsWith(text, StringComparison.Ordinal)
            ? Ok(new Piece(kind, input.Position, input.Position + text.Length), input, input.Position + text.Length)
            : Fail<Piece>(input, text);
    };

    /// <summary>One of several literals (the first that matches).</summary>
    public static Parser<Piece> OneOf(SyntaxKind kind, params string[] texts) => i =>
    {
        var input = (TextInput)i;
        foreach (string text in texts)
        {
            if (input.Rest.StartsWith(text, StringComparison.Ordinal)) { return Ok(new Piece(kind, input.Position, input.Position + text.Length), input, input.Position + text.Length); }
        }
        return Fail<Piece>(input, texts[0]);
    };

    /// <summary>A run of characters that satisfy <paramref name="predicate"/>, between <paramref name="min"/> and <paramref name="max"/> long.</summary>
    public static Parser<Piece> Run(SyntaxKind kind, Func<char, bool> predicate, int min, int max, string expected) => i =>
    {
        var input = (TextInput)i;
        int p = input.Position;
        string s = input.Source;
        while (p < input.End && p - input.Position < max && predicate(s[p])) { p++; }
        return p - input.Position >= min ? Ok(new Piece(kind, input.Position, p), input, p) : Fail<Piece>(input, expected);
    };

    /// <summary>The rest of the segment as one piece of <paramref name="kind"/>, with trailing white space as a separate trivia piece.</summary>
    public static Parser<Piece[]> Tail(SyntaxKind kind) => i =>
    {
        var input = (TextInput)i;
        string s = input.Source;
        int end = input.End;
        while (end > input.Position && IsSpace(s[end - 1])) { end--; }
        Piece[] pieces = end == input.End
            ? [new Piece(kind, input.Position, end)]
            : end == input.Position ? [new Piece(SyntaxKind.WhitespaceTrivia, input.Position, input.End)]
            : [new Piece(kind, input.Position, end), new Piece(SyntaxKind.WhitespaceTrivia, end, input.End)];
        return Ok(pieces, input, input.End);
    };

    /// <summary>Like <see cref="Tail"/>, but fails when no text is left.</summary>
    public static Parser<Piece[]> Tail1(SyntaxKind kind) => Tail(kind).Where(p => p[0].Kind == kind && !p[0].IsEmpty);

    /// <summary>Text up to (not including) the first place where <paramref name="stop"/> matches; fails if it never does.</summary>
    public static Parser<Piece> Until(SyntaxKind kind, string stop) => i =>
    {
        var input = (TextInput)i;
        int at = input.Rest.IndexOf(stop, StringComparison.Ordinal);
        return at < 0 ? Fail<Piece>(input, stop) : Ok(new Piece(kind, input.Position, input.Position + at), input, input.Position + at);
    };

    /// <summary>A date <c>d MMMM yyyy</c> with any white space between its parts.</summary>
    public static readonly Parser<Piece> Date = i =>
    {
        var input = (TextInput)i;
        int n = Dates.Match(input.Rest);
        return n > 0 ? Ok(new Piece(SyntaxKind.DateToken, input.Position, input.Position + n), input, input.Position + n) : Fail<Piece>(input, "date");
    };

    /// <summary>A Word bookmark: <c>[Start1]</c>, <c>[DU1]</c>.</summary>
    public static readonly Parser<Piece> StartMarker = i =>
    {
        var input = (TextInput)i;
        ReadOnlySpan<char> rest = input.Rest;
        if (rest.Length < 3 || rest[0] != '[' || !char.IsAsciiLetterUpper(rest[1])) { return Fail<Piece>(input, "[Start1]"); }
        int k = 1;
        while (k < rest.Length && k < 16 && char.IsAsciiLetterOrDigit(rest[k])) { k++; }
        return k < rest.Length && rest[k] == ']' ? Ok(new Piece(SyntaxKind.StartMarkerToken, input.Position, input.Position + k + 1), input, input.Position + k + 1) : Fail<Piece>(input, "[Start1]");
    };

    /// <summary>
    /// A meeting: <c>66th plenary meeting</c>, <c>56th (resumed) plenary meeting</c>, <c>9689th meeting</c>,
    /// <c>47e séance plénière (reprise)</c>, <c>47a sesión plenaria</c>.
    /// </summary>
    public static readonly Parser<Piece> Meeting = i =>
    {
        var input = (TextInput)i;
        int n = MatchMeeting(input.Rest);
        return n > 0 ? Ok(new Piece(SyntaxKind.MeetingToken, input.Position, input.Position + n), input, input.Position + n) : Fail<Piece>(input, "meeting");
    };

    /// <summary>The length of a meeting at the start of <paramref name="rest"/> in any language, or 0.</summary>
    public static int MatchMeeting(ReadOnlySpan<char> rest)
    {
        int k = 0;
        while (k < rest.Length && k < 6 && char.IsAsciiDigit(rest[k])) { k++; }
        if (k == 0) { return 0; }
        foreach (Languages.LanguageTable language in Languages.LanguageTable.All)
        {
            int n = MatchMeeting(rest, k, language);
            if (n > 0) { return n; }
        }
        return 0;
    }

    /// <summary>The meeting after its <paramref name="digits"/> in one language: suffix, words up to the meeting word, and the words that may follow it.</summary>
    private static int MatchMeeting(ReadOnlySpan<char> rest, int digits, Languages.LanguageTable language)
    {
        int k = digits;
        int suffix = 0;
        foreach (string s in language.OrdinalSuffixes)
        {
            if (rest[k..].StartsWith(s, StringComparison.Ordinal)) { suffix = s.Length; break; }
        }
        if (suffix == 0) { return 0; }
        k += suffix;
        int end = rest.IndexOf(language.MeetingWord, StringComparison.Ordinal);
        if (end < k || end - k > 30) { return 0; }
        end += language.MeetingWord.Length;
        foreach (string tail in language.MeetingTails)
        {
            int p = end;
            while (p < rest.Length && IsSpace(rest[p])) { p++; }
            if (rest[p..].StartsWith(tail, StringComparison.Ordinal)) { end = p + tail.Length; }
        }
        return end;
    }

    public static bool IsRoman(ReadOnlySpan<char> text, bool upper)
    {
        if (text.IsEmpty || text.Length > 8) { return false; }
        foreach (char c in text)
        {
            char l = upper ? c : char.ToUpperInvariant(c);
            if ((upper && !char.IsAsciiLetterUpper(c)) || (!upper && !char.IsAsciiLetterLower(c))) { return false; }
            if (l is not ('I' or 'V' or 'X' or 'L' or 'C')) { return false; }
        }
        return RomanValue(text) > 0;
    }

    /// <summary>The value of a well-formed roman numeral (I to CCCXCIX), or 0.</summary>
    public static int RomanValue(ReadOnlySpan<char> text)
    {
        int total = 0;
        int previous = int.MaxValue;
        foreach (char c in text)
        {
            int v = char.ToUpperInvariant(c) switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };
            if (v == 0) { return 0; }
            total += v > previous ? v - (2 * previous) : v;
            previous = v;
        }
        return ToRoman(total).AsSpan().Equals(text, StringComparison.OrdinalIgnoreCase) ? total : 0;
    }

    public static string ToRoman(int value)
    {
        if (value <= 0 || value >= 400) { return string.Empty; }
        string[] hundreds = ["", "C", "CC", "CCC"];
        string[] tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"];
        string[] ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
        return hundreds[value / 100] + tens[value / 10 % 10] + ones[value % 10];
    }
}
