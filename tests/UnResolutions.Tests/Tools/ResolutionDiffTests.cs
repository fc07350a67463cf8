using UnResolutions.Model;
using UnResolutions.Tools.Diff;

namespace UnResolutions.Tests.Tools;

[TestFixture]
public class ResolutionDiffTests
{
    /// <summary>An operative paragraph's number as an integer, for arithmetic on renumbering.</summary>
    private static int N(ParagraphVersion version) => int.Parse(version.Number!, System.Globalization.CultureInfo.InvariantCulture);

    private static ResolutionComparison Renewal() => ResolutionDiff.Compare(ToolFixtures.Document("A_RES_67_225"), ToolFixtures.Document("A_RES_71_242"));

    /// <summary>The committed alignment, read by hand from both texts: (section, old, new, kind, lead phrase changed) per paragraph.</summary>
    private static List<(string Section, string Old, string New, string Kind, bool Lead)> Table() =>
        File.ReadLines(ToolFixtures.Path2("diff", "A_RES_67_225-A_RES_71_242.alignment.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#' && !l.StartsWith("section\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(f => (f[0], f[1], f[2], f[3], f[4] == "yes"))
            .ToList();

    private static string Row(ParagraphDiff d) =>
        $"{(d.Section == DiffSection.Preamble ? "preamble" : "operative")}\t{d.Old?.Position.ToString() ?? "-"}\t{d.New?.Position.ToString() ?? "-"}\t"
        + $"{d.Kind.ToString().ToLowerInvariant()}\t{(d.LeadPhraseChanged ? "yes" : "no")}";

    [Test]
    public void The_renewal_is_aligned_as_the_table_read_from_both_texts_says_paragraph_by_paragraph()
    {
        ResolutionComparison diff = Renewal();
        var got = diff.Recitals.Concat(diff.Operative).Select(Row).Order(StringComparer.Ordinal).ToList();
        var want = Table().Select(t => $"{t.Section}\t{t.Old}\t{t.New}\t{t.Kind}\t{(t.Lead ? "yes" : "no")}").Order(StringComparer.Ordinal).ToList();
        Assert.Multiple(() =>
        {
            foreach (string row in want) { Assert.That(got, Does.Contain(row), "expected"); }
            foreach (string row in got) { Assert.That(want, Does.Contain(row), "found but not in the table"); }
        });
    }

    [Test]
    public void The_summary_counts_the_renewal()
    {
        DiffSummary s = Renewal().Summary;
        Assert.Multiple(() =>
        {
            Assert.That((s.RecitalsUnchanged, s.RecitalsEdited, s.RecitalsAdded, s.RecitalsRemoved), Is.EqualTo((0, 3, 19, 10)));
            Assert.That((s.OperativeUnchanged, s.OperativeEdited, s.OperativeAdded, s.OperativeRemoved), Is.EqualTo((1, 18, 22, 12)));
            Assert.That(s.LeadPhrasesChanged, Is.EqualTo(5));
            Assert.That(s.Renumbered, Is.EqualTo(18), "every paired operative paragraph but 1 has another number");
        });
    }

    [Test]
    public void Renumbering_is_reported_and_not_a_change_of_text()
    {
        ParagraphDiff last = Renewal().Operative.Single(d => d.Old?.Number == "31");
        Assert.Multiple(() =>
        {
            Assert.That(last.New!.Number, Is.EqualTo("41"));
            Assert.That(last.Renumbered, Is.True);
            Assert.That(last.Text.Where(t => t.Kind == TextChangeKind.Deleted).Select(t => t.Text.Trim()), Is.EqualTo(new[] { "sixty-ninth" }), "the full stop stays: the new text ends with one too");
            Assert.That(string.Concat(last.Text.Where(t => t.Kind != TextChangeKind.Deleted).Select(t => t.Text)),
                Is.EqualTo("Requests " + ToolFixtures.Document("A_RES_71_242").Operative[40].Text));
        });
    }

    [Test]
    public void The_word_runs_spell_both_texts()
    {
        foreach (ParagraphDiff d in Renewal().Operative.Where(d => d.Kind == ParagraphChangeKind.Edited))
        {
            string old = string.Concat(d.Text.Where(t => t.Kind != TextChangeKind.Inserted).Select(t => t.Text));
            string @new = string.Concat(d.Text.Where(t => t.Kind != TextChangeKind.Deleted).Select(t => t.Text));
            Assert.That(old, Is.EqualTo(d.Old!.LeadPhrase + " " + d.Old.Text));
            Assert.That(@new, Is.EqualTo(d.New!.LeadPhrase + " " + d.New.Text));
        }
    }

    [Test]
    public void A_lead_phrase_change_is_flagged()
    {
        ParagraphDiff d = Renewal().Operative.Single(d => d.Old?.Number == "26");
        Assert.That((d.Old!.LeadPhrase, d.New!.LeadPhrase, d.LeadPhraseChanged), Is.EqualTo(("Encourages", "Also encourages", true)));
    }

    [Test]
    public void Citations_added_and_removed_are_reported_per_paragraph()
    {
        ParagraphDiff first = Renewal().Recitals[0];
        Assert.Multiple(() =>
        {
            Assert.That(first.CitationsAdded, Is.EqualTo(new[] { "A/RES/67/225", "A/RES/69/235" }));
            Assert.That(first.CitationsRemoved, Is.EqualTo(new[] { "A/RES/65/151" }));
        });
    }

    [Test]
    public void A_footnote_added_to_a_paragraph_is_reported_by_its_text()
    {
        // Old ¶1 cites the report in footnote 6 and new ¶1 in footnote 8: only the document symbol changes.
        ParagraphDiff first = Renewal().Operative[0];
        Assert.That(first.FootnotesAdded, Has.Count.EqualTo(1));
        Assert.That(first.FootnotesRemoved, Has.Count.EqualTo(1));
        Assert.That(first.FootnotesAdded[0], Is.Not.EqualTo(first.FootnotesRemoved[0]));
    }

    [TestCase("A_RES_67_225")]
    [TestCase("A_RES_71_242")]
    public void A_resolution_compared_with_itself_is_all_unchanged(string name)
    {
        ResolutionDocument document = ToolFixtures.Document(name);
        ResolutionComparison diff = ResolutionDiff.Compare(document, document);
        Assert.That(diff.Recitals.Concat(diff.Operative).Select(d => (d.Kind, d.Moved, d.Renumbered, d.LeadPhraseChanged)),
            Is.All.EqualTo((ParagraphChangeKind.Unchanged, false, false, false)));
        Assert.That(diff.Recitals, Has.Count.EqualTo(document.Preamble.Count));
        Assert.That(diff.Operative, Has.Count.EqualTo(document.Operative.Count));
    }

    [Test]
    public void An_empty_file_on_either_side_is_all_added_or_all_removed()
    {
        ResolutionDocument empty = ToolFixtures.FromText("");
        ResolutionDocument document = ToolFixtures.Document("A_RES_71_242");
        var added = ResolutionDiff.Compare(empty, document).Operative.Select(d => d.Kind).ToList();
        var removed = ResolutionDiff.Compare(document, empty).Recitals.Select(d => d.Kind).ToList();
        Assert.That(added, Has.Count.EqualTo(41).And.All.EqualTo(ParagraphChangeKind.Added));
        Assert.That(removed, Has.Count.EqualTo(22).And.All.EqualTo(ParagraphChangeKind.Removed));
        Assert.That(ResolutionDiff.Compare(empty, empty).Operative, Is.Empty);
    }

    [Test]
    public void Two_paragraphs_that_changed_places_are_moved_not_removed_and_added()
    {
        ResolutionDocument document = ToolFixtures.Document("A_RES_71_242");
        var swapped = document.Operative.ToList();
        (swapped[2], swapped[30]) = (swapped[30], swapped[2]);
        ResolutionComparison diff = ResolutionDiff.Compare(document, document with { Operative = swapped });
        var moved = diff.Operative.Where(d => d.Moved).Select(d => d.Old!.Position).Order().ToList();
        Assert.That(moved, Has.Count.GreaterThanOrEqualTo(1).And.Count.LessThanOrEqualTo(2));
        Assert.That(moved, Is.SubsetOf(new[] { 3, 31 }));
        Assert.That(diff.Operative.Select(d => d.Kind), Is.All.EqualTo(ParagraphChangeKind.Unchanged));
    }

    [Test]
    public void Sub_paragraphs_are_paired_by_content()
    {
        var old = new ResolutionDocument
        {
            Operative = [new Paragraph { Number = "1", LeadPhrase = "Decides", Text = "that the programme shall:", Subparagraphs =
                [new Subparagraph { Label = "a", Text = "promote the transfer of technology on mutually agreed terms;" },
                 new Subparagraph { Label = "b", Text = "support small and medium-sized enterprises in developing countries;" }] }],
        };
        var @new = old with
        {
            Operative = [old.Operative[0] with { Subparagraphs =
                [new Subparagraph { Label = "a", Text = "support small and medium-sized enterprises in developing countries;" },
                 new Subparagraph { Label = "b", Text = "report on its work every two years;" }] }],
        };
        IReadOnlyList<SubparagraphDiff> subs = ResolutionDiff.Compare(old, @new).Operative[0].Subparagraphs;
        Assert.That(subs.Select(s => (s.Kind, s.OldLabel, s.NewLabel)), Is.EqualTo(new[]
        {
            (ParagraphChangeKind.Removed, (string?)"a", (string?)null),
            (ParagraphChangeKind.Unchanged, "b", "a"),
            (ParagraphChangeKind.Added, null, "b"),
        }));
    }

    private static ResolutionDocument Series(string name) => ToolFixtures.FromText(File.ReadAllText(ToolFixtures.Path2("diff", name + ".txt")));

    [Test]
    public void A_renewal_that_changes_one_session_word_is_one_edit()
    {
        // A/RES/75/30 -> A/RES/76/18 (African Nuclear-Weapon-Free Zone Treaty): only ¶8's "seventy-sixth" becomes "seventy-seventh".
        ResolutionComparison diff = ResolutionDiff.Compare(Series("A_RES_75_30"), Series("A_RES_76_18"));
        ParagraphDiff edited = diff.Recitals.Concat(diff.Operative).Single(d => d.Kind != ParagraphChangeKind.Unchanged);
        Assert.That((edited.Old!.Number, edited.New!.Number, edited.Renumbered, edited.Moved), Is.EqualTo(((string?)"8", (string?)"8", false, false)));
        Assert.That(edited.Text.Where(t => t.Kind != TextChangeKind.Same).Select(t => (t.Kind, t.Text)),
            Is.EqualTo(new[] { (TextChangeKind.Deleted, "seventy-sixth"), (TextChangeKind.Inserted, "seventy-seventh") }));
    }

    [Test]
    public void A_paragraph_inserted_in_the_middle_renumbers_the_rest_without_changing_them()
    {
        // A/RES/75/216 -> A/RES/76/204 (Disaster risk reduction), read by hand: new ¶14 ("Decides that the high-level meeting … midterm
        // review …") is added; old ¶14–52 are new ¶15–53; lead phrases change in ¶12 (Expresses concern -> Recognizes),
        // ¶13 (Recognizes -> Also recognizes) and old ¶48 / new ¶49 (Looks forward -> Expresses its appreciation).
        ResolutionComparison diff = ResolutionDiff.Compare(Series("A_RES_75_216"), ToolFixtures.Dev("ga", "A_RES_76_204"));
        Assert.That(diff.Operative.Where(d => d.Kind == ParagraphChangeKind.Added).Select(d => d.New!.Number), Is.EqualTo(new[] { "14" }));
        Assert.That(diff.Operative.Where(d => d.Kind == ParagraphChangeKind.Removed), Is.Empty);
        Assert.That(diff.Operative.Where(d => d.Old != null && d.New != null).Select(d => N(d.New!) - N(d.Old!)).Distinct().Order(), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(diff.Operative.Where(d => d.Old != null && N(d.Old) >= 14).Select(d => N(d.New!) - N(d.Old!)), Is.All.EqualTo(1));
        Assert.That(diff.Operative.Where(d => d.LeadPhraseChanged).Select(d => (d.Old!.Number, d.New!.Number)),
            Is.EqualTo(new (string?, string?)[] { ("12", "12"), ("13", "13"), ("48", "49") }));
        Assert.That(diff.Operative.Any(d => d.Moved), Is.False);
    }
}
