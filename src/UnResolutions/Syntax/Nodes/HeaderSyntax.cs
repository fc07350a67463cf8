using UnResolutions.Languages;
using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Syntax;

// The children, With… and Update of these nodes are generated from Syntax.xml (Generated/Nodes.g.cs); here, the
// computed values.

public sealed partial class HeaderSyntax
{
    /// <summary>The adoption line.</summary>
    public AdoptionLineSyntax? AdoptionLine => Lines.OfType<AdoptionLineSyntax>().FirstOrDefault();

    /// <summary>The origin line (General Assembly only).</summary>
    public OriginLineSyntax? OriginLine => Lines.OfType<OriginLineSyntax>().FirstOrDefault();

    /// <summary>The line with the resolution number (and, for the General Assembly, the title).</summary>
    public TitleLineSyntax? TitleLine => Lines.OfType<TitleLineSyntax>().FirstOrDefault();

    /// <summary>The lines onto which a long title wrapped, between the title line and the formula (usually none).</summary>
    public IEnumerable<HeadingSyntax> TitleContinuation => Lines.OfType<HeadingSyntax>().TakeWhile(h => PartLetterOf(h) == null);

    /// <summary>
    /// For a single part issued alone (<c>A/RES/75/242 B</c>), the heading with its part letter: <c>B</c>, or <c>B1</c>
    /// with a footnote reference; <see langword="null"/> otherwise.
    /// </summary>
    public HeadingSyntax? PartLetterHeading => Lines.OfType<HeadingSyntax>().FirstOrDefault(h => PartLetterOf(h) != null);

    /// <summary>The part letter of a single part issued alone (<c>B</c>), from its own line or from the number line (<c>78/183 B.</c>).</summary>
    public string? PartLetter => PartLetterHeading is { } heading ? PartLetterOf(heading) : TitleLine?.PartLetter is { IsMissing: false } letter ? letter.Text : null;

    /// <summary>The own title of a single part issued alone, after its letter (<c>Economic and Social Council</c>); usually none.</summary>
    public IEnumerable<HeadingSyntax> PartTitle => Lines.OfType<HeadingSyntax>().SkipWhile(h => PartLetterOf(h) == null).Skip(1);

    /// <summary>The letter of a heading that is only a part letter (<c>C</c>), perhaps with a footnote glued to it (<c>B1</c>).</summary>
    private static string? PartLetterOf(HeadingSyntax heading)
    {
        if (heading.Label is { IsMissing: false } label)
        {
            return heading.Title == null && label.Text.Length == 1 && char.IsAsciiLetterUpper(label.Text[0]) ? label.Text : null;
        }
        string text = heading.Title?.ToString().Trim() ?? string.Empty;
        if (text.Length < 2 || !char.IsAsciiLetterUpper(text[0])) { return null; }
        foreach (char c in text.AsSpan(1)) { if (!char.IsAsciiDigit(c)) { return null; } }
        return text[..1];
    }
}

/// <summary>A node made of one list of tokens; typed accessors pick tokens by kind.</summary>
public abstract class TokenLineSyntax : SyntaxNode
{
    private protected TokenLineSyntax(GreenNode green, SyntaxNode? parent, int position, int slotIndex) : base(green, parent, position, slotIndex) { }

    /// <summary>The tokens of the line(s), in order.</summary>
    public IEnumerable<SyntaxToken> Tokens => ChildTokens();

    /// <summary>The first token of <paramref name="kind"/>, or the default token when there is none.</summary>
    public SyntaxToken TokenOfKind(SyntaxKind kind) => FindToken(kind);

    internal static DateOnly? ParseDate(SyntaxToken token) => token.IsMissing ? null : Dates.TryParse(token.TextAsSpan, out DateOnly d) ? d : null;
}

public sealed partial class AdoptionLineSyntax
{
    /// <summary>The adoption date token.</summary>
    public SyntaxToken DateToken => FindToken(SyntaxKind.DateToken);

    /// <summary>The adoption date, or <see langword="null"/> when the line has no valid date.</summary>
    public DateOnly? Date => ParseDate(DateToken);

    /// <summary>The meeting (Security Council), such as <c>7853rd meeting</c>; missing for adoption by written procedure.</summary>
    public SyntaxToken Meeting => FindToken(SyntaxKind.MeetingToken);

    /// <summary>The language the line is written in (<c>en</c>, <c>fr</c>, <c>es</c>), from its fixed phrases; null when none matches.</summary>
    public string? Language => Languages.LanguageTable.OfAdoptionLine(FindToken(SyntaxKind.TextToken).TextAsSpan)?.Code;

    /// <summary>The organ that adopted the resolution, as written: <c>General Assembly</c>, <c>Security Council</c>.</summary>
    public string? Body
    {
        get
        {
            const string By = "by the ";
            string text = FindToken(SyntaxKind.TextToken).Text;
            int by = text.IndexOf(By, StringComparison.OrdinalIgnoreCase);
            if (by < 0) { return null; }
            string rest = text[(by + By.Length)..];
            foreach (string end in new[] { " at its", " on" })
            {
                int i = rest.IndexOf(end, StringComparison.Ordinal);
                if (i >= 0) { rest = rest[..i]; }
            }
            return rest.Trim().TrimEnd(',');
        }
    }
}

public sealed partial class OriginLineSyntax
{
    /// <summary>The committee, such as <c>Second Committee</c>; missing without reference to a Main Committee.</summary>
    public SyntaxToken Committee => FindToken(SyntaxKind.CommitteeToken);

    /// <summary>The document symbols of the report or draft, in order (<c>A/75/L.48</c>, <c>A/75/L.48/Add.1</c>).</summary>
    public IEnumerable<SyntaxToken> Documents => ChildTokens().Where(t => t.Kind == SyntaxKind.DocumentSymbolToken);

    /// <summary>True for <c>[without reference to a Main Committee …]</c> (<c>[sans renvoi …]</c>, <c>[sin remisión …]</c>).</summary>
    public bool IsWithoutReference => ChildTokens().Any(t => t.Kind == SyntaxKind.TextToken
        && Languages.LanguageTable.All.Any(l => t.Text.Contains(l.WithoutReference, StringComparison.OrdinalIgnoreCase)));
}

public sealed partial class TitleLineSyntax
{
    /// <summary>The resolution number: <c>71/242</c>, <c>ES-10/24</c>, <c>2522 (2020)</c>.</summary>
    public SyntaxToken Number => FindToken(SyntaxKind.ResolutionNumberToken);

    /// <summary>
    /// The title's tokens, in order: its text and the footnote references cut out of it (<c>… Occupied Palestinian
    /// Territory</c>, <c>1</c>, <c> and beyond</c>); empty for the Security Council.
    /// </summary>
    public IEnumerable<SyntaxToken> TitleTokens => ChildTokens().Where(t => t.Kind is SyntaxKind.TextToken or SyntaxKind.FootnoteReferenceToken);

    /// <summary>The title as written, every text token of it but without its footnote references; null for the Security Council.</summary>
    /// <remarks>A footnote reference cuts the title's text in several tokens: the title is all of them, not the first.</remarks>
    public string? Title
    {
        get
        {
            System.Text.StringBuilder? title = null;
            foreach (SyntaxToken token in ChildTokens())
            {
                if (token.Kind != SyntaxKind.TextToken) { continue; }
                // Trivia inside the title (a wrapped line) stands for the space it takes.
                if (title is { Length: > 0 } && token.LeadingTrivia.Count > 0) { title.Append(' '); }
                (title ??= new System.Text.StringBuilder()).Append(token.TextAsSpan);
            }
            return title?.ToString();
        }
    }

    /// <summary>The footnote references of the title (<c>… Occupied Palestinian Territory1</c>), in order.</summary>
    public IEnumerable<SyntaxToken> FootnoteReferences => ChildTokens().Where(t => t.Kind == SyntaxKind.FootnoteReferenceToken);

    /// <summary>The part letter after the number (<c>B</c> of <c>78/183 B.</c>); missing when the number has none.</summary>
    public SyntaxToken PartLetter => FindToken(SyntaxKind.LabelToken);
}

public sealed partial class FormulaSyntax
{
    /// <summary>The text of the formula.</summary>
    public SyntaxToken Text => FindToken(SyntaxKind.TextToken);
}

public sealed partial class ClosingSyntax
{
    /// <summary>The meeting.</summary>
    public SyntaxToken Meeting => FindToken(SyntaxKind.MeetingToken);

    /// <summary>The date token.</summary>
    public SyntaxToken DateToken => FindToken(SyntaxKind.DateToken);

    /// <summary>The date, or <see langword="null"/> when absent or invalid.</summary>
    public DateOnly? Date => ParseDate(DateToken);

    /// <summary>
    /// Whether this is the record line that ends a General Assembly decision (<c>(See A/72/456, para. 44; A/72/PV.66)</c>)
    /// rather than a meeting and a date.
    /// </summary>
    public bool IsDecisionRecord => FindToken(SyntaxKind.KeywordToken).Text == "See";

    /// <summary>The document symbols of a decision's record line, in order: the report, then the meeting record (<c>A/72/PV.66</c>).</summary>
    public IEnumerable<SyntaxToken> Documents => ChildTokens().Where(t => t.Kind == SyntaxKind.DocumentSymbolToken);
}
