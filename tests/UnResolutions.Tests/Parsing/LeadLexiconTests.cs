using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using UnResolutions.Diagnostics;
using UnResolutions.Model;
using UnResolutions.Parsing;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// The lead phrases learned from the UN's markup (<c>Parsing/LeadPhrases/lexicon.en.tsv</c>): per body, the longest
/// phrase that the UN usually italicizes, the grammar for phrases never seen, and the diagnostic that says so.
/// The documents are copies of dev documents (Fixtures/dev) with the UN's lead phrases next to them.
/// </summary>
[TestFixture]
public partial class LeadLexiconTests
{
    private static List<string> ExpectedLeadPhrases(string set, string name) =>
        DevFixtures.Expected(name, set)
            .GetProperty("preambleLeadPhrases").EnumerateArray().Select(e => e.GetString()!).ToList();

    private static List<RecitalSyntax> Recitals(string text, out ResolutionSyntaxTree tree)
    {
        tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
        return tree.GetRoot().DescendantNodes().OfType<RecitalSyntax>().ToList();
    }

    [Test]
    public void The_embedded_lexicon_loads_with_phrases_for_both_bodies()
    {
        LeadLexicon lexicon = LeadLexicon.English;
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.PhraseCount(Organ.GeneralAssembly), Is.GreaterThan(200));
            Assert.That(lexicon.PhraseCount(Organ.SecurityCouncil), Is.GreaterThan(50));
            Assert.That(LeadLexicon.Load("no such resource").PhraseCount(null), Is.Zero);
        });
    }

    [TestCase("ga", "A_RES_75_259")]
    [TestCase("ga", "A_RES_75_128")]
    [TestCase("sc", "S_RES_2606_2021")]
    public void Dev_documents_get_the_UNs_lead_phrases(string set, string name)
    {
        List<RecitalSyntax> recitals = Recitals(DevFixtures.Ods(name, set), out _);
        Assert.That(recitals.Select(r => r.LeadPhrase.Text), Is.EqualTo(ExpectedLeadPhrases(set, name)));
    }

    // The same words, italicized differently by the two bodies: the GA italicizes "Reaffirming its commitment",
    // the SC only "Reaffirming" (S/RES/2606 (2021): "Reaffirming its strong commitment to the sovereignty …").
    private const string GeneralAssembly = "\t\t\t\t75/128.\tSupport by the United Nations system of the efforts of Governments\n" +
        "\t\tThe General Assembly,\n" +
        "\t\tReaffirming its commitment to the sovereignty, independence, unity and territorial integrity of Sudan,\n" +
        "\t\tExpressing grave concern about the continued deterioration of the security situation,\n" +
        "\t\t1.\tDecides to remain seized of the matter.\n";

    private const string SecurityCouncil = "Resolution 2606 (2021)\n" +
        "Adopted by the Security Council at its 8904th meeting, on 15 November 2021\n" +
        "\tThe Security Council,\n" +
        "\tReaffirming its commitment to the sovereignty, independence, unity and territorial integrity of Sudan,\n" +
        "\tExpressing grave concern about the continued deterioration of the security situation,\n" +
        "\t1.\tDecides to remain seized of the matter.\n";

    [Test]
    public void The_body_of_the_resolution_chooses_the_lexicon()
    {
        List<RecitalSyntax> ga = Recitals(GeneralAssembly, out _);
        List<RecitalSyntax> sc = Recitals(SecurityCouncil, out _);
        Assert.Multiple(() =>
        {
            Assert.That(ga.Select(r => r.LeadPhrase.Text), Is.EqualTo(new[] { "Reaffirming its commitment", "Expressing grave concern" }));
            Assert.That(sc.Select(r => r.LeadPhrase.Text), Is.EqualTo(new[] { "Reaffirming", "Expressing" }));
        });
    }

    [Test]
    public void Each_resolution_of_a_file_has_its_own_body()
    {
        List<RecitalSyntax> recitals = Recitals(SecurityCouncil + "\n" + GeneralAssembly.Replace("\t\tThe General", "Resolution adopted by the General Assembly on 7 December 2020\n\t\tThe General", StringComparison.Ordinal), out _);
        Assert.That(recitals.Select(r => r.LeadPhrase.Text),
            Is.EqualTo(new[] { "Reaffirming", "Expressing", "Reaffirming its commitment", "Expressing grave concern" }));
    }

    [Test]
    public void The_longest_phrase_the_UN_usually_italicizes_wins()
    {
        LeadLexicon lexicon = LeadLexicon.English;
        string text = "Noting with great concern that the number of victims continues to rise,";
        Assert.Multiple(() =>
        {
            // "Noting", "Noting with great concern" are both phrases of the lexicon: the longest wins.
            Assert.That(text[..lexicon.Match(text, Organ.GeneralAssembly)], Is.EqualTo("Noting with great concern"));
            // In the GA, "Stressing the importance" is italic in 2 of about 100 recitals that start so: "Stressing" wins.
            Assert.That(lexicon.Match("Stressing the importance of a comprehensive approach,", Organ.GeneralAssembly), Is.EqualTo("Stressing".Length));
            // A non-breaking space in the text matches the lexicon's space.
            Assert.That(lexicon.Match("Bearing\u00A0in mind the Charter,", Organ.GeneralAssembly), Is.EqualTo("Bearing in mind".Length));
            // A word must end where the phrase does.
            Assert.That(lexicon.Match("Recallings", Organ.GeneralAssembly), Is.Zero);
            // Unknown body: the General Assembly's lexicon.
            Assert.That(lexicon.Match("Reaffirming its commitment to peace,", null), Is.EqualTo("Reaffirming its commitment".Length));
        });
    }

    [Test]
    public void A_trailing_word_the_UN_keeps_in_the_italics_extends_a_phrase_the_lexicon_knows_nothing_longer_for()
    {
        // "Deeply concerned further" is in no lexicon learned from the dev sets of session 75 (it is in session 76):
        // "further" after a lead phrase is inside the italics in nearly every GA recital.
        var lexicon = LeadLexicon.Parse(new StringReader(
            "body\tkind\tphrase\tlead\tstarts\tcovers\n" +
            "GA\trecital\tDeeply concerned\t10\t10\t10\n" +
            "GA\trecital\tRecalling\t10\t12\t12\n" +
            "GA\trecital\tRecalling further\t2\t2\t2\n" +
            "GA\ttrailing\tfurther\t400\t401\t400\n" +
            "GA\ttrailing\tequally\t2\t2\t2\n"));
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.Match("Deeply concerned further about the situation,", Organ.GeneralAssembly), Is.EqualTo("Deeply concerned further".Length));
            Assert.That(lexicon.Match("Recalling further its resolution,", Organ.GeneralAssembly), Is.EqualTo("Recalling further".Length));
            // Seen too rarely to count.
            Assert.That(lexicon.Match("Deeply concerned equally about it,", Organ.GeneralAssembly), Is.EqualTo("Deeply concerned".Length));
        });
    }

    [Test]
    public void A_lead_phrase_the_lexicon_does_not_know_comes_from_the_grammar_with_an_info_diagnostic()
    {
        string text = SecurityCouncil.Replace("\tExpressing grave concern about", "\tSolemnly pledging its support for", StringComparison.Ordinal);
        List<RecitalSyntax> recitals = Recitals(text, out ResolutionSyntaxTree tree);
        List<Diagnostic> diagnostics = tree.GetDiagnostics().Where(d => d.Code == DiagnosticDescriptors.LeadPhraseFromGrammar.Code).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(recitals[1].LeadPhrase.Text, Is.EqualTo("Solemnly pledging its support"));
            Assert.That(diagnostics, Has.Count.EqualTo(1));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Info));
            Assert.That(diagnostics[0].Span, Is.EqualTo(recitals[1].LeadPhrase.Span));
            Assert.That(diagnostics[0].Message, Does.Contain("'Solemnly pledging its support'"));
        });
    }

    [Test]
    public void A_leading_adverb_the_lexicon_does_not_know_takes_the_lexicons_phrase_for_the_rest()
    {
        // S/RES/2577 (2021): "Also expressing grave concern at the threat to peace and security" is italicized
        // "Also expressing", as the SC's "Expressing" grave concern (a lexicon learned from 2020 alone does not know
        // "Also expressing"; this one does). "Further commending" is in no lexicon: the SC's "Further" is italicized
        // alone once, and 16 times with more ("Further recalling"), so it says nothing of where these italics stop.
        const string recital = "Also expressing grave concern at the threat to peace and security,";
        const string unseen = "Further commending the efforts of the African Union,";
        Assert.Multiple(() =>
        {
            Assert.That(recital[..LeadPhrases.Measure(recital, Organ.SecurityCouncil).Length], Is.EqualTo("Also expressing"));
            Assert.That(unseen[..LeadPhrases.Measure(unseen, Organ.SecurityCouncil).Length], Is.EqualTo("Further commending"));
            Assert.That(LeadPhrases.Measure(unseen, Organ.SecurityCouncil).FromGrammar, Is.True);
        });
    }

    /// <summary>The lead phrase that the grammar alone reads.</summary>
    private static string Lead(string text) => text[..LeadPhrases.Measure(text).Length];

    /// <summary>
    /// Session 76 (A/RES/76/124, 76/128, 76/144 …): recitals that the lexicon of session 75 does not know, italicized whole.
    /// </summary>
    [TestCase("Expressing gravest concerns about the humanitarian situation,", "Expressing gravest concerns")]
    [TestCase("Expressing further concern that children often face", "Expressing further concern")]
    [TestCase("Expressing its unequivocal support for the Olympic Truce,", "Expressing its unequivocal support")]
    public void The_grammar_reads_the_feelings_the_UN_expresses_most_strongly(string text, string lead) =>
        Assert.That(Lead(text), Is.EqualTo(lead));

    [Test]
    public void A_recital_lead_phrase_does_not_take_an_operative_paragraph_that_starts_like_one()
    {
        // The SC lexicon knows "Further" alone ("Further recalling" is italicized "Further" once); "Further requests"
        // is an operative paragraph, whatever the lexicon says.
        const string text = "Resolution 2606 (2021)\n" +
            "Adopted by the Security Council at its 8904th meeting, on 15 November 2021\n" +
            "\tThe Security Council,\n" +
            "\tRecalling its resolutions,\n" +
            "\t1.\tRequests the Secretary-General to report;\n" +
            "\tFurther requests the Secretary-General to keep it informed;\n" +
            "\t2.\tDecides to remain seized of the matter.\n";
        ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseText(text);
        var paragraphs = tree.GetRoot().DescendantNodes().OfType<OperativeParagraphSyntax>().ToList();
        Assert.That(paragraphs.Select(p => p.LeadPhrase.Text), Is.EqualTo(new[] { "Requests", "Further requests", "Decides" }));
    }

    [Test]
    public void An_operative_further_before_a_noun_stays_outside_the_lead_phrase()
    {
        // A/RES/80/110: "Encourages further research into, and testing of, technologies …" is italicized "Encourages".
        Assert.Multiple(() =>
        {
            Assert.That(Lead("Encourages further research into, and testing of, technologies"), Is.EqualTo("Encourages"));
            Assert.That(Lead("Encourages further efforts to strengthen cooperation;"), Is.EqualTo("Encourages"));
            Assert.That(Lead("Decides further that the mandate shall be extended;"), Is.EqualTo("Decides further"));
            Assert.That(Lead("Requests further the Secretary-General to report;"), Is.EqualTo("Requests further"));
            Assert.That(Lead("Recalls further resolution 70/1;"), Is.EqualTo("Recalls further"));
            // Recitals keep it: "Noting further other measures taken" is italicized "Noting further".
            Assert.That(Lead("Noting further other measures taken to implement resolutions,"), Is.EqualTo("Noting further"));
            // A/RES/76/245, a recital the lexicon does not know: "Having further considered the notes by the Secretary-General".
            Assert.That(Lead("Having further considered the notes by the Secretary-General"), Is.EqualTo("Having further considered"));
        });
    }

    private static IEnumerable<string> AknNames() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "akn"), "*.xml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>The italic span that opens each operative paragraph of the UN's Akoma Ntoso markup, with the paragraph's text.</summary>
    private static List<(string Italic, string Text)> AknOperativeLeads(string name)
    {
        XNamespace akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
        XDocument xml = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "akn", name + ".xml"));
        var leads = new List<(string, string)>();
        foreach (XElement paragraph in xml.Descendants(akn + "mainBody").Where(b => !b.Ancestors(akn + "attachments").Any()).Descendants(akn + "paragraph"))
        {
            XElement? p = paragraph.Element(akn + "content")?.Element(akn + "p");
            XNode? first = p?.Nodes().FirstOrDefault(n => n is not XText t || !string.IsNullOrWhiteSpace(t.Value));
            if (first is XElement { Name.LocalName: "span" } span && (string?)span.Attribute("class") == "italic" && !span.HasElements)
            {
                leads.Add((Normalize(span.Value), Normalize(p!.Value)));
            }
        }
        return leads;
    }

    private static string Normalize(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>
    /// The operative lead phrases agree with the UN's italics in the Akoma Ntoso markup of the fixtures. The markup is not
    /// consistent with itself ("Notes" in this regard in one resolution, "Recognizes in this regard" whole in
    /// another; the SC's "Expresses" its intention), so the floor is 99 % of the paragraphs, not all.
    /// </summary>
    [Test]
    public void Operative_lead_phrases_agree_with_the_italics_of_the_akoma_ntoso_markup()
    {
        int compared = 0;
        var wrong = new List<string>();
        foreach (string name in AknNames())
        {
            ResolutionDocument d = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(Fixtures.Ods(name))).Single();
            List<Paragraph> operative = [.. d.Operative, .. d.Parts.SelectMany(p => p.Operative)];
            var mine = operative.Where(p => p.LeadPhrase != null)
                .Select(p => (Lead: p.LeadPhrase!, Text: Normalize(p.LeadPhrase + " " + p.Text))).ToList();
            foreach ((string italic, string text) in AknOperativeLeads(name))
            {
                string key = text[..Math.Min(40, text.Length)];
                (string Lead, string Text) match = mine.FirstOrDefault(m => m.Text.StartsWith(key, StringComparison.Ordinal));
                if (match.Lead == null) { continue; }
                compared++;
                if (match.Lead != italic) { wrong.Add($"{name}: '{match.Lead}' for the UN's '{italic}'"); }
            }
        }
        Assert.That(compared, Is.GreaterThan(500));
        Assert.That(100.0 * (compared - wrong.Count) / compared, Is.GreaterThanOrEqualTo(99.0), string.Join("\n", wrong));
        TestContext.Out.WriteLine($"{compared - wrong.Count} of {compared} agree; {string.Join("; ", wrong)}");
    }
}
