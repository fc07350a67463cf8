using UnResolutions.Syntax;
using UnResolutions.Text;

namespace UnResolutions.Parsing;

// The line predicates of the grammar: what a classified line is where it stands (a boundary, a recital, a heading, a title), with the few lines before and after it that decide.
internal static partial class ResolutionGrammar
{
    /// <summary>Lines that start something at the level of the resolution: no list inside a body takes them.</summary>
    private static bool IsBoundary(LineInfo info) => info.Class switch
    {
        LineClass.StartMarker or LineClass.OdsField or LineClass.Separator or LineClass.Masthead or LineClass.Adoption
            or LineClass.Origin or LineClass.ScNumber or LineClass.Title or LineClass.Formula or LineClass.Meeting
            or LineClass.DecisionRecord or LineClass.AnnexLabel or LineClass.PartLabel => true,
        LineClass.FootnoteLike => (FootnoteNumber(info) == 1 && StartsLikeANote(info)) || OpensSectionAfterGap(info),
        _ => false,
    };

    /// <summary>How many lines <see cref="OpensSectionAfterGap"/> reads ahead: more than any footnote section holds.</summary>
    private const int FootnoteSectionLookahead = 200;

    /// <summary>
    /// A footnote line numbered 2 or more that opens the footnote section, the notes before it missing from the source
    /// (75/257 B: its note 1 is lost, and the section starts at 2, right after an annex). It does only when footnote
    /// lines numbered in sequence, with their unindented continuation lines, run from it to the trailer, a start marker
    /// or the end of the input; a numbered line inside an annex's text is followed by more of the annex. Bounded: at
    /// most <see cref="FootnoteSectionLookahead"/> lines are read.
    /// </summary>
    private static bool OpensSectionAfterGap(LineInfo info)
    {
        int number = FootnoteNumber(info);
        if (number < 2 || number - 1 > MaxMissingNotes || StartsWithMonth(info) || !StartsLikeANote(info)) { return false; }
        int expected = number + 1;
        LineInfo next = info;
        for (int k = 0; k < FootnoteSectionLookahead; k++)
        {
            if (!TryNextLine(next, out next) || IsTrailerStart(next) || next.Class == LineClass.StartMarker) { return true; }
            if (next.Class == LineClass.FootnoteLike && FootnoteNumber(next) == expected) { expected++; continue; }
            // A continuation line: unindented text; a line that starts with another number is no note of this section.
            bool continuation = next.Class is LineClass.Text or LineClass.DateOnly && Indent(next) == 0;
            if (!continuation) { return false; }
        }
        return false;
    }

    private static int FootnoteNumber(LineInfo info) =>
        info.Class == LineClass.FootnoteLike ? SyntaxFacts.FootnoteNumber(NumberPiece(info)) ?? -1 : -1;

    private static ReadOnlySpan<char> NumberPiece(LineInfo info)
    {
        foreach (Piece p in info.Pieces)
        {
            if (p.Kind == SyntaxKind.FootnoteNumberToken) { return info.Context.Source.AsSpan(p.Start, p.Length); }
        }
        return default;
    }

    private static ReadOnlySpan<char> Content(LineInfo info) => info.Context.Source.AsSpan(info.ContentStart, info.ContentEnd - info.ContentStart);

    private static int Indent(LineInfo info)
    {
        ReadOnlySpan<char> c = Content(info);
        int k = 0;
        while (k < c.Length && Characters.IsSpace(c[k])) { k++; }
        return k;
    }

    private static (int Length, LeadKind Kind) Lead(LineInfo info)
    {
        if (info.Lead is { } known) { return known; }
        (int length, LeadKind kind, _) = LeadPhrases.Measure(Content(info).TrimStart(), info.Context.Organs.At(info.Index), info.Context.Organs.LanguageAt(info.Index));
        info.Lead = (length, kind);
        return (length, kind);
    }

    private static bool IsTextClass(LineClass cls) => cls is LineClass.IndentedText or LineClass.Text or LineClass.RunningHead or LineClass.IssueLine
        or LineClass.Docket or LineClass.Barcode or LineClass.AgendaItem or LineClass.FootnoteLike or LineClass.DateOnly
        or LineClass.PageNumber or LineClass.PageCounter or LineClass.LabeledHeading;

    /// <summary>
    /// A heading among recitals or before the first operative paragraph (<c>\t\tGovernance of …</c>): a heading title
    /// set flush left or indented by two tabs or more; a recital indented by spaces, or ending with a footnote
    /// reference after its comma (<c>…,4</c>), stays a recital.
    /// </summary>
    private static bool IsHeadingLine(LineInfo info)
    {
        if (!IsHeadingTitle(info)) { return false; }
        ReadOnlySpan<char> c = Content(info);
        if (c.Length > 0 && Characters.IsSpace(c[0]) && !c.StartsWith("\t\t")) { return false; }
        ReadOnlySpan<char> text = c.TrimEnd().TrimEnd("0123456789");
        return text.Length > 0 && text[^1] is not (',' or ';' or ':' or '.');
    }

    /// <summary>
    /// A recital: an indented line (or an unindented one with a recital's lead phrase) before the operative part. The
    /// layout and the numbering decide, not the verb alone: a line that opens with a finite verb ("Recalls …") is still a
    /// recital when the preamble goes on after it, and a title before the first numbered paragraph is a heading.
    /// </summary>
    private static bool IsRecitalLine(LineInfo info)
    {
        bool recital = info.Class switch
        {
            LineClass.IndentedText => !ReadsOperative(info) || PreambleGoesOn(info),
            LineClass.Text => Lead(info).Kind == LeadKind.Recital,
            _ => false,
        };
        return recital && !IsHeadingLine(info) && !IsHeadingBeforeOperative(info);
    }

    /// <summary>
    /// Whether an unnumbered paragraph reads as operative: it opens with an operative verb, or it opens with no lead
    /// phrase that a lexicon or the fallback grammar knows and ends as no recital does, with a full stop or a colon (a
    /// footnote reference after it aside). French and Spanish verbs have no ending that sets them apart ("Adopte la
    /// déclaration suivante :", "Nomme M. António Guterres … 2026.", "Aprueba …"), as the English -s does; the
    /// punctuation does, in every language: a recital ends with a comma.
    /// </summary>
    private static bool ReadsOperative(LineInfo info) => Lead(info).Kind switch
    {
        LeadKind.Operative => true,
        LeadKind.None => Content(info).TrimEnd().TrimEnd("0123456789") is { Length: > 0 } text && text[^1] is '.' or ':',
        _ => false,
    };

    /// <summary>How far <see cref="PreambleGoesOn"/> looks for the next recital: more lines than any run of operative-looking recitals.</summary>
    private const int PreambleLookahead = 12;

    /// <summary>
    /// Whether a recital (a line with a recital's lead phrase) follows <paramref name="info"/> before the first numbered
    /// paragraph, a heading or anything else that ends the preamble: then the line, though it opens with a finite verb,
    /// stands among the recitals (the UN's markup keeps it in the preamble).
    /// </summary>
    private static bool PreambleGoesOn(LineInfo info)
    {
        LineInfo next = info;
        for (int k = 0; k < PreambleLookahead && TryNextLine(next, out next); k++)
        {
            if (next.Class == LineClass.Subparagraph) { continue; }
            if (next.Class != LineClass.IndentedText || IsHeadingTitle(next)) { return false; }
            if (Lead(next).Kind == LeadKind.Recital) { return true; }
        }
        return false;
    }

    /// <summary>
    /// A heading between the preamble and the first numbered paragraph: a title (no closing punctuation) right before a
    /// numbered paragraph (or before more title lines and then one), set apart by its layout: two or more tabs, or no
    /// recital lead phrase. A one-tab line with a lead phrase ("Acting under Chapter VII …" without its comma) stays a recital.
    /// </summary>
    private static bool IsHeadingBeforeOperative(LineInfo info)
    {
        if (!IsTitleText(info)) { return false; }
        if (!IsHeadingTitle(info) && Lead(info).Kind == LeadKind.Recital) { return false; }
        LineInfo next = info;
        for (int k = 0; k < 3 && TryNextLine(next, out next); k++)
        {
            if (next.Class == LineClass.Numbered) { return true; }
            if (!IsTextClass(next.Class) || !IsTitleText(next)) { return false; }
        }
        return false;
    }

    /// <summary>The next non-blank line after <paramref name="info"/>; false at the end of the input.</summary>
    private static bool TryNextLine(LineInfo info, out LineInfo next)
    {
        LineTable lines = info.Context.Lines;
        int index = lines.NextNonBlank(info.Index + 1);
        next = index < lines.Count ? lines[index] : default;
        return index < lines.Count;
    }

    /// <summary>The last character of a line's text (white space trimmed), or NUL.</summary>
    private static char LastChar(LineInfo info)
    {
        ReadOnlySpan<char> c = Content(info).TrimEnd();
        return c.Length == 0 ? '\0' : c[^1];
    }

    /// <summary>A line that reads as a title: short, and not ending like a sentence or a clause (, ; : .).</summary>
    private static bool IsTitleText(LineInfo info)
    {
        ReadOnlySpan<char> c = Content(info).Trim();
        return c.Length is > 0 and <= 200 && c[^1] is not (',' or ';' or ':' or '.');
    }

    /// <summary>A heading: short, not indented like a paragraph (no indent, or two or more tabs), not ending like a sentence.</summary>
    private static bool IsHeadingTitle(LineInfo info) => IsHeadingTitle(info, maxLength: 200);

    private static bool IsHeadingTitle(LineInfo info, int maxLength)
    {
        if (!IsTextClass(info.Class) || info.Class is LineClass.FootnoteLike && IsBoundary(info) || IsFormulaWithoutComma(info)) { return false; }
        ReadOnlySpan<char> c = Content(info);
        int indent = Indent(info);
        ReadOnlySpan<char> text = c[indent..].TrimEnd();
        if (text.Length == 0 || text.Length > maxLength || text[^1] is ',' or ';' or ':' or '.') { return false; }
        return indent == 0 || indent >= 2 || c[0] != '\t';
    }

    private static bool IsParagraphText(LineInfo info) => IsTextClass(info.Class) && !(info.Class == LineClass.FootnoteLike && IsBoundary(info));
}
