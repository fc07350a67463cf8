using System.Globalization;
using System.Text;
using UnResolutions.Diagnostics;
using UnResolutions.Parsing;
using UnResolutions.Syntax.InternalSyntax;
using UnResolutions.Syntax;

namespace UnResolutions.Model;

/// <summary>Builds the semantic <see cref="ResolutionDocument"/> from a syntax tree.</summary>
public static partial class ResolutionModel
{
    /// <summary>The version of the model and of <c>docs/schema/resolution.schema.json</c>.</summary>
    public const string SchemaVersion = "2.0";

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
            // The diagnostics come in order of their start and the resolutions in order of their spans, which do not
            // overlap: one walk over both finds each owner (a search per diagnostic costs resolutions × diagnostics).
            var owned = resolutions.Select(_ => new List<DiagnosticEntry>()).ToList();
            int next = 0;
            foreach (Diagnostic d in all)
            {
                while (next < resolutions.Count && resolutions[next].FullSpan.End <= d.Span.Start) { next++; }
                int owner = next < resolutions.Count && resolutions[next].FullSpan.Contains(d.Span.Start) ? next
                    : d.Span.Start >= resolutions[^1].FullSpan.End ? resolutions.Count - 1 : 0;
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
        // A General Assembly decision: no formula, a chapeau that says when and on whose recommendation, a record line.
        bool decision = adoption?.TokenOfKind(SyntaxKind.TextToken).Text.StartsWith("Decision", StringComparison.OrdinalIgnoreCase) == true
            || (formula == null && resolution.Closing?.IsDecisionRecord == true);
        string? chapeau = decision && resolution.OperativePart?.Paragraphs.FirstOrDefault() is { } first ? CleanBody(first.BodySlot.Green) : null;
        DecisionChapeau facts = DecisionChapeau.Read(chapeau);
        Organ? body = OrganOf(adoption?.Body) ?? OrganOf(formula) ?? (facts.Date != null ? OrganOf(chapeau) : null);
        string? number = titleLine == null || titleLine.Number.IsMissing ? null : CleanSymbol(titleLine.Number.Text);
        string? meeting = Present(adoption?.Meeting) ?? Present(resolution.Closing?.Meeting) ?? resolution.Parts.Select(p => Present(p.Closing?.Meeting)).FirstOrDefault(m => m != null)
            ?? facts.Meeting;
        // The closing's date where it is one (it wins over a contradicting adoption line: AdoptionDates), else the adoption line's.
        DateOnly? date = Parsing.AdoptionDates.Choose(adoption?.Date, resolution.Closing?.Date) ?? resolution.Parts.Select(p => p.Closing?.Date).FirstOrDefault(d => d != null) ?? facts.Date;
        TrailerSyntax? trailer = resolution.Trailer;
        string? partLetter = header?.PartLetter;
        var builder = new ParagraphBuilder(source);
        ResolutionDocument document = new ResolutionDocument
        {
            Symbol = CleanSymbol(trailer?.Symbols.FirstOrDefault() ?? trailer?.MastheadSymbol) ?? SymbolOf(body, number, partLetter ?? PartRange(resolution.Parts), decision),
            Body = body,
            DocumentType = decision ? "decision" : header == null ? null : "resolution",
            Language = Languages.LanguageTable.OfCode(resolution.SyntaxTree.Options.Language)?.Code
                ?? adoption?.Language ?? (formula == null ? null : Languages.LanguageTable.OfFormula(formula)?.Code),
            Number = number,
            Session = SessionOf(body, number),
            Title = titleLine?.Title == null ? null
                : Clean(string.Join(' ', header!.TitleContinuation.Select(h => h.Title == null ? null : CleanBody(h.Title)).Prepend(titleLine.Title))),
            PartLetter = partLetter,
            PartTitle = header == null ? null : Join(header.PartTitle),
            TitleFootnoteRefs = header == null ? [] : FootnoteRefsIn(header.Green),
            Adoption = new Adoption { Date = date, Meeting = meeting },
            Origin = header?.OriginLine is { } origin ? OriginOf(origin) : decision && resolution.Closing is { IsDecisionRecord: true } record ? DecisionOrigin(facts, record) : null,
            Formula = formula == null ? null : Clean(formula),
            Preamble = builder.Recitals(resolution.Preamble),
            Operative = builder.Items(resolution.OperativePart?.Items),
            Tables = ParagraphBuilder.Tables(resolution.OperativePart?.Items),
            Parts = resolution.Parts.Select(p => new Part
            {
                Label = Present(p.Heading.Label),
                Title = p.Heading.Title == null ? null : CleanBody(p.Heading.Title),
                TitleFootnoteRefs = FootnoteRefsIn(p.Heading.Green),
                Preamble = builder.Recitals(p.Preamble),
                Operative = builder.Items(p.OperativePart?.Items),
                Tables = ParagraphBuilder.Tables(p.OperativePart?.Items),
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
                JobNumber = WellFormed(trailer.JobNumber),
                Symbols = trailer.Symbols.Select(WellFormed).ToList()!,
                Distribution = WellFormed(trailer.Distribution),
                IssueDate = trailer.IssueDate,
                SessionName = WellFormed(trailer.SessionName),
                AgendaItem = WellFormed(trailer.AgendaItem),
                Docket = WellFormed(trailer.Docket),
                Barcode = WellFormed(trailer.Barcode),
            },
            Diagnostics = diagnostics,
            AdoptionLine = adoption == null ? null : Clean(adoption.ToString()),
            OriginLine = header?.OriginLine is { } line ? Clean(line.ToString()) : null,
        };
        // Read from the document's clean paragraphs; the syntax gives the paragraphs' spans.
        return document with { Mandates = Tools.Mandates.MandateFinder.Find(document, resolution) };
    }

    /// <summary>
    /// The footnotes cited anywhere in a subtree (a header, a heading), in document order. PERF: green nodes only,
    /// iterative (the tree may be deep); most subtrees cite none and get an empty list.
    /// </summary>
    private static List<int> FootnoteRefsIn(GreenNode root)
    {
        var numbers = new List<int>(0);
        var stack = new Stack<GreenNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            GreenNode node = stack.Pop();
            if (node is GreenToken token)
            {
                if (token.CitedFootnote is int n) { numbers.Add(n); }
                continue;
            }
            for (int k = node.SlotCount - 1; k >= 0; k--)
            {
                if (node.GetSlot(k) is { } child) { stack.Push(child); }
            }
        }
        return numbers;
    }

    private static string? Present(SyntaxToken? token) => token is { IsMissing: false } t ? Clean(t.Text) : null;

    private static readonly Organ[] OrgansInTableOrder = [Organ.GeneralAssembly, Organ.SecurityCouncil, Organ.EconomicAndSocialCouncil, Organ.HumanRightsCouncil];

    /// <summary>The organ a text names, in any language of the tables (<c>General Assembly</c>, <c>Conseil de sécurité</c>).</summary>
    private static Organ? OrganOf(string? text)
    {
        if (text == null) { return null; }
        for (int o = 0; o < OrgansInTableOrder.Length; o++)
        {
            foreach (Languages.LanguageTable language in Languages.LanguageTable.All)
            {
                if (text.Contains(language.OrganNames[o], StringComparison.OrdinalIgnoreCase)) { return OrgansInTableOrder[o]; }
            }
        }
        return null;
    }

    /// <summary>The symbol made from the number, with the part letter (<c>A/RES/75/242 B</c>) or range (<c>A/RES/75/101 A-B</c>).</summary>
    private static string? SymbolOf(Organ? body, string? number, string? parts, bool decision)
    {
        string? symbol = number == null ? null : body switch
        {
            Organ.GeneralAssembly => (decision ? "A/DEC/" : "A/RES/") + number,
            Organ.SecurityCouncil => "S/RES/" + number,
            Organ.EconomicAndSocialCouncil => (decision ? "E/DEC/" : "E/RES/") + number,
            Organ.HumanRightsCouncil => (decision ? "A/HRC/DEC/" : "A/HRC/RES/") + number,
            _ => null,
        };
        return symbol == null || parts == null ? symbol : $"{symbol} {parts}";
    }

    /// <summary><c>A-C</c> for parts A, B and C; null unless the parts are lettered.</summary>
    private static string? PartRange(SyntaxList<PartSyntax> parts)
    {
        if (parts.Count < 2) { return null; }
        string? first = Present(parts[0].Heading.Label);
        string? last = Present(parts[parts.Count - 1].Heading.Label);
        static bool Letter(string? label) => label is { Length: 1 } && char.IsAsciiLetterUpper(label[0]);
        return Letter(first) && Letter(last) ? $"{first}-{last}" : null;
    }

    /// <summary>
    /// A symbol as the UN writes it, whatever stray space the source put in it: none beside a slash
    /// (<c>A/RES/ 75/101</c>), one before a year or a part (<c>S/RES/2334(2016)</c>, <c>A/RES/75/242  B</c>).
    /// </summary>
    /// <summary>
    /// The trailer's text as it stands, but each lone surrogate as U+FFFD (what the JSON writer writes for it), so that
    /// a document and its JSON read back are equal, as the cleaned text is; the same instance when there is none.
    /// </summary>
    private static string? WellFormed(string? text)
    {
        if (text == null || text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0) { return text; }
        char[] chars = text.ToCharArray();
        for (int k = 0; k < chars.Length; k++)
        {
            if (char.IsHighSurrogate(chars[k]) && k + 1 < chars.Length && char.IsLowSurrogate(chars[k + 1])) { k++; }
            else if (char.IsSurrogate(chars[k])) { chars[k] = '\uFFFD'; }
        }
        return new string(chars);
    }

    internal static string? CleanSymbol(string? symbol)
    {
        if (symbol == null) { return null; }
        var b = new StringBuilder(symbol.Length + 1);
        foreach (char c in Clean(symbol))
        {
            if (c == '/' && b.Length > 0 && b[^1] == ' ') { b.Length--; }
            if (c == ' ' && b.Length > 0 && b[^1] == '/') { continue; }
            if (c == '(' && b.Length > 0 && b[^1] != ' ') { b.Append(' '); }
            b.Append(c);
        }
        return b.Length == 0 ? null : b.ToString();
    }

    private static string? Join(IEnumerable<HeadingSyntax> headings)
    {
        string text = string.Join(' ', headings.Select(h => h.Title == null ? Present(h.Label) : CleanBody(h.Title)));
        return text.Length == 0 ? null : Clean(text);
    }

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
        return new Origin
        {
            Committee = Present(origin.Committee),
            CommitteeId = Languages.LanguageTable.MainCommitteeIdOf(Present(origin.Committee)),
            Document = documents.FirstOrDefault(),
            Documents = documents,
            Paragraph = ParagraphOf(origin.ToString()),
            WithoutReference = origin.IsWithoutReference,
        };
    }

    /// <summary>The paragraph of the report: 7 from <c>(A/75/462/Add.2, para. 7)</c> (<c>par. 7</c>, <c>párr. 7</c>).</summary>
    private static int? ParagraphOf(string text)
    {
        int para = -1;
        string? abbreviation = null;
        foreach (Languages.LanguageTable language in Languages.LanguageTable.All)
        {
            abbreviation = language.ParagraphAbbreviation;
            if ((para = text.IndexOf(abbreviation, StringComparison.Ordinal)) >= 0) { break; }
        }
        if (para < 0) { return null; }
        ReadOnlySpan<char> rest = text.AsSpan(para + abbreviation!.Length).TrimStart();
        int k = 0;
        while (k < rest.Length && char.IsAsciiDigit(rest[k])) { k++; }
        // A number too big for an int is no paragraph of a report: null, as for no number.
        return k > 0 && int.TryParse(rest[..k], NumberStyles.None, CultureInfo.InvariantCulture, out int number) ? number : null;
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
        List<int>? offsets = null;
        return CleanBody(green, null, ref offsets);
    }

    /// <summary>
    /// The clean text of a green body text; with <paramref name="notes"/>, it gets the number of each footnote
    /// reference that has one, and <paramref name="noteOffsets"/> (made at the first reference) the offset in the
    /// text of each footnote reference.
    /// </summary>
    private static string CleanBody(GreenNode green, List<int>? notes, ref List<int>? noteOffsets)
    {
        // PERF: one pass over the green tokens into one buffer; the only string made is the result. A body text's
        // slots are its tokens, so no red token or enumerator is needed. The footnote numbers are read in the same
        // pass (they were a pass of their own).
        var cleaner = new Cleaner(green.FullWidth);
        for (int k = 0; k < green.SlotCount; k++)
        {
            if (green.GetSlot(k) is not GreenToken token) { continue; }
            if (token.LeadingTrivia.Length > 0) { cleaner.Space(); }
            if (token.Kind != SyntaxKind.FootnoteReferenceToken) { cleaner.Append(token.TextSpan); }
            else if (notes != null)
            {
                (noteOffsets ??= []).Add(cleaner.Length);
                if (token.CitedFootnote is int n) { notes.Add(n); }
            }
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

        /// <summary>The length written so far (a pending space not counted: a note goes before it).</summary>
        public readonly int Length => _length;

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
                else if (char.IsSurrogate(c))
                {
                    // A lone surrogate is no text: U+FFFD, which the JSON writer would put there anyway, so the
                    // model and its JSON say the same. A pair is copied whole.
                    if (char.IsHighSurrogate(c) && k + 1 < text.Length && char.IsLowSurrogate(text[k + 1])) { AppendChar(c); AppendChar(text[++k]); }
                    else { AppendChar('\uFFFD'); }
                }
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
            preamble?.Recitals.Select(r => Paragraph(null, r.LeadPhrase, r.BodySlot, r.Subparagraphs, null, [])).ToList() ?? [];

        public IReadOnlyList<Paragraph> Items(IEnumerable<SyntaxNode>? items)
        {
            var result = new List<Paragraph>();
            var headings = new List<string>();
            List<int> headingRefs = [];
            foreach (SyntaxNode item in items ?? [])
            {
                if (item is HeadingSyntax heading)
                {
                    headings.Add(HeadingText(heading));
                    headingRefs.AddRange(FootnoteRefsIn(heading.Green));
                    continue;
                }
                if (item is TableSyntax) { continue; }
                var paragraph = (OperativeParagraphSyntax)item;
                result.Add(Paragraph(NumberOf(paragraph), paragraph.LeadPhrase, paragraph.BodySlot, paragraph.Subparagraphs, Join(headings), headingRefs));
                headings.Clear();
                headingRefs = [];
            }
            // Headings with no paragraph after them (a table's rows, a last title) keep their text in a paragraph of their own.
            if (headings.Count > 0) { result.Add(new Paragraph { Heading = Join(headings), HeadingFootnoteRefs = headingRefs }); }
            return result;
        }

        public Annex Annex(AnnexSyntax annex)
        {
            List<SyntaxNode> items = annex.Items.ToList();
            string? title = annex.InlineTitle == null ? null : CleanBody(annex.InlineTitle).TrimStart(':', '.', '-', '–', '—', ' ');
            List<int> titleRefs = annex.InlineTitle == null ? [] : FootnoteRefsIn(annex.InlineTitle.Green);
            if (title == null && items.Count > 0 && items[0] is HeadingSyntax first)
            {
                title = HeadingText(first);
                titleRefs = FootnoteRefsIn(first.Green);
                items.RemoveAt(0);
            }
            return new Annex { Label = Present(annex.Label), Title = title, TitleFootnoteRefs = titleRefs, Paragraphs = Items(items), Tables = Tables(items) };
        }

        /// <summary>The tables among the items, each with the number of the last numbered paragraph before it.</summary>
        public static IReadOnlyList<DocumentTable> Tables(IEnumerable<SyntaxNode>? items)
        {
            List<DocumentTable>? tables = null;
            string? after = null;
            foreach (SyntaxNode item in items ?? [])
            {
                if (item is OperativeParagraphSyntax paragraph && NumberOf(paragraph) is { } number) { after = number; }
                if (item is not TableSyntax table) { continue; }
                (tables ??= []).Add(new DocumentTable
                {
                    AfterParagraph = after,
                    Rows = table.Rows.Select(r => new DocumentTableRow { Cells = r.Cells.Select(c => CleanBody(c.BodySlot.Green)).ToList() }).ToList(),
                });
            }
            return tables ?? (IReadOnlyList<DocumentTable>)[];
        }

        public IReadOnlyList<Reference> References(GreenSlot body)
        {
            Text.TextSpan span = body.Span;
            if (span.IsEmpty) { return []; }
            ReadOnlySpan<char> text = source.AsSpan(span.Start, span.Length);
            // The footnote references are no part of the text: "resolution 59/3008" cites resolution 59/300 (and note 8).
            // They are blanked, not removed, so that every position stays the source's. PERF: a copy only when there is one.
            char[]? masked = null;
            int position = body.Position;
            for (int k = 0; k < body.Green.SlotCount; k++)
            {
                if (body.Green.GetSlot(k) is not { } child) { continue; }
                if (child is GreenToken { Kind: SyntaxKind.FootnoteReferenceToken } reference)
                {
                    masked ??= text.ToArray();
                    masked.AsSpan(position + reference.LeadingTriviaWidth - span.Start, reference.TextLength).Fill(' ');
                }
                position += child.FullWidth;
            }
            return ReferenceFinder.Find(masked ?? text, span.Start);
        }

        /// <summary>A paragraph's number as printed without its full stop (<c>12</c>, <c>1.1</c>), or null when it has none.</summary>
        private static string? NumberOf(OperativeParagraphSyntax paragraph) =>
            paragraph.Number.IsMissing ? null : paragraph.Number.TextAsSpan.TrimEnd('.').ToString();

        private Paragraph Paragraph(string? number, SyntaxToken lead, GreenSlot body, SyntaxList<SubparagraphSyntax> subparagraphs, string? heading, List<int> headingRefs)
        {
            (string text, List<int> refs, List<int>? offsets) = CleanWithNotes(body.Green);
            return new()
            {
                Number = number,
                LeadPhrase = Present(lead),
                Text = text,
                HeadingFootnoteRefs = headingRefs,
                FootnoteRefs = refs,
                References = References(body),
                Subparagraphs = Subparagraphs(subparagraphs),
                Heading = heading,
                FootnoteOffsets = offsets,
            };
        }

        private IReadOnlyList<Subparagraph> Subparagraphs(SyntaxList<SubparagraphSyntax> list)
        {
            if (list.Count == 0) { return []; }
            var result = new List<Subparagraph>(list.Count);
            foreach (SubparagraphSyntax s in list)
            {
                (string text, List<int> refs, List<int>? offsets) = CleanWithNotes(s.BodySlot.Green);
                result.Add(new Subparagraph
                {
                    Label = LabelCore(s.Label.Text),
                    Text = text,
                    FootnoteRefs = refs,
                    References = References(s.BodySlot),
                    Subparagraphs = Subparagraphs(s.Subparagraphs),
                    FootnoteOffsets = offsets,
                });
            }
            return result;
        }

        /// <summary>
        /// A body's clean text, its footnote numbers and, when it cites a footnote, the offset of each reference in
        /// the text: one pass over its tokens.
        /// </summary>
        private static (string Text, List<int> Notes, List<int>? Offsets) CleanWithNotes(GreenNode body)
        {
            var notes = new List<int>(0);
            List<int>? offsets = null;
            string text = CleanBody(body, notes, ref offsets);
            return (text, notes, notes.Count == 0 ? null : offsets);
        }

        /// <summary>A label without its parentheses or full stop: <c>(a)</c>, <c>a)</c> and <c>a.</c> are <c>a</c>; a bullet is itself; no label is empty.</summary>
        private static string LabelCore(string label) =>
            label.Length >= 3 && label[0] == '(' && label[^1] == ')' ? label[1..^1]
            : label.Length >= 2 && label[^1] is '.' or ')' ? label[..^1]
            : label;

        private static string HeadingText(HeadingSyntax heading)
        {
            string? label = Present(heading.Label);
            string? title = heading.Title == null ? null : CleanBody(heading.Title);
            return label == null ? title ?? string.Empty : string.IsNullOrEmpty(title) ? label : $"{label} {title}";
        }

        private static string? Join(List<string> headings) => headings.Count == 0 ? null : string.Join("\n", headings);
    }
}
