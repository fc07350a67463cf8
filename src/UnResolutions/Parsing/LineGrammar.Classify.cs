using Sprache;
using UnResolutions.Languages;
using UnResolutions.Syntax;
using static UnResolutions.Text.Characters;

namespace UnResolutions.Parsing;

internal static partial class LineGrammar
{
    /// <summary>A line shape: a Sprache parser, or a coarse primitive that <see cref="Classify"/> calls directly.</summary>
    private sealed record Shape(LineClass Class, Parser<Piece[]>? Parser, CoarseShape? Direct = null)
    {
        public static Shape Coarse(LineClass cls, CoarseShape match) => new(cls, null, match);
    }

    /// <summary>
    /// Classifies one line's content and splits it into pieces: either written into <paramref name="into"/> (at least
    /// <see cref="CoarseShapes.MaxPieces"/> long; <paramref name="count"/> of them) or, for the rarer shapes, returned
    /// as <paramref name="pieces"/>.
    /// </summary>
    public static LineClass Classify(ParseContext context, int start, int end, Span<Piece> into, out int count, out Piece[]? pieces)
    {
        count = 0;
        pieces = null;
        string source = context.Source;
        ReadOnlySpan<char> line = source.AsSpan(start, end - start);
        // PERF: two vectorized searches instead of a test per character.
        if (line.IndexOfAnyExcept(Spaces) < 0) { return LineClass.Blank; }
        // Control characters (binary data) and the replacement character never belong to prose.
        if (line.IndexOfAny(Binary) >= 0) { return LineClass.Garbage; }
        TextInput? input = null;
        ReadOnlySpan<char> text = source.AsSpan(start, end - start);
        int indent = 0;
        while (IsSpace(text[indent])) { indent++; }
        ReadOnlySpan<char> content = text[indent..].TrimEnd();
        // The rest may be only white space that IsSpace does not count as indentation (U+2000–U+200A, U+3000, U+2028…),
        // which TrimEnd removes: such a line is text, of no shape.
        if (content.IsEmpty) { return PlainText(start, end, into, out count); }
        var look = new Lookahead(content, indent);
        foreach (Shape shape in Shapes)
        {
            if (!MayMatch(shape.Class, look)) { continue; }
            if (shape.Direct != null)
            {
                // PERF: a coarse primitive needs no Sprache input or result; most lines end here.
                count = shape.Direct(source, start, end, into);
                if (count >= 0) { return shape.Class; }
                count = 0;
                continue;
            }
            IResult<Piece[]> result = shape.Parser!(input ??= new TextInput(context, start, end));
            if (result.WasSuccessful && result.Remainder.AtEnd)
            {
                pieces = result.Value;
                return shape.Class;
            }
        }
        return PlainText(start, end, into, out count);
    }

    /// <summary>A line of no shape: one text token.</summary>
    private static LineClass PlainText(int start, int end, Span<Piece> into, out int count)
    {
        into[0] = new Piece(SyntaxKind.TextToken, start, end);
        count = 1;
        return LineClass.Text;
    }

    /// <summary>What a line's first characters say, computed once per line.</summary>
    private readonly ref struct Lookahead
    {
        public Lookahead(ReadOnlySpan<char> text, int indent)
        {
            Text = text;
            Indent = indent;
            int d = 0;
            while (d < text.Length && char.IsAsciiDigit(text[d])) { d++; }
            Digits = d;
            AfterDigits = d < text.Length ? text[d] : '\0';
        }

        /// <summary>The content without its indentation and trailing white space (never empty).</summary>
        public ReadOnlySpan<char> Text { get; }

        public int Indent { get; }

        /// <summary>How many digits the text starts with.</summary>
        public int Digits { get; }

        /// <summary>The character after those digits, or NUL.</summary>
        public char AfterDigits { get; }

        public char First => Text[0];

        public bool StartsWith(string value) => Text.StartsWith(value, StringComparison.Ordinal);
    }

    /// <summary>
    /// A cheap necessary condition for each shape, from the line's first characters.
    /// PERF: a Sprache shape costs a few hundred bytes of closures and results per attempt; this spares every line
    /// all but the one or two shapes it can match.
    /// </summary>
    private static bool MayMatch(LineClass cls, Lookahead l) => cls switch
    {
        LineClass.OdsField => l.First == '<' || (l.First == '[' && l.Text.Contains("<<ODS", StringComparison.Ordinal)),
        LineClass.StartMarker => l.First == '[' && l.Text.Length <= 20,
        LineClass.Separator => l.First is '_' or '-' or '\u2014' or '\u2013',
        LineClass.Masthead => l.First is 'U' or 'N' && StartsWithAny(l, Languages.LanguageTable.AllMastheadOpenings),
        // PERF: the first letter of every language's adoption line (R, D, A) spares most lines the walk through the tables.
        LineClass.Adoption => Languages.LanguageTable.AdoptionInitials.Contains(l.First) && StartsAdoption(l),
        LineClass.Origin => l.First == '[' && l.Text[^1] == ']',
        LineClass.ScNumber => Languages.LanguageTable.AdoptionInitials.Contains(l.First) && StartsResolutionKeyword(l),
        // A number line has a full stop after its number: page counters ("2/9") never reach the parser.
        LineClass.Title => ((l.Digits > 0 && (l.AfterDigits is '/' or '(' || (l.AfterDigits == ' ' && l.Text.Length > l.Digits + 1 && l.Text[l.Digits + 1] is '(' or '/')))
            || l.StartsWith("ES-") || l.StartsWith("S-")) && l.Text.Contains('.'),
        LineClass.Meeting => l.Digits > 0 && l.AfterDigits is 's' or 'n' or 'r' or 't' or 'e' or 'a' or 'ª',
        LineClass.DecisionRecord => l.StartsWith("(See ") && l.Text[^1] == ')',
        // "21 December 2016", and "1er décembre 2020" with the French ordinal glued to the day.
        LineClass.DateOnly => l.Digits is 1 or 2 && (IsSpace(l.AfterDigits) || l.AfterDigits == 'e') && Dates.Match(l.Text) == l.Text.Length,
        LineClass.IssueLine => l.Digits is 1 or 2 && (IsSpace(l.AfterDigits) || l.AfterDigits == 'e') && Dates.Match(l.Text) is > 0 and var n && n < l.Text.Length,
        LineClass.AgendaItem => l.First is 'A' or 'P' or 'T' && StartsAgendaItem(l),
        LineClass.Docket => l.Digits == 2 && l.AfterDigits == '-',
        LineClass.Barcode => l.First == '*',
        LineClass.PageCounter => l.Digits > 0 && l.AfterDigits == '/',
        LineClass.PageNumber => l.Digits == l.Text.Length,
        LineClass.Numbered => l.Digits > 0 && l.AfterDigits == '.',
        LineClass.Subparagraph => l.First == '(' || (l.Indent > 0 && (char.IsAsciiLetterLower(l.First) || SubparagraphStyles.OfBullet(l.First) != SubparagraphStyle.None
            || (char.IsAsciiLetterOrDigit(l.First) && l.Text[..Math.Min(7, l.Text.Length)].Contains(')')))),
        LineClass.AnnexLabel => l.First is 'A' && StartsWithAny(l, Languages.LanguageTable.AllAnnexWords),
        LineClass.PartLabel => l.Text.Length == 1 && l.First is >= 'A' and <= 'H',
        LineClass.HeadingLabel or LineClass.LabeledHeading => char.IsAsciiLetterUpper(l.First) && (l.Text.Length == 1 || l.Text[1] is '.' or 'I' or 'V' or 'X' or 'L' or 'C' || IsSpace(l.Text[1])),
        LineClass.FootnoteLike => l.Digits is >= 1 and <= 3 && (IsSpace(l.AfterDigits) || (l.AfterDigits == '/' && l.Text.Length > l.Digits + 1 && IsSpace(l.Text[l.Digits + 1]))),
        LineClass.Formula => IsFormulaText(l.Text),
        LineClass.RunningHead => l.Indent == 0 && (l.Text[..Math.Min(20, l.Text.Length)].Contains('/') || l.Text[Math.Max(0, l.Text.Length - 60)..].Contains('/')),
        _ => true,
    };

    /// <summary>Whether the line opens as an adoption line does in some language (<c>Resolution</c>, <c>Résolution</c>, <c>Aprobada</c> …).</summary>
    private static bool StartsAdoption(Lookahead l)
    {
        foreach (Languages.LanguageTable language in Languages.LanguageTable.All)
        {
            foreach (string start in language.AdoptionStarts)
            {
                if (l.StartsWith(start)) { return true; }
            }
        }
        return false;
    }

    private static bool StartsAgendaItem(Lookahead l) => MatchAgendaItem(l.Text) != null;

    private static bool StartsWithAny(Lookahead l, string[] starts)
    {
        foreach (string start in starts)
        {
            if (l.StartsWith(start)) { return true; }
        }
        return false;
    }

    /// <summary>Whether the line opens with a Security Council number's keyword and a space (<c>Resolution </c>, <c>Resolución </c>).</summary>
    private static bool StartsResolutionKeyword(Lookahead l)
    {
        foreach (Languages.LanguageTable language in Languages.LanguageTable.All)
        {
            string k = language.ResolutionKeyword;
            if (l.Text.Length > k.Length && l.StartsWith(k) && l.Text[k.Length] == ' ') { return true; }
        }
        return false;
    }

    private static readonly string[] FormulaStarts = ["The", "L'", "L’", "La", "Le", "El"];

    /// <summary><c>The General Assembly,</c>: a short line of words ending with a comma, after "The" (or "La", "Le", "El", "L'").</summary>
    private static bool IsFormulaText(ReadOnlySpan<char> text)
    {
        if (text.Length > 80 || text.Length < 8 || text[^1] != ',') { return false; }
        bool start = false;
        foreach (string s in FormulaStarts)
        {
            start |= text.StartsWith(s, StringComparison.Ordinal) && (s.EndsWith('\'') || s.EndsWith('’') || IsSpace(text[s.Length]));
        }
        if (!start) { return false; }
        int words = 1;
        foreach (char c in text)
        {
            if (char.IsDigit(c) || c is ';' or ':' or '(') { return false; }
            if (IsSpace(c)) { words++; }
        }
        return words <= 8;
    }
}
