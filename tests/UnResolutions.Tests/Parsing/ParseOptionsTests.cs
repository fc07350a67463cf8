using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary><see cref="ParseOptions.Language"/>: the language found from the text, forced, or unknown (English rules and UNR0005).</summary>
[TestFixture]
public class ParseOptionsTests
{
    private const string French = "Résolution adoptée par l’Assemblée générale le 9 décembre 2022\n77/1.\tUne résolution\n\tL’Assemblée générale,\n"
        + "\tRappelant sa résolution 70/1,\n\t1.\tPrie le Secrétaire général de lui faire rapport.\n";

    // A text without a header or formula in any language's words: only a forced language reads its lead phrases.
    private const string Headless = "\tRappelant sa résolution 70/1,\n\t1.\tPrie le Secrétaire général de lui faire rapport.\n";

    [Test]
    public void Without_options_the_language_is_the_texts()
    {
        ResolutionDocument d = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(French)).Single();
        Assert.That((d.Language, d.Preamble.Single().LeadPhrase, d.Operative.Single().LeadPhrase), Is.EqualTo(("fr", "Rappelant", "Prie")));
    }

    [Test]
    public void A_forced_language_reads_the_lead_phrases_with_its_lexicon()
    {
        var tree = ResolutionSyntaxTree.ParseText(Headless, new ParseOptions { Language = "FR" });
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        Assert.Multiple(() =>
        {
            Assert.That(tree.Options.Language, Is.EqualTo("FR"));
            Assert.That(d.Language, Is.EqualTo("fr"));
            Assert.That(d.Preamble.Select(p => p.LeadPhrase), Is.EqualTo(new[] { "Rappelant" }));
            Assert.That(ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(Headless)).Single().Preamble.Select(p => p.LeadPhrase), Is.EqualTo(new string?[] { null }));
        });
    }

    [Test]
    public void Forcing_english_on_a_french_text_reads_it_with_the_english_rules()
    {
        ResolutionDocument d = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(French, new ParseOptions { Language = "en" })).Single();
        Assert.That((d.Language, d.Preamble.Single().LeadPhrase), Is.EqualTo(("en", (string?)null)));
    }

    [Test]
    public void An_unknown_language_is_read_with_the_english_rules_and_a_warning()
    {
        var tree = ResolutionSyntaxTree.ParseText(French, new ParseOptions { Language = "ru" });
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        Assert.Multiple(() =>
        {
            Assert.That(tree.GetDiagnostics().Select(x => x.Code), Does.Contain("UNR0005"));
            Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(French), "lossless");
            // The header's phrases are read in every language; the lead phrases with the English rules.
            Assert.That((d.Language, d.Adoption.Date, d.Preamble.Single().LeadPhrase), Is.EqualTo(("fr", new DateOnly(2022, 12, 9), (string?)null)));
        });
    }
}
