using System.Xml.Linq;
using UnResolutions.Akn;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Akn;

/// <summary>
/// A footnote that no reference cites (the parser found no marker for it) is still written: right after the cited note
/// with the nearest lower number, before the first note when it is below every cited one, and at the title when the
/// document cites none.
/// </summary>
[TestFixture]
public class AknUncitedNoteTests
{
    private static readonly XNamespace Akn = AknWriter.Namespace;

    private static List<XElement> Notes(XDocument xml) => xml.Descendants(Akn + "authorialNote").ToList();

    private static string Marker(XElement note) => (string)note.Attribute("marker")!;

    private static XDocument Written(ResolutionDocument document)
    {
        string xml = AknWriter.WriteToString(document);
        Assert.That(AknWriterTests.Problems(xml), Is.Empty);
        return XDocument.Parse(xml);
    }

    private static Footnote Note(int number) => new() { Number = number, Text = $"Note {number} text." };

    /// <summary>A resolution with a title, the recitals given, one operative paragraph and the footnotes numbered.</summary>
    private static ResolutionDocument Document(IReadOnlyList<Paragraph> preamble, params int[] notes) => new()
    {
        Language = "en",
        Number = "1/1",
        Title = "A title",
        Formula = "The General Assembly,",
        Preamble = preamble,
        Operative = [new Paragraph { Number = "1", LeadPhrase = "Decides", Text = "to act." }],
        Footnotes = notes.Select(Note).ToList(),
    };

    [Test]
    public void An_uncited_note_follows_the_note_below_it_in_a_real_resolution()
    {
        ResolutionDocument parsed = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(Fixtures.Ods("A_RES_75_231"))).Single();
        int last = parsed.Footnotes.Max(f => f.Number);
        var extra = new Footnote { Number = last + 1, Text = "A note the text does not cite." };
        List<XElement> notes = Notes(Written(parsed with { Footnotes = [.. parsed.Footnotes, extra] }));

        int at = notes.FindIndex(n => Marker(n) == (last + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(at, Is.GreaterThan(0), "the uncited note is written");
        Assert.That(Marker(notes[at - 1]), Is.EqualTo(last.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // Right after it, in the same text block: the next node after the lower note is the new one.
        Assert.That(notes[at - 1].NextNode, Is.SameAs(notes[at]));
        Assert.That(notes[at].Value, Is.EqualTo(extra.Text));
        Assert.That(notes.Count(n => Marker(n) == Marker(notes[at])), Is.EqualTo(1));
    }

    [Test]
    public void Uncited_notes_go_after_the_lower_note_or_before_the_first()
    {
        // Notes 1, 3, 4 and 6 are never cited; 2 and 5 are, in that order and in two recitals.
        ResolutionDocument document = Document(
        [
            new Paragraph { LeadPhrase = "Recalling", Text = "its resolution,", FootnoteRefs = [2] },
            new Paragraph { LeadPhrase = "Noting", Text = "the report,", FootnoteRefs = [5] },
        ], 1, 2, 3, 4, 5, 6);
        XDocument xml = Written(document);
        List<XElement> notes = Notes(xml);
        Assert.That(notes.Select(Marker), Is.EqualTo(new[] { "1", "2", "3", "4", "5", "6" }));
        XElement[] recitals = xml.Descendants(Akn + "container").ToArray();
        Assert.That(recitals[0].Descendants(Akn + "authorialNote").Select(Marker), Is.EqualTo(new[] { "1", "2", "3", "4" }));
        Assert.That(recitals[1].Descendants(Akn + "authorialNote").Select(Marker), Is.EqualTo(new[] { "5", "6" }));
        Assert.That(notes.Select(n => n.Value), Is.EqualTo(document.Footnotes.Select(f => f.Text)));
    }

    [Test]
    public void Notes_of_a_document_that_cites_none_go_at_its_title()
    {
        ResolutionDocument document = Document([], 1, 2);
        XDocument xml = Written(document);
        XElement title = xml.Descendants(Akn + "preface").Single().Descendants(Akn + "docTitle").Single();
        Assert.That(title.Elements(Akn + "authorialNote").Select(Marker), Is.EqualTo(new[] { "1", "2" }));
        Assert.That(Notes(xml), Has.Count.EqualTo(2));
    }

    [Test]
    public void Notes_of_a_document_without_text_are_still_written()
    {
        XDocument xml = Written(new ResolutionDocument { Language = "en", Footnotes = [Note(1)] });
        Assert.That(Notes(xml).Select(n => n.Value), Is.EqualTo(new[] { "Note 1 text." }));
    }
}
