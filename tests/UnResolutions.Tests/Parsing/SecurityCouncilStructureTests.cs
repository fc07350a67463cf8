using System.Text.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// Where a Security Council preamble ends, and what a sub-paragraph is, on real resolutions of the dev sets
/// (Fixtures/dev/…), against the facts read from the UN's own markup: headings before the operative paragraphs, recitals
/// that open with a finite verb, bullets and <c>a.</c> / <c>i.</c> labels, labelled titles between paragraphs and
/// unlabelled lines inside a list.
/// </summary>
[TestFixture]
public class SecurityCouncilStructureTests
{
    private static string OdsPath(string set, string name) => DevFixtures.PathOf(set, "ods", name);

    private static JsonElement Expected(string set, string name) => DevFixtures.Expected(name, set);

    private static (ResolutionSyntaxTree Tree, ResolutionFacts Facts, JsonElement Expected) Load(string set, string name)
    {
        ResolutionSyntaxTree tree = ParseLossless(File.ReadAllText(OdsPath(set, name)));
        ResolutionSyntax resolution = tree.GetRoot().Resolution ?? throw new AssertionException($"{name}: no resolution");
        return (tree, new ResolutionFacts(resolution), Expected(set, name));
    }

    private static ResolutionSyntaxTree ParseLossless(string text)
    {
        var tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text), "lossless");
        return tree;
    }

    private static int Count(JsonElement expected, string field) => expected.GetProperty(field).GetInt32();

    [TestCase("sc", "S_RES_2509_2020", TestName = "Two-tab heading before paragraph 1 (2509)")]
    [TestCase("sc", "S_RES_2512_2020", TestName = "One-tab heading before paragraph 1, dashes under (a) (2512)")]
    [TestCase("sc", "S_RES_2514_2020", TestName = "Bullets, a task line under (c) (2514)")]
    [TestCase("sc", "S_RES_2530_2020", TestName = "Recalls among the recitals (2530)")]
    [TestCase("sc", "S_RES_2551_2020", TestName = "Labelled titles between paragraphs (2551)")]
    [TestCase("sc", "S_RES_2552_2020", TestName = "Unlabelled lines in nested lists (2552)")]
    [TestCase("sc", "S_RES_2553_2020", TestName = "Recognizes among the recitals (2553)")]
    [TestCase("sc", "S_RES_2556_2020", TestName = "A title that goes on, titles between items (2556)")]
    [TestCase("sc", "S_RES_2579_2021", TestName = "a. and i. labels (2579)")]
    [TestCase("sc", "S_RES_2610_2021", TestName = "A title between first-level items is a paragraph (2610)")]
    [TestCase("ga", "A_RES_75_326", TestName = "GA: lines under an item that ends with a colon (75/326)")]
    public void Recital_operative_and_subparagraph_counts_match_the_UN_markup(string set, string name)
    {
        var (_, facts, expected) = Load(set, name);
        Assert.Multiple(() =>
        {
            Assert.That(facts.Recitals, Has.Count.EqualTo(Count(expected, "preambleCount")), "recitals");
            Assert.That(facts.OperativeNumbers, Has.Count.EqualTo(Count(expected, "operativeCount")), "numbered paragraphs");
            Assert.That(facts.Subparagraphs, Has.Count.EqualTo(Count(expected, "subparagraphCount")), "sub-paragraphs");
        });
    }

    [Test]
    public void A_title_before_the_first_numbered_paragraph_is_a_heading_of_the_operative_part()
    {
        var (_, facts, _) = Load("sc", "S_RES_2509_2020");
        OperativePartSyntax operative = facts.Resolution.OperativePart!;
        Assert.Multiple(() =>
        {
            Assert.That(facts.Recitals[^1].LeadPhrase.Text, Is.EqualTo("Acting"));
            Assert.That(operative.Headings.First().Title!.ToString(), Does.StartWith("Prevention of Illicit Exports of Petroleum"));
            Assert.That(facts.OperativeNumbers[0], Is.EqualTo("1."));
        });
    }

    [Test]
    public void A_recital_without_its_comma_before_paragraph_1_stays_a_recital()
    {
        const string text = "Resolution 2509 (2020)\nAdopted by the Security Council at its 8719th meeting, on 11 February 2020\n" +
            "\tThe Security Council,\n" +
            "\tDetermining that the situation in Libya continues to constitute a threat to international peace and security,\n" +
            "\tActing under Chapter VII of the Charter of the United Nations\n" +
            "\t1.\tDecides to remain actively seized of the matter.\n";
        ResolutionSyntax resolution = ResolutionSyntaxTree.ParseText(text).GetRoot().Resolution!;
        Assert.That(resolution.Preamble!.Recitals.Select(r => r.LeadPhrase.Text), Is.EqualTo(new[] { "Determining", "Acting" }));
    }

    [Test]
    public void A_recital_that_opens_with_a_finite_verb_stays_in_the_preamble_when_recitals_follow()
    {
        var (_, facts, expected) = Load("sc", "S_RES_2553_2020");
        var phrases = expected.GetProperty("preambleLeadPhrases").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(facts.Recitals[9].LeadPhrase.Text, Is.EqualTo("Recognizes"));
            Assert.That(phrases[9], Is.EqualTo("Recognizes"));
            Assert.That(facts.Recitals[10].LeadPhrase.Text, Is.EqualTo("Recalling"));
            Assert.That(facts.Resolution.OperativePart!.Paragraphs.First().NumberValue, Is.EqualTo(1));
        });
    }

    [Test]
    public void Bullets_are_subparagraphs_that_keep_their_label()
    {
        var (_, facts, _) = Load("sc", "S_RES_2514_2020");
        OperativeParagraphSyntax reports = facts.Paragraphs.Single(p => p.NumberValue == 41);
        ResolutionDocument document = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(File.ReadAllText(OdsPath("sc", "S_RES_2514_2020"))))[0];
        Assert.Multiple(() =>
        {
            Assert.That(reports.Subparagraphs.Select(s => s.Label.Text), Is.EqualTo(Enumerable.Repeat("\u2022", 8)));
            Assert.That(reports.Subparagraphs[0].Label.Kind, Is.EqualTo(SyntaxKind.SubparagraphLabelToken));
            Assert.That(reports.Subparagraphs[0].Body.ToString(), Does.StartWith("specific and detailed reporting"));
            Assert.That(document.Operative.Single(p => p.Number == "41").Subparagraphs.Select(s => s.Label), Is.EqualTo(Enumerable.Repeat("\u2022", 8)));
        });
    }

    [Test]
    public void Dashes_nest_under_the_lettered_item_before_them()
    {
        var (_, facts, _) = Load("sc", "S_RES_2512_2020");
        OperativeParagraphSyntax second = facts.Paragraphs.Single(p => p.NumberValue == 2);
        Assert.Multiple(() =>
        {
            Assert.That(second.Subparagraphs.Select(s => s.Label.Text), Is.EqualTo(new[] { "(a)", "(b)" }));
            Assert.That(second.Subparagraphs[0].Subparagraphs.Select(s => s.Label.Text), Is.EqualTo(new[] { "-", "-" }));
            Assert.That(second.Subparagraphs[1].Subparagraphs.Select(s => s.Label.Text), Is.EqualTo(new[] { "-" }));
        });
    }

    [Test]
    public void Letters_and_roman_numerals_with_a_full_stop_are_labels()
    {
        var (_, facts, _) = Load("sc", "S_RES_2579_2021");
        ResolutionDocument document = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(File.ReadAllText(OdsPath("sc", "S_RES_2579_2021"))))[0];
        List<SubparagraphSyntax> dotted = facts.Subparagraphs.Where(s => s.Label.Text.EndsWith('.')).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(dotted.Select(s => s.Label.Text).Take(4), Is.EqualTo(new[] { "a.", "b.", "c.", "a." }));
            Assert.That(dotted.Count(s => s.Label.Text is "i." or "ii." or "vi."), Is.EqualTo(3));
            Assert.That(document.Operative.Single(p => p.Number == "3").Subparagraphs[0].Subparagraphs.Select(s => s.Label), Is.EqualTo(new[] { "a", "b", "c" }));
        });
    }

    [Test]
    public void A_labelled_title_right_before_a_numbered_paragraph_is_a_heading()
    {
        var (_, facts, _) = Load("sc", "S_RES_2551_2020");
        List<HeadingSyntax> headings = facts.Resolution.OperativePart!.Headings.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(headings.Select(h => h.Label.Text), Does.Contain("(i)").And.Contain("(ii)"));
            Assert.That(headings.Single(h => h.Label.Text == "(ii)").Title!.ToString(), Is.EqualTo("Exceptions"));
            Assert.That(facts.Paragraphs.Single(p => p.NumberValue == 19).Subparagraphs.Select(s => s.Label.Text), Is.EqualTo(new[] { "(a)", "(b)", "(c)", "(d)" }));
        });
    }

    [Test]
    public void Hollow_bullets_nest_under_bullets_in_an_annex()
    {
        var (_, facts, _) = Load("sc", "S_RES_2551_2020");
        List<SubparagraphSyntax> annexItems = facts.Resolution.Annexes.SelectMany(a => a.DescendantNodes().OfType<SubparagraphSyntax>()).ToList();
        SubparagraphSyntax armour = annexItems.Single(s => s.Body.ToString().StartsWith("Body armour", StringComparison.Ordinal));
        Assert.That(armour.Subparagraphs.Select(s => s.Label.Text), Is.EqualTo(new[] { "o", "o" }));
    }

    [Test]
    public void Unlabelled_lines_in_a_list_are_subparagraphs_without_a_label()
    {
        var (_, facts, _) = Load("sc", "S_RES_2552_2020");
        SubparagraphSyntax elections = facts.Paragraphs.Single(p => p.NumberValue == 31).Subparagraphs.Single(s => s.Label.Text == "(c)");
        SubparagraphSyntax justice = facts.Paragraphs.Single(p => p.NumberValue == 32).Subparagraphs.Single(s => s.Label.Text == "(e)");
        Assert.Multiple(() =>
        {
            Assert.That(elections.Subparagraphs.Single().Label.IsMissing, Is.True);
            Assert.That(elections.Subparagraphs.Single().Body.ToString(), Does.StartWith("To assist the CAR authorities"));
            Assert.That(justice.DescendantNodes().OfType<SubparagraphSyntax>().Where(s => s.Label.IsMissing).Select(s => s.Body.ToString()),
                Is.EqualTo(new[] { "Urgent temporary measures:", "Special Criminal Court (SCC):", "Rule of law:" }));
        });
    }

    [Test]
    public void A_title_after_a_titled_item_goes_on_with_its_title()
    {
        var (_, facts, _) = Load("sc", "S_RES_2556_2020");
        SubparagraphSyntax support = facts.Paragraphs.Single(p => p.NumberValue == 29).Subparagraphs.Single(s => s.Label.Text == "(ii)");
        Assert.Multiple(() =>
        {
            Assert.That(support.Body.ToString(), Does.EndWith("Stabilisation"));
            Assert.That(support.Subparagraphs[0].Label.Text, Is.EqualTo("(a)"));
        });
    }

    private const string ScHeader = "Resolution 2551 (2020)\nAdopted by the Security Council at its 8784th meeting, on 12 November 2020\n" +
        "\tThe Security Council,\n\tActing under Chapter VII of the Charter of the United Nations,\n";

    [Test]
    public void A_numbered_list_inside_a_paragraph_does_not_restart_the_operative_numbering()
    {
        // The lines of the annex of 2551 (2020), set under an operative paragraph that announces them.
        const string text = ScHeader +
            "\t1.\tDecides that all States shall prevent the sale of the items set out below to Somalia:\n" +
            "\t1.\tExplosive materials, as follows, and mixtures containing one or more thereof:\n" +
            "\ta.\tNitrocellulose (containing more than 12.5% nitrogen w/w);\n\tb.\tTrinitrophenylmethylnitramine (tetryl);\n\t2.\tExplosive-related goods;\n" +
            "\t3.\t\u201cTechnology\u201d required for the \u201cproduction\u201d or \u201cuse\u201d of the items listed at paras. 1 & 2;\n" +
            "\t2.\tDecides to remain actively seized of the matter.\n";
        ResolutionSyntaxTree tree = ParseLossless(text);
        var facts = new ResolutionFacts(tree.GetRoot().Resolution!);
        Assert.Multiple(() =>
        {
            Assert.That(facts.OperativeNumbers, Is.EqualTo(new[] { "1.", "2." }));
            Assert.That(facts.Paragraphs[0].Subparagraphs.Select(s => s.Label.Text), Is.EqualTo(new[] { "1.", "2.", "3." }));
            Assert.That(facts.Paragraphs[0].Subparagraphs[0].Subparagraphs.Select(s => s.Label.Text), Is.EqualTo(new[] { "a.", "b." }));
            Assert.That(tree.GetDiagnostics(), Is.Empty);
        });
    }

    [Test]
    public void Paragraphs_numbered_from_1_after_a_colon_are_the_operative_part_when_no_numbering_resumes()
    {
        const string text = "\tThe General Assembly,\n\tResolves that:\n" +
            "\t1.\tThe Working Capital Fund shall be established for 2022 in the amount of 150 million United States dollars;\n" +
            "\t2.\tMember States shall make advances to the Working Capital Fund in accordance with the scale of assessments.\n";
        var facts = new ResolutionFacts(ResolutionSyntaxTree.ParseText(text).GetRoot().Resolution!);
        Assert.That(facts.OperativeNumbers, Is.EqualTo(new[] { "1.", "2." }));
    }

    [Test]
    public void A_label_with_only_its_closing_parenthesis_is_a_label_of_the_same_style()
    {
        // The body of S/RES/2512 (2020) in French: "a)", "b)" and dashes under them (the header in English: French
        // header lines are another issue).
        const string text = "Resolution 2512 (2020)\nAdopted by the Security Council at its 8736th meeting, on 28 February 2020\n" +
            "\tLe Conseil de s\u00e9curit\u00e9,\n\tRappelant toutes ses r\u00e9solutions ant\u00e9rieures,\n" +
            "\t4.\tPrie le BINUGBIS, notamment gr\u00e2ce aux bons offices et au soutien politique du Repr\u00e9sentant sp\u00e9cial, de se concentrer en particulier sur les t\u00e2ches prioritaires suivantes :\n" +
            "\ta)\tPhase II (phase post\u00e9lectorale)\n\t-\tLe BINUGBIS continuera \u00e0 exercer sa fonction de bons offices ;\n\tb)\tPhase III (phase de transition)\n" +
            "\ti)\tAider les autorit\u00e9s nationales et les parties prenantes \u00e0 promouvoir et \u00e0 prot\u00e9ger les droits de la personne ;\n" +
            "\t5.\tD\u00e9cide de rester activement saisi de la question.\n";
        ResolutionDocument document = ResolutionModel.FromTree(ParseLossless(text))[0];
        Paragraph fourth = document.Operative.Single(p => p.Number == "4");
        Assert.Multiple(() =>
        {
            Assert.That(fourth.Subparagraphs.Select(s => s.Label), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(fourth.Subparagraphs[0].Subparagraphs.Select(s => s.Label), Is.EqualTo(new[] { "-" }));
            Assert.That(fourth.Subparagraphs[1].Subparagraphs.Select(s => s.Label), Is.EqualTo(new[] { "i" }));
        });
    }

    [Test]
    public void A_one_tab_title_after_a_titled_item_and_before_a_numbered_paragraph_is_not_a_subparagraph()
    {
        // 2531 (2020), with its heading "Other tasks" laid out with one tab, as the spaced exports lay headings out.
        const string text = ScHeader +
            "\t28.\tDecides that MINUSMA\u2019s mandate shall include the following priority tasks:\n\t(f)\tHumanitarian assistance\n" +
            "\tIn support of the Malian authorities, to contribute to the creation of a secure environment for the safe civilian-led delivery of humanitarian assistance,\n" +
            "\tOther tasks\n\t29.\tFurther authorizes MINUSMA to use its existing capacities to assist in implementing the following other tasks:\n";
        var facts = new ResolutionFacts(ParseLossless(text).GetRoot().Resolution!);
        SubparagraphSyntax humanitarian = facts.Paragraphs.Single(p => p.NumberValue == 28).Subparagraphs.Single();
        Assert.Multiple(() =>
        {
            Assert.That(humanitarian.Subparagraphs.Count, Is.EqualTo(1));
            Assert.That(humanitarian.Subparagraphs[0].Body.ToString(), Does.StartWith("In support of the Malian authorities"));
            Assert.That(facts.Paragraphs.Select(p => p.Body.ToString()), Does.Contain("Other tasks"));
        });
    }
}
