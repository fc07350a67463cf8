using System.Globalization;
using System.Text;
using UnResolutions.Diagnostics;
using UnResolutions.Parsing;
using UnResolutions.Syntax;
using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Model;

/// <summary>Builds the semantic <see cref="ResolutionDocument"/> from a syntax tree.</summary>
public static class ResolutionModel
{
    /// <summary>The version of the model and of <c>docs/schema/resolution.schema.json</c>.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>
    /// One document per resolution of the tree, in order. A tree with no resolution gives one document that holds
    /// only the diagnostics, so that a pipeline always gets a line per input.
    /// </summary>
    /// <remarks>All documents are built before this returns; to serialize them one at a time, see <see cref="EnumerateDocuments"/>.</remarks>
    public static IReadOnlyList<ResolutionDocument> FromTree(ResolutionSyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return EnumerateDocuments(tree).ToList();
    }

    /// <summary>
    /// The documents of <see cref="FromTree"/>, the same and in the same order, each built when the enumeration reaches
    /// it: a pipeline that writes each document and lets it go never holds the model of a whole large input.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is null (thrown at the call, not at the first step).</exception>
    public static IEnumerable<ResolutionDocument> EnumerateDocuments(ResolutionSyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return Enumerate(tree);

        static IEnumerable<ResolutionDocument> Enumerate(ResolutionSyntaxTree tree)
        {
            DocumentSyntax root = tree.GetRoot();
            IReadOnlyList<Diagnostic> all = tree.GetDiagnostics();
            if (root.Resolutions.Count == 0)
            {
                yield return new ResolutionDocument { Diagnostics = all.Select(Entry).ToList() };
                yield break;
            }
            // Each resolution takes the diagnostics that start inside it; those outside every resolution go to the
            // nearest one (the last if they come after it, else the first).
            List<ResolutionSyntax> resolutions = root.Resolutions.ToList();
            var owned = resolutions.Select(_ => new List<DiagnosticEntry>()).ToList();
            foreach (Diagnostic d in all)
            {
                int owner = resolutions.FindIndex(r => r.FullSpan.Contains(d.Span.Start));
                if (owner < 0) { owner = d.Span.Start >= resolutions[^1].FullSpan.End ? resolutions.Count - 1 : 0; }
                owned[owner].Add(Entry(d));
            }
            for (int i = 0; i < resolutions.Count; i++) { yield return Build(resolutions[i], tree.Text.Text, owned[i]); }
        }
    }

    /// <summary>The document of one resolution, with the diagnostics of its subtree.</summary>
    public static ResolutionDocument FromResolution(ResolutionSyntax resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        return Build(resolution, resolution.SyntaxTree.Text.Text, resolution.GetDiagnostics().Select(Entry).ToList());
    }

    private static DiagnosticEntry Entry(Diagnostic d) => new()
    {
        Code = d.Code,
        Severity = d.Severity,
        Message = d.Message,
        Line = d.LineSpan.Start.Line + 1,
        Column = d.LineSpan.Start.Character + 1,
    };

    private static ResolutionDocument Build(ResolutionSyntax resolution, string source, List<DiagnosticEntry> diagnostics)
    {
        HeaderSyntax? header = resolution.Header;
        AdoptionLineSyntax? adoption = header?.AdoptionLine;
        TitleLineSyntax? titleLine = header?.TitleLine;
        string? formula = resolution.Formula?.Text.Text ?? resolution.Parts.Select(p => p.Formula?.Text.Text).FirstOrDefault(f => f != null);
        Organ? body = OrganOf(adoption?.Body) ?? OrganOf(formula);
        string? number = titleLine == null || titleLine.Number.IsMissing ? null : Clean(titleLine.Number.Text);
        string? meeting = Present(adoption?.Meeting) ?? Present(resolution.Closing?.Meeting) ?? resolution.Parts.Select(p => Present(p.Closing?.Meeting)).FirstOrDefault(m => m != null);
        TrailerSyntax? trailer = resolution.Trailer;
        var builder = new ParagraphBuilder(source);
        return new ResolutionDocument
        {
            Symbol = trailer?.Symbols.FirstOrDefault() ?? trailer?.MastheadSymbol ?? SymbolOf(body, number),
            Body = body,
            DocumentType = adoption == null ? (header == null ? null : "resolution")
                : adoption.TokenOfKind(SyntaxKind.TextToken).Text.StartsWith("Decision", StringComparison.Ordinal) ? "decision" : "resolution",
            Number = number,
            Session = SessionOf(body, number),
            Title = titleLine == null || titleLine.Title.IsMissing ? null
                : Clean(string.Join(' ', header!.TitleContinuation.Select(h => h.Title == null ? null : CleanBody(h.Title)).Prepend(titleLine.Title.Text))),
            Adoption = new Adoption { Date = adoption?.Date, Meeting = meeting },
            Origin = header?.OriginLine is { } origin ? OriginOf(origin) : null,
            Formula = formula == null ? null : Clean(formula),
            Preamble = builder.Recitals(resolution.Preamble),
            Operative = builder.Items(resolution.OperativePart?.Items),
            Parts = resolution.Parts.Select(p => new Part
            {
                Label = Present(p.Heading.Label),
                Title = p.Heading.Title == null ? null : Clean(p.Heading.Title.ToString()),
                Preamble = builder.Recitals(p.Preamble),
                Operative = builder.Items(p.OperativePart?.Items),
                Adoption = p.Closing == null ? null : new Adoption { Date = p.Closing.Date, Meeting = Present(p.Closing.Meeting) },
            }).ToList(),
            Annexes = resolution.Annexes.Select(builder.Annex).ToList(),
            Footnotes = resolution.FootnoteSection?.Footnotes.Select(f => new Footnote
            {
                Number = f.NumberValue,
                Text = CleanBody(f.BodySlot.Green),
                References = builder.References(f.BodySlot),
            }).ToList() ?? [],
            Ods = trailer == null ? null : new OdsData
            {
                JobNumber = trailer.JobNumber,
                Symbols = trailer.Symbols,
                Distribution = trailer.Distribution,
                IssueDate = trailer.IssueDate,
                SessionName = trailer.SessionName,
                AgendaItem = trailer.AgendaItem,
                Docket = trailer.Docket,
                Barcode = trailer.Barcode,
            },
            Diagnostics = diagnostics,
        };
    }

    private static string? Present(SyntaxToken? token) => token is { IsMissing: false } t ? Clean(t.Text) : null;

    private static Organ? OrganOf(string? text) =>
        text == null ? null
        : text.Contains("General Assembly", StringComparison.Ordinal) ? Organ.GeneralAssembly
        : text.Contains("Security Council", StringComparison.Ordinal) ? Organ.SecurityCouncil
        : text.Contains("Economic and Social Council", StringComparison.Ordinal) ? Organ.EconomicAndSocialCouncil
        : text.Contains("Human Rights Council", StringComparison.Ordinal) ? Organ.HumanRightsCouncil
        : null;

    private static string? SymbolOf(Organ? body, string? number) => number == null ? null : body switch
    {
        Organ.GeneralAssembly => "A/RES/" + number,
        Organ.SecurityCouncil => "S/RES/" + number,
        Organ.EconomicAndSocialCouncil => "E/RES/" + number,
        Organ.HumanRightsCouncil => "A/HRC/RES/" + number,
        _ => null,
    };

    /// <summary>71 for 71/242, 10 for ES-10/24, 30 for S-30/1, 26 for 2758 (XXVI); null for organs that number by year.</summary>
    private static int? SessionOf(Organ? body, string? number)
    {
        if (number == null || body is not (Organ.GeneralAssembly or Organ.HumanRightsCouncil)) { return null; }
        string n = number.StartsWith("ES-", StringComparison.Ordinal) ? number[3..] : number.StartsWith("S-", StringComparison.Ordinal) ? number[2..] : number;
        int slash = n.IndexOf('/');
        if (slash > 0) { return int.TryParse(n.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : null; }
        int open = n.IndexOf('(');
        int close = n.IndexOf(')');
        return open >= 0 && close > open && Scan.RomanValue(n.AsSpan(open + 1, close - open - 1)) is > 0 and var roman ? roman : null;
    }

    private static Origin OriginOf(OriginLineSyntax origin)
    {
        List<string> documents = origin.Documents.Select(t => t.Text).ToList();
        string text = origin.ToString();
        int? paragraph = null;
        int para = text.IndexOf("para.", StringComparison.Ordinal);
        if (para >= 0)
        {
            ReadOnlySpan<char> rest = text.AsSpan(para + 5).TrimStart();
            int k = 0;
            while (k < rest.Length && char.IsAsciiDigit(rest[k])) { k++; }
            if (k > 0) { paragraph = int.Parse(rest[..k], CultureInfo.InvariantCulture); }
        }
        return new Origin
        {
            Committee = Present(origin.Committee),
            Document = documents.FirstOrDefault(),
            Documents = documents,
            Paragraph = paragraph,
            WithoutReference = origin.IsWithoutReference,
        };
    }

    /// <summary>Normalizes white space (tabs, line breaks, non-breaking spaces) to single spaces and drops soft hyphens.</summary>
    internal static string Clean(string text)
    {
        var cleaner = new Cleaner(text.Length);
        cleaner.Append(text);
        return cleaner.ToString();
    }

    /// <summary>The clean text of a body: its tokens without the footnote references, white space normalized.</summary>
    internal static string CleanBody(BodyTextSyntax body) => CleanBody(body.Green);

    /// <summary>The clean text of a green body text.</summary>
    private static string CleanBody(GreenNode green)
    {
        // PERF: one pass over the green tokens into one buffer; the only string made is the result. A body text's
        // slots are its tokens, so no red token or enumerator is needed.
        var cleaner = new Cleaner(green.FullWidth);
        for (int k = 0; k < green.SlotCount; k++)
        {
            if (green.GetSlot(k) is not GreenToken token) { continue; }
            if (token.LeadingTrivia.Length > 0) { cleaner.Space(); }
            if (token.Kind != SyntaxKind.FootnoteReferenceToken) { cleaner.Append(token.TextSpan); }
            if (token.TrailingTrivia.Length > 0) { cleaner.Space(); }
        }
        return cleaner.ToString();
    }

    /// <summary>Appends text, collapsing every run of white space to one space and dropping soft hyphens and outer spaces.</summary>
    private ref struct Cleaner
    {
        private char[] _buffer;
        private int _length;
        private bool _space;

        public Cleaner(int capacity)
        {
            _buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(16, capacity));
            _length = 0;
            _space = false;
        }

        public void Space() => _space = _length > 0;

        public void Append(ReadOnlySpan<char> text)
        {
            // PERF: runs of printable ASCII (with single spaces between words, as prose has them) are copied at once;
            // a test per character was a third of the model's time.
            while (!text.IsEmpty)
            {
                int k = text.IndexOfAnyExceptInRange(' ', '~');
                if (k != 0) { AppendAscii(k < 0 ? text : text[..k]); }
                if (k < 0) { break; }
                char c = text[k];
                if (char.IsWhiteSpace(c)) { _space = _length > 0; }
                else if (c != '\u00AD') { AppendChar(c); }
                text = text[(k + 1)..];
            }
        }

        /// <summary>Appends printable ASCII and spaces.</summary>
        private void AppendAscii(ReadOnlySpan<char> run)
        {
            if (run[0] == ' ' || run[^1] == ' ' || run.Contains("  ", StringComparison.Ordinal))
            {
                foreach (char c in run)
                {
                    if (c == ' ') { _space = _length > 0; }
                    else { AppendChar(c); }
                }
                return;
            }
            // Single spaces between words stay as they are.
            if (_length + run.Length + 1 > _buffer.Length) { Grow(_length + run.Length + 1); }
            if (_space) { _buffer[_length++] = ' '; _space = false; }
            run.CopyTo(_buffer.AsSpan(_length));
            _length += run.Length;
        }

        private void AppendChar(char c)
        {
            if (_length + 2 > _buffer.Length) { Grow(_length + 2); }
            if (_space) { _buffer[_length++] = ' '; _space = false; }
            _buffer[_length++] = c;
        }

        private void Grow(int needed)
        {
            char[] bigger = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            _buffer.AsSpan(0, _length).CopyTo(bigger);
            System.Buffers.ArrayPool<char>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        public override string ToString()
        {
            string result = new(_buffer, 0, _length);
            System.Buffers.ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
            return result;
        }
    }

    /// <summary>Builds paragraphs, carrying pending headings to the paragraph that follows them.</summary>
    private sealed class ParagraphBuilder(string source)
    {
        public IReadOnlyList<Paragraph> Recitals(PreambleSyntax? preamble) =>
            preamble?.Recitals.Select(r => Paragraph(null, r.LeadPhrase, r.BodySlot, r.Subparagraphs, null)).ToList() ?? [];

        public IReadOnlyList<Paragraph> Items(IEnumerable<SyntaxNode>? items)
        {
            var result = new List<Paragraph>();
            var headings = new List<string>();
            foreach (SyntaxNode item in items ?? [])
            {
                if (item is HeadingSyntax heading) { headings.Add(HeadingText(heading)); continue; }
                var paragraph = (OperativeParagraphSyntax)item;
                result.Add(Paragraph(paragraph.NumberValue, paragraph.LeadPhrase, paragraph.BodySlot, paragraph.Subparagraphs, Join(headings)));
                headings.Clear();
            }
            // Headings with no paragraph after them (a table's rows, a last title) keep their text in a paragraph of their own.
            if (headings.Count > 0) { result.Add(new Paragraph { Heading = Join(headings) }); }
            return result;
        }

        public Annex Annex(AnnexSyntax annex)
        {
            List<SyntaxNode> items = annex.Items.ToList();
            string? title = annex.InlineTitle == null ? null : CleanBody(annex.InlineTitle).TrimStart(':', '.', '-', '–', '—', ' ');
            if (title == null && items.Count > 0 && items[0] is HeadingSyntax first)
            {
                title = HeadingText(first);
                items.RemoveAt(0);
            }
            return new Annex { Label = Present(annex.Label), Title = title, Paragraphs = Items(items) };
        }

        public IReadOnlyList<Reference> References(GreenSlot body)
        {
            Text.TextSpan span = body.Span;
            return span.IsEmpty ? [] : ReferenceFinder.Find(source.AsSpan(span.Start, span.Length), span.Start);
        }

        private Paragraph Paragraph(int? number, SyntaxToken lead, GreenSlot body, SyntaxList<SubparagraphSyntax> subparagraphs, string? heading) => new()
        {
            Number = number,
            LeadPhrase = Present(lead),
            Text = CleanBody(body.Green),
            FootnoteRefs = FootnoteRefs(body.Green),
            References = References(body),
            Subparagraphs = Subparagraphs(subparagraphs),
            Heading = heading,
        };

        private IReadOnlyList<Subparagraph> Subparagraphs(SyntaxList<SubparagraphSyntax> list) => list.Select(s => new Subparagraph
        {
            Label = LabelCore(s.Label.Text),
            Text = CleanBody(s.BodySlot.Green),
            FootnoteRefs = FootnoteRefs(s.BodySlot.Green),
            References = References(s.BodySlot),
            Subparagraphs = Subparagraphs(s.Subparagraphs),
        }).ToList();

        /// <summary>A label without its parentheses or full stop: <c>(a)</c>, <c>a)</c> and <c>a.</c> are <c>a</c>; a bullet is itself; no label is empty.</summary>
        private static string LabelCore(string label) =>
            label.Length >= 3 && label[0] == '(' && label[^1] == ')' ? label[1..^1]
            : label.Length >= 2 && label[^1] is '.' or ')' ? label[..^1]
            : label;

        private static List<int> FootnoteRefs(GreenNode green)
        {
            // PERF: the green tokens, as in CleanBody; most bodies cite no footnote and get an empty list.
            var numbers = new List<int>(0);
            for (int k = 0; k < green.SlotCount; k++)
            {
                if (green.GetSlot(k) is GreenToken { Kind: SyntaxKind.FootnoteReferenceToken } token)
                {
                    numbers.Add(int.Parse(token.TextSpan, NumberStyles.None, CultureInfo.InvariantCulture));
                }
            }
            return numbers;
        }

        private static string HeadingText(HeadingSyntax heading)
        {
            string? label = Present(heading.Label);
            string? title = heading.Title == null ? null : CleanBody(heading.Title);
            return label == null ? title ?? string.Empty : string.IsNullOrEmpty(title) ? label : $"{label} {title}";
        }

        private static string? Join(List<string> headings) => headings.Count == 0 ? null : string.Join("\n", headings);
    }
}
