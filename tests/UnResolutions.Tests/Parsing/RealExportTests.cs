using UnResolutions.Syntax;
using UnResolutions.Text;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// The two real ODS exports (A/RES/71/242 and A/RES/67/225), field by field: header, formula, recitals,
/// operative paragraphs, closing, footnotes (with the exact position of every reference) and trailer.
/// </summary>
[TestFixture]
public class RealExportTests
{
    private const string Res71 = "A_RES_71_242";
    private const string Res67 = "A_RES_67_225";

    private static (string Text, ResolutionSyntaxTree Tree, ResolutionSyntax Resolution) Load(string name)
    {
        string text = Fixtures.Ods(name);
        var tree = ResolutionSyntaxTree.ParseText(text);
        ResolutionSyntax resolution = tree.GetRoot().Resolution ?? throw new AssertionException($"{name}: no resolution");
        return (text, tree, resolution);
    }

    private static List<string> ExpectedLeadPhrases(string name) =>
        Fixtures.Expected(name).GetProperty("preambleLeadPhrases").EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>The offset of <paramref name="reference"/> where it ends <paramref name="context"/>, which must occur exactly once.</summary>
    private static int OffsetOfReference(string text, string context, string reference)
    {
        Assert.That(context, Does.EndWith(reference), "test data: the context must end with the reference");
        int at = text.IndexOf(context, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"test data: '{context}' not found");
        Assert.That(text.LastIndexOf(context, StringComparison.Ordinal), Is.EqualTo(at), $"test data: '{context}' is not unique");
        return at + context.Length - reference.Length;
    }

    // ---- Header ----------------------------------------------------------------------------------

    [TestCase(Res71, "[Start1]", "2016-12-21", "A/71/467/Add.2", "71/242")]
    [TestCase(Res67, "[DU1]", "2012-12-21", "A/67/441/Add.2", "67/225")]
    public void Header_fields(string name, string startMarker, string adoption, string document, string number)
    {
        var (_, _, resolution) = Load(name);
        HeaderSyntax? header = resolution.Header;
        Assert.That(header, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(resolution.StartMarker.Kind, Is.EqualTo(SyntaxKind.StartMarkerToken));
            Assert.That(resolution.StartMarker.Text, Is.EqualTo(startMarker));

            Assert.That(header!.Lines.Select(l => l.Kind), Is.EqualTo(new[] { SyntaxKind.AdoptionLine, SyntaxKind.OriginLine, SyntaxKind.TitleLine }));

            AdoptionLineSyntax? adoption1 = header.AdoptionLine;
            Assert.That(adoption1?.Date, Is.EqualTo(DateOnly.ParseExact(adoption, "yyyy-MM-dd")));
            Assert.That(adoption1?.DateToken.Text, Is.EqualTo(DateOnly.ParseExact(adoption, "yyyy-MM-dd").ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(adoption1?.Body, Is.EqualTo("General Assembly"));
            Assert.That(adoption1?.Meeting.IsMissing, Is.True, "the General Assembly's adoption line names no meeting");

            OriginLineSyntax? origin = header.OriginLine;
            Assert.That(origin?.Committee.Text, Is.EqualTo("Second Committee"));
            Assert.That(origin?.Documents.Select(t => t.Text), Is.EqualTo(new[] { document }));
            Assert.That(origin?.IsWithoutReference, Is.False);
            Assert.That(origin?.ToString(), Is.EqualTo($"[on the report of the Second Committee ({document})]"));

            TitleLineSyntax? title = header.TitleLine;
            Assert.That(title?.Number.Text, Is.EqualTo(number));
            Assert.That(title?.Title, Is.EqualTo("Industrial development cooperation"));
        });
    }

    [TestCase(Res71)]
    [TestCase(Res67)]
    public void Formula_text(string name)
    {
        var (_, _, resolution) = Load(name);
        Assert.That(resolution.Formula, Is.Not.Null);
        Assert.That(resolution.Formula!.Text.Text, Is.EqualTo("The General Assembly,"));
        Assert.That(resolution.Formula.ToString(), Is.EqualTo("The General Assembly,"));
        Assert.That(resolution.Parts, Is.Empty);
        Assert.That(resolution.Annexes, Is.Empty);
    }

    // ---- Closing ---------------------------------------------------------------------------------

    [TestCase(Res71, "66th plenary meeting", "2016-12-21")]
    [TestCase(Res67, "61st plenary meeting", "2012-12-21")]
    public void Closing_meeting_and_date(string name, string meeting, string date)
    {
        var (_, _, resolution) = Load(name);
        ClosingSyntax? closing = resolution.Closing;
        Assert.That(closing, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(closing!.Meeting.Text, Is.EqualTo(meeting));
            Assert.That(closing.Date, Is.EqualTo(DateOnly.ParseExact(date, "yyyy-MM-dd")));
            Assert.That(closing.ToString(), Is.EqualTo($"{meeting}\n{closing.DateToken.Text}"));
        });
    }

    // ---- Trailer ---------------------------------------------------------------------------------

    [TestCase(Res71, "N1646151E", "A/RES/71/242", "2017-02-02", "Seventy-first session", "23 (b)", "16-22825 (E)", "*1622825*")]
    [TestCase(Res67, "N1249210E", "A/RES/67/225", "2013-04-09", "Sixty-seventh session", "24 (b)", "12-49210", "*1249210*")]
    public void Trailer_fields(string name, string job, string symbol, string issued, string session, string agendaItem, string docket, string barcode)
    {
        var (_, _, resolution) = Load(name);
        TrailerSyntax? trailer = resolution.Trailer;
        Assert.That(trailer, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(trailer!.JobNumber, Is.EqualTo(job));
            Assert.That(trailer.Symbols, Is.EqualTo(new[] { symbol }));
            Assert.That(trailer.MastheadSymbol, Is.EqualTo(symbol));
            Assert.That(trailer.Distribution, Is.EqualTo("General"));
            Assert.That(trailer.IssueDate, Is.EqualTo(DateOnly.ParseExact(issued, "yyyy-MM-dd")));
            Assert.That(trailer.SessionName, Is.EqualTo(session));
            Assert.That(trailer.AgendaItem, Is.EqualTo(agendaItem));
            Assert.That(trailer.Docket, Is.EqualTo(docket));
            Assert.That(trailer.Barcode, Is.EqualTo(barcode));
            Assert.That(trailer.RunningHeads.Select(h => h.ToString()), Is.EqualTo(new[]
            {
                symbol + "Industrial development cooperation",
                "Industrial development cooperation" + symbol,
            }));
        });
    }

    [TestCase(Res71, "[Start1]<<ODS JOB NO>>")]
    [TestCase(Res67, "[DU1]<<ODS JOB NO>>")]
    public void Trailer_starts_at_the_job_number_field(string name, string start)
    {
        var (text, _, resolution) = Load(name);
        int at = text.IndexOf(start, StringComparison.Ordinal);
        Assert.That(resolution.Trailer!.Span.Start, Is.EqualTo(at));
        Assert.That(resolution.Trailer.Lines[0].Kind, Is.EqualTo(SyntaxKind.OdsField));
        Assert.That(resolution.Trailer.Lines[0].FieldName, Is.EqualTo("JOB NO"));
    }

    // ---- Preamble --------------------------------------------------------------------------------

    [TestCase(Res71, 22)]
    [TestCase(Res67, 13)]
    public void Recital_count(string name, int count)
    {
        var (_, _, resolution) = Load(name);
        Assert.That(resolution.Preamble, Is.Not.Null);
        Assert.That(resolution.Preamble!.Recitals, Has.Count.EqualTo(count));
    }

    [TestCase(Res71)]
    [TestCase(Res67)]
    public void Every_recital_lead_phrase(string name)
    {
        var (text, _, resolution) = Load(name);
        List<string> expected = ExpectedLeadPhrases(name);
        var recitals = resolution.Preamble!.Recitals;
        Assert.That(recitals.Select(r => r.LeadPhrase.Text), Is.EqualTo(expected));
        Assert.Multiple(() =>
        {
            foreach (RecitalSyntax recital in recitals)
            {
                // Each recital is a line "\t<lead phrase> <body>", and the lead phrase token sits right after the tab.
                SyntaxToken lead = recital.LeadPhrase;
                Assert.That(lead.Kind, Is.EqualTo(SyntaxKind.LeadPhraseToken));
                Assert.That(text[lead.Span.Start - 1], Is.EqualTo('\t'), $"recital at {lead.Span}");
                Assert.That(text.Substring(lead.Span.Start, lead.Span.Length), Is.EqualTo(lead.Text));
                Assert.That(text[lead.Span.End], Is.EqualTo(' '), $"the lead phrase '{lead.Text}' ends at a word boundary");
            }
        });
    }

    // ---- Operative part --------------------------------------------------------------------------

    private static readonly string[] OperativeLeadPhrases71 =
    [
        "Takes note with appreciation", "Notes with appreciation", "Reaffirms", "Recognizes", "Also recognizes",
        "Reiterates", "Recognizes", "Underlines", "Emphasizes", "Recognizes",
        "Notes", "Notes with appreciation", "Recognizes", "Also recognizes", "Emphasizes",
        "Also emphasizes", "Stresses", "Recognizes", "Stresses", "Encourages",
        "Welcomes", "Notes", "Underscores", "Recognizes", "Welcomes",
        "Encourages", "Encourages", "Welcomes", "Encourages", "Encourages",
        "Encourages", "Encourages", "Also encourages", "Reiterates", "Acknowledges",
        "Welcomes", "Notes with appreciation", "Stresses", "Encourages", "Calls upon",
        "Requests",
    ];

    private static readonly string[] OperativeLeadPhrases67 =
    [
        "Takes note with appreciation", "Reaffirms", "Emphasizes", "Reaffirms", "Stresses",
        "Encourages", "Emphasizes", "Also emphasizes", "Further emphasizes", "Emphasizes",
        "Recognizes", "Underlines", "Recognizes", "Notes", "Also notes",
        "Invites", "Notes", "Also notes", "Welcomes", "Emphasizes",
        "Encourages", "Encourages", "Calls upon", "Encourages", "Recalls in this regard",
        "Encourages", "Reiterates", "Acknowledges", "Stresses", "Encourages",
        "Requests",
    ];

    [TestCase(Res71, 41)]
    [TestCase(Res67, 31)]
    public void Operative_paragraphs_are_numbered_one_to_n(string name, int count)
    {
        var (_, _, resolution) = Load(name);
        var paragraphs = resolution.OperativePart!.Paragraphs.ToList();
        Assert.That(paragraphs, Has.Count.EqualTo(count));
        Assert.That(paragraphs.Select(p => p.NumberValue), Is.EqualTo(Enumerable.Range(1, count).Select(n => (int?)n)));
        Assert.That(paragraphs.Select(p => p.Number.Text), Is.EqualTo(Enumerable.Range(1, count).Select(n => $"{n}.")));
        Assert.That(paragraphs.Select(p => p.Number.Kind), Is.All.EqualTo(SyntaxKind.ParagraphNumberToken));
        Assert.That(resolution.OperativePart.Headings, Is.Empty);
    }

    [Test]
    public void Operative_lead_phrases_of_71_242()
    {
        var (_, _, resolution) = Load(Res71);
        var paragraphs = resolution.OperativePart!.Paragraphs.ToList();
        Assert.Multiple(() =>
        {
            // The first five, one by one, so that a failure names the paragraph.
            Assert.That(paragraphs[0].LeadPhrase.Text, Is.EqualTo("Takes note with appreciation"));
            Assert.That(paragraphs[1].LeadPhrase.Text, Is.EqualTo("Notes with appreciation"));
            Assert.That(paragraphs[2].LeadPhrase.Text, Is.EqualTo("Reaffirms"));
            Assert.That(paragraphs[3].LeadPhrase.Text, Is.EqualTo("Recognizes"));
            Assert.That(paragraphs[4].LeadPhrase.Text, Is.EqualTo("Also recognizes"));
            Assert.That(paragraphs.Select(p => p.LeadPhrase.Text), Is.EqualTo(OperativeLeadPhrases71));
            Assert.That(paragraphs.Select(p => p.LeadPhrase.Kind), Is.All.EqualTo(SyntaxKind.LeadPhraseToken));
        });
    }

    [Test]
    public void Operative_lead_phrases_of_67_225()
    {
        var (_, _, resolution) = Load(Res67);
        var paragraphs = resolution.OperativePart!.Paragraphs.ToList();
        Assert.That(paragraphs.Select(p => p.LeadPhrase.Text), Is.EqualTo(OperativeLeadPhrases67));
    }

    [Test]
    public void Operative_paragraph_1_of_71_242_in_detail()
    {
        var (text, _, resolution) = Load(Res71);
        OperativeParagraphSyntax first = resolution.OperativePart!.Paragraphs.First();
        const string line = "1.\tTakes note with appreciation of the report of the Director General of the United Nations Industrial Development Organization;8";
        int at = text.IndexOf("\t" + line, StringComparison.Ordinal) + 1;
        Assert.Multiple(() =>
        {
            Assert.That(first.Span, Is.EqualTo(new TextSpan(at, line.Length)));
            Assert.That(first.ToString(), Is.EqualTo(line));
            Assert.That(first.Number.Span, Is.EqualTo(new TextSpan(at, 2)));
            Assert.That(first.LeadPhrase.Span.Start, Is.EqualTo(at + 3));
            Assert.That(first.Body.ToString(), Is.EqualTo("of the report of the Director General of the United Nations Industrial Development Organization;8"));
            Assert.That(first.Body.FootnoteReferences.Select(t => t.Text), Is.EqualTo(new[] { "8" }));
            Assert.That(first.Subparagraphs, Is.Empty);
        });
    }

    // ---- Footnotes -------------------------------------------------------------------------------

    /// <summary>Every reference in 71/242: the text it is glued to, its number, its 1-based line (counted by hand).</summary>
    private static readonly (string Context, string Number, int Line)[] References71 =
    [
        ("the Paris Agreement1", "1", 13),
        ("Framework Convention on Climate Change2", "2", 13),
        ("held in Nairobi from 17 to 22 July 2016,3", "3", 14),
        ("Lima Declaration: towards inclusive and sustainable industrial development,4", "4", 16),
        ("Conference on the Least Developed Countries,5", "5", 18),
        ("Conference on Small Island Developing States,6", "6", 18),
        ("Conference on Landlocked Developing Countries,7", "7", 18),
        ("of the United Nations Industrial Development Organization;8", "8", 31),
        ("Lima Declaration: towards inclusive and sustainable industrial development;4", "4", 32),
        ("the 2030 Agenda for Sustainable Development,9", "9", 33),
        ("outlined in the Addis Ababa Action Agenda10", "10", 36),
        ("China, on 4 and 5 September 2016,11", "11", 42),
        ("New Partnership for Africa's Development,12", "12", 66),
    ];

    /// <summary>Every reference in 67/225.</summary>
    private static readonly (string Context, string Number, int Line)[] References67 =
    [
        ("the United Nations Millennium Declaration,1", "1", 7),
        ("International Conference on Financing for Development2", "2", 7),
        ("(Johannesburg Plan of Implementation),3", "3", 7),
        ("the 2005 World Summit Outcome4", "4", 8),
        ("entitled \"The future we want\",5", "5", 9),
        ("of the United Nations Industrial Development Organization;6", "6", 19),
        ("New Partnership for Africa's Development,7", "7", 37),
    ];

    private static (string Context, string Number, int Line)[] References(string name) => name == Res71 ? References71 : References67;

    [TestCase(Res71)]
    [TestCase(Res67)]
    public void Every_footnote_reference_with_its_number_and_position(string name)
    {
        var (text, tree, resolution) = Load(name);
        var expected = References(name).Select(r => (r.Number, Offset: OffsetOfReference(text, r.Context, r.Number))).ToList();
        var actual = tree.GetRoot().DescendantTokens().Where(t => t.Kind == SyntaxKind.FootnoteReferenceToken).ToList();
        Assert.That(actual.Select(t => (t.Text, t.Span.Start)), Is.EqualTo(expected));
        List<int> lineStarts = TextPositions.LineStarts(text);
        Assert.Multiple(() =>
        {
            for (int i = 0; i < actual.Count && i < expected.Count; i++)
            {
                SyntaxToken token = actual[i];
                (string context, string number, int line) = References(name)[i];
                Assert.That(token.Span.Length, Is.EqualTo(number.Length), context);
                Assert.That(token.LeadingTrivia, Is.Empty, $"'{context}': a reference is glued to the text before it");
                // Line and column: as counted in the text, and (line) as counted by hand.
                LinePosition start = tree.GetLineSpan(token.Span).Start;
                Assert.That(start, Is.EqualTo(TextPositions.Of(lineStarts, token.Span.Start)), context);
                Assert.That(start.Line + 1, Is.EqualTo(line), context);
                Assert.That(token.Parent, Is.InstanceOf<BodyTextSyntax>(), context);
            }
        });
        Assert.That(resolution.FootnoteSection?.Footnotes.Select(f => f.NumberValue), Is.EqualTo(Enumerable.Range(1, name == Res71 ? 12 : 7)));
    }

    [Test]
    public void Footnote_4_of_71_242_is_cited_twice_by_a_recital_and_by_operative_paragraph_2()
    {
        var (text, _, resolution) = Load(Res71);
        RecitalSyntax recital = resolution.Preamble!.Recitals[7];
        OperativeParagraphSyntax paragraph2 = resolution.OperativePart!.Paragraphs.ElementAt(1);
        Assert.That(recital.LeadPhrase.Text, Is.EqualTo("Recalling also"));
        Assert.That(recital.Body.FootnoteReferences.Select(t => t.Text), Is.EqualTo(new[] { "4" }));
        Assert.That(paragraph2.Body.FootnoteReferences.Select(t => t.Text), Is.EqualTo(new[] { "4" }));

        SyntaxToken first = recital.Body.FootnoteReferences.Single();
        SyntaxToken second = paragraph2.Body.FootnoteReferences.Single();
        Assert.That(first.Span.Start, Is.EqualTo(text.IndexOf("industrial development,4", StringComparison.Ordinal) + "industrial development,".Length));
        Assert.That(second.Span.Start, Is.EqualTo(text.IndexOf("industrial development;4", StringComparison.Ordinal) + "industrial development;".Length));

        FootnoteSyntax? a = first.GetFootnote();
        FootnoteSyntax? b = second.GetFootnote();
        Assert.That(a, Is.Not.Null);
        Assert.That(b, Is.SameAs(a));
        Assert.That(a!.NumberValue, Is.EqualTo(4));
        Assert.That(a.Body.ToString(), Is.EqualTo("See GC.15/INF/4, resolution GC.15/Res.1."));
    }

    [TestCase(Res71)]
    [TestCase(Res67)]
    public void GetFootnote_links_each_reference_to_the_footnote_with_its_number(string name)
    {
        var (_, tree, resolution) = Load(name);
        var footnotes = resolution.FootnoteSection!.Footnotes;
        Assert.Multiple(() =>
        {
            foreach (SyntaxToken reference in tree.GetRoot().DescendantTokens().Where(t => t.Kind == SyntaxKind.FootnoteReferenceToken))
            {
                FootnoteSyntax? footnote = reference.GetFootnote();
                Assert.That(footnote, Is.Not.Null, $"reference {reference.Text} at {reference.Span}");
                Assert.That(footnote?.NumberValue, Is.EqualTo(int.Parse(reference.Text)), $"reference at {reference.Span}");
                Assert.That(footnote?.Number.Text, Is.EqualTo(reference.Text));
                Assert.That(footnotes, Does.Contain(footnote), "the linked footnote is the one in this tree's footnote section");
                Assert.That(footnote?.Number.Kind, Is.EqualTo(SyntaxKind.FootnoteNumberToken));
            }
        });
    }

    [Test]
    public void Footnote_bodies_of_71_242()
    {
        var (text, _, resolution) = Load(Res71);
        var footnotes = resolution.FootnoteSection!.Footnotes;
        // Each footnote is one line "N text" of the fixture, between the closing and the trailer.
        int start = text.IndexOf("\n1 See FCCC", StringComparison.Ordinal) + 1;
        int end = text.IndexOf("[Start1]<<ODS JOB NO>>", StringComparison.Ordinal);
        string[] lines = text[start..end].TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(12));
        Assert.That(footnotes.Select(f => f.ToString()), Is.EqualTo(lines));
        Assert.That(footnotes.Select(f => f.Body.ToString()), Is.EqualTo(lines.Select(l => l[(l.IndexOf(' ') + 1)..])));
        Assert.That(resolution.FootnoteSection.Span.Start, Is.EqualTo(start));
    }

    [Test]
    public void Footnotes_of_67_225_whose_lines_wrap_onto_lines_starting_with_digits()
    {
        var (text, _, resolution) = Load(Res67);
        var footnotes = resolution.FootnoteSection!.Footnotes;
        Assert.That(footnotes, Has.Count.EqualTo(7));
        Assert.That(footnotes.Select(f => f.Number.Text), Is.EqualTo(new[] { "1", "2", "3", "4", "5", "6", "7" }));

        const string wrap2 = "18-22 March 2002 (United Nations publication, Sales No. E.02.II.A.7), chap. I, resolution 1, annex.";
        const string wrap3 = "26 August-4 September 2002 (United Nations publication, Sales No. E.03.II.A.1 and corrigendum), chap. I, resolution 2, annex.";
        int at2 = text.IndexOf("\n" + wrap2, StringComparison.Ordinal) + 1;
        int at3 = text.IndexOf("\n" + wrap3, StringComparison.Ordinal) + 1;
        Assert.That(at2, Is.GreaterThan(0));
        Assert.That(at3, Is.GreaterThan(0));

        FootnoteSyntax footnote2 = footnotes[1];
        FootnoteSyntax footnote3 = footnotes[2];
        Assert.Multiple(() =>
        {
            Assert.That(footnote2.Span.Contains(new TextSpan(at2, wrap2.Length)), Is.True, $"footnote 2 {footnote2.Span} holds the line at {at2}");
            Assert.That(footnote3.Span.Contains(new TextSpan(at3, wrap3.Length)), Is.True, $"footnote 3 {footnote3.Span} holds the line at {at3}");
            Assert.That(footnote2.Body.ToString(), Is.EqualTo("Report of the International Conference on Financing for Development, Monterrey, Mexico, \n" + wrap2));
            Assert.That(footnote3.Body.ToString(), Is.EqualTo("Report of the World Summit on Sustainable Development, Johannesburg, South Africa, \n" + wrap3));
            Assert.That(footnotes[3].ToString(), Is.EqualTo("4 Resolution 60/1."));
            // The digits that start the wrapped lines are neither footnote numbers nor references.
            var tokensThere = resolution.DescendantTokens().Where(t => t.Span.OverlapsWith(new TextSpan(at2, 5)) || t.Span.OverlapsWith(new TextSpan(at3, 2))).ToList();
            Assert.That(tokensThere.Select(t => t.Kind), Has.None.EqualTo(SyntaxKind.FootnoteNumberToken));
            Assert.That(tokensThere.Select(t => t.Kind), Has.None.EqualTo(SyntaxKind.FootnoteReferenceToken));
        });
    }

    [TestCase(Res71, "Goal 9")]
    [TestCase(Res71, "A/71/467/Add.2")]
    [TestCase(Res71, "70/1")]
    [TestCase(Res71, "1/CP.21")]
    [TestCase(Res71, "2030")]
    [TestCase(Res71, "2016-2025")]
    [TestCase(Res71, "No. 189")]
    [TestCase(Res67, "A/67/441/Add.2")]
    [TestCase(Res67, "2011")]
    [TestCase(Res67, "E.02.II.A.7")]
    public void Numbers_in_the_text_are_not_footnote_references(string name, string numberInText)
    {
        var (text, tree, _) = Load(name);
        var occurrences = new List<TextSpan>();
        for (int at = text.IndexOf(numberInText, StringComparison.Ordinal); at >= 0; at = text.IndexOf(numberInText, at + 1, StringComparison.Ordinal))
        {
            occurrences.Add(new TextSpan(at, numberInText.Length));
        }
        Assert.That(occurrences, Is.Not.Empty, "test data: the string occurs in the fixture");
        var references = tree.GetRoot().DescendantTokens().Where(t => t.Kind == SyntaxKind.FootnoteReferenceToken).ToList();
        foreach (TextSpan occurrence in occurrences)
        {
            Assert.That(references.Where(r => r.Span.OverlapsWith(occurrence)).Select(r => $"{r.Text} at {r.Span}"), Is.Empty,
                $"'{numberInText}' at {occurrence}");
        }
    }

    // ---- Diagnostics -----------------------------------------------------------------------------

    // 71/242 cites its note 4 twice (the Lima Declaration, in a recital and in paragraph 2): its one diagnostic.
    [TestCase(Res71, new[] { "(32,145): info UNR0205: Footnote 4 is cited again; the UN's markup records a note once, at its first citation." })]
    [TestCase(Res67, new string[0])]
    public void No_diagnostics_but_what_the_text_calls_for(string name, string[] expected)
    {
        var (_, tree, resolution) = Load(name);
        Assert.That(tree.GetDiagnostics().Select(d => d.ToString()), Is.EqualTo(expected));
        Assert.That(tree.GetRoot().ContainsDiagnostics, Is.EqualTo(expected.Length > 0));
        Assert.That(resolution.DescendantTrivia().Where(t => t.Kind == SyntaxKind.SkippedTextTrivia).Select(t => t.ToString()), Is.Empty);
        Assert.That(tree.GetRoot().Resolutions, Has.Count.EqualTo(1));
        Assert.That(tree.GetRoot().EndOfFile.Span.Start, Is.EqualTo(Fixtures.Ods(name).Length));
    }
}
