using UnResolutions.Languages;
using UnResolutions.Syntax;
using static UnResolutions.Text.Characters;

namespace UnResolutions.Parsing;

/// <summary>
/// What the header lines' parsers scan with: the bounds of a line's content, an adoption line without a date, an
/// origin line's words and documents, an agenda item line. Methods and the tables they read only while parsing: the
/// parser fields themselves stay in <c>LineGrammar.cs</c>, in order, since their initializers compose one another.
/// </summary>
internal static partial class LineGrammar
{
    /// <summary>Where a line's content starts and ends, without its outer white space.</summary>
    private static (int Lead, int End) ContentBounds(ReadOnlySpan<char> rest)
    {
        int lead = 0;
        while (lead < rest.Length && IsSpace(rest[lead])) { lead++; }
        int end = rest.Length;
        while (end > lead && IsSpace(rest[end - 1])) { end--; }
        return (lead, end);
    }

    private static readonly string[] UndatedAdoptions = ["Resolution adopted by the ", "Resolutions adopted by the ", "Decision adopted by the ", "Decisions adopted by the "];

    private static readonly string[] AdoptingOrgans = ["General Assembly", "Security Council", "Economic and Social Council", "Human Rights Council"];

    /// <summary>
    /// An adoption line without a date: <c>RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY</c> or <c>Resolution adopted by the
    /// General Assembly</c>, the whole line, the organ's name at its end (in capitals or not).
    /// </summary>
    private static bool IsUndatedAdoption(ReadOnlySpan<char> text)
    {
        foreach (string start in UndatedAdoptions)
        {
            if (!text.StartsWith(start, StringComparison.OrdinalIgnoreCase)) { continue; }
            ReadOnlySpan<char> organ = text[start.Length..];
            foreach (string name in AdoptingOrgans)
            {
                if (organ.Equals(name, StringComparison.OrdinalIgnoreCase)) { return true; }
            }
            return false;
        }
        return false;
    }

    /// <summary>Whether a bracketed line's text speaks of a report, a reference or a committee in some language.</summary>
    private static bool HasOriginWord(ReadOnlySpan<char> inner)
    {
        foreach (LanguageTable language in LanguageTable.All)
        {
            foreach (string word in language.OriginWords)
            {
                if (inner.Contains(word, StringComparison.Ordinal)) { return true; }
            }
        }
        return false;
    }

    /// <summary>The opening before the committee's name (<c>on the report of the </c>, <c>sur la base du rapport de la </c>) that starts the text, or null.</summary>
    private static string? ReportOpening(ReadOnlySpan<char> inner)
    {
        foreach (LanguageTable language in LanguageTable.All)
        {
            foreach (string opening in language.ReportOpenings)
            {
                // "sobre la base del Informe de la …": the UN's typists capitalize the word now and then.
                if (inner.StartsWith(opening, StringComparison.OrdinalIgnoreCase)) { return opening; }
            }
        }
        return null;
    }

    /// <summary>Adds [white space] text [white space] for the range.</summary>
    private static void AddText(List<Piece> pieces, string source, int start, int end, SyntaxKind kind = SyntaxKind.TextToken)
    {
        int a = start;
        while (a < end && IsSpace(source[a])) { a++; }
        int z = end;
        while (z > a && IsSpace(source[z - 1])) { z--; }
        pieces.Add(new(SyntaxKind.WhitespaceTrivia, start, a));
        if (z > a) { pieces.Add(new(kind, a, z)); }
        pieces.Add(new(SyntaxKind.WhitespaceTrivia, z, end));
    }

    /// <summary>Document symbols as symbol tokens, the text between them as text tokens.</summary>
    private static void AddDocuments(List<Piece> pieces, string source, int start, int end)
    {
        int p = start;
        int textStart = start;
        int runEnd = start;
        while (p < end)
        {
            // A symbol's first segment runs to the end of the run of letters, digits, dots and hyphens it starts in, and
            // a slash must follow it: where none does, no start inside the run can match, and none is tried (trying
            // every start of a long run costs the square of its length).
            if (p >= runEnd)
            {
                runEnd = p;
                while (runEnd < end && Symbols.IsSegmentChar(source[runEnd])) { runEnd++; }
            }
            bool boundary = p == start || !char.IsLetterOrDigit(source[p - 1]);
            int n = boundary && runEnd < end && source[runEnd] == '/' ? Symbols.Match(source.AsSpan(p, end - p)) : 0;
            if (n > 0)
            {
                AddText(pieces, source, textStart, p);
                pieces.Add(new(SyntaxKind.DocumentSymbolToken, p, p + n));
                p += n;
                textStart = p;
            }
            else
            {
                p++;
            }
        }
        AddText(pieces, source, textStart, end);
    }

    /// <summary>Where the parts of an agenda item line are, from its keyword: the keyword's length, the value, the language's tail (0: none), the end without trailing white space.</summary>
    internal readonly record struct AgendaItemParts(int Keyword, int ValueStart, int ValueEnd, int TailStart, int End);

    /// <summary>
    /// The parts of an agenda item line in any language (<c>Agenda item 16</c>, <c>Point 16 de l’ordre du jour</c>,
    /// <c>Tema 22 b) del programa</c>), or null. A language with tails requires one.
    /// </summary>
    internal static AgendaItemParts? MatchAgendaItem(ReadOnlySpan<char> text)
    {
        int end = text.Length;
        while (end > 0 && IsSpace(text[end - 1])) { end--; }
        foreach (LanguageTable language in LanguageTable.All)
        {
            foreach (string word in language.AgendaItemWords)
            {
                if (!text.StartsWith(word, StringComparison.Ordinal)) { continue; }
                int value = word.Length;
                while (value < end && IsSpace(text[value])) { value++; }
                if (value == word.Length || value >= end) { continue; }
                if (language.AgendaItemTails.Length == 0) { return new AgendaItemParts(word.Length, value, end, 0, end); }
                foreach (string tail in language.AgendaItemTails)
                {
                    int tailStart = end - tail.Length;
                    if (tailStart <= value || !text[tailStart..end].SequenceEqual(tail) || !IsSpace(text[tailStart - 1])) { continue; }
                    int valueEnd = tailStart;
                    while (valueEnd > value && IsSpace(text[valueEnd - 1])) { valueEnd--; }
                    return new AgendaItemParts(word.Length, value, valueEnd, tailStart, end);
                }
            }
        }
        return null;
    }
}
