using System.Text.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// The lead phrases of French and Spanish resolutions: the recitals' against the italics of the UN's markup of the
/// documents of Fixtures/languages, read with each language's lexicon (<c>lexicon.fr.tsv</c>, <c>lexicon.es.tsv</c>),
/// and the fallback grammar and operative verbs of each language's table on lines of the same shapes.
/// </summary>
[TestFixture]
public class LanguageLeadPhraseTests
{
    private static string PathOf(string set, string kind, string name) => LanguageHeaderTests.PathOf(set, kind, name);

    [TestCase("ga-fr", "A_RES_75_17")]
    // Not A_RES_75_202 (ga-fr): its "*Réaffirmant sa volonté*" is italicized whole in a minority of the recitals that open
    // with it; the lexicon takes the majority ("Réaffirmant").
    [TestCase("ga-fr", "A_RES_75_239")]
    [TestCase("ga-fr", "A_RES_76_243")]
    [TestCase("ga-es", "A_RES_75_11")]
    [TestCase("ga-es", "A_RES_75_202")]
    [TestCase("ga-es", "A_RES_75_239")]
    [TestCase("ga-es", "A_RES_75_249")]
    [TestCase("ga-es", "A_RES_75_91")]
    [TestCase("sc-fr", "S_RES_2504_2020")]
    [TestCase("sc-fr", "S_RES_2532_2020")]
    [TestCase("sc-es", "S_RES_2504_2020")]
    public void The_recitals_lead_phrases_are_the_italics_of_the_UNs_markup(string set, string name)
    {
        ResolutionDocument d = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(File.ReadAllText(PathOf(set, "ods", name)))).Last();
        JsonElement e = JsonDocument.Parse(File.ReadAllText(PathOf(set, "expected", name))).RootElement;
        string?[] expected = [.. e.GetProperty("preambleLeadPhrases").EnumerateArray().Select(p => Accuracy.AccuracyScorer.Norm(p.GetString()))];
        Assert.That(expected, Is.Not.Empty);
        Assert.That(d.Preamble.Select(r => Accuracy.AccuracyScorer.Norm(r.LeadPhrase)), Is.EqualTo(expected));
    }

    private static ResolutionDocument Parse(string adoption, string formula, string recital, string operative) =>
        ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(
            adoption + "\r\n\r\n79/1.\tTitre\r\n\r\n\t" + formula + ",\r\n\r\n\t" + recital + ",\r\n\r\n\t1.\t" + operative + ";\r\n")).Single();

    private const string FrenchGa = "Résolution adoptée par l’Assemblée générale le 4 décembre 2024";
    private const string SpanishGa = "Resolución aprobada por la Asamblea General el 4 de diciembre de 2024";

    // The lexicon's phrases.
    [TestCase(FrenchGa, "L’Assemblée générale", "Prenant note avec satisfaction du rapport", "Prenant note avec satisfaction")]
    [TestCase(FrenchGa, "L’Assemblée générale", "Ayant à l'esprit sa résolution 70/1", "Ayant à l'esprit")] // the straight apostrophe as the typographic one
    [TestCase(SpanishGa, "La Asamblea General", "Acogiendo con beneplácito el informe", "Acogiendo con beneplácito")]
    [TestCase(SpanishGa, "La Asamblea General", "Recordando también su resolución 70/1", "Recordando también")]
    // The fallback grammar: words the lexicon has never seen, a participle or an adjective agreeing with l’Assemblée.
    [TestCase(FrenchGa, "L’Assemblée générale", "Escomptant également que les États", "Escomptant également")]
    [TestCase(FrenchGa, "L’Assemblée générale", "Singulièrement ébranlée par les événements", "Singulièrement ébranlée")]
    [TestCase(SpanishGa, "La Asamblea General", "Previendo además que los Estados", "Previendo además")]
    [TestCase(SpanishGa, "La Asamblea General", "Hondamente entristecida por los hechos", "Hondamente entristecida")]
    public void A_recital_has_its_languages_lead_phrase(string adoption, string formula, string recital, string lead)
    {
        ResolutionDocument d = Parse(adoption, formula, recital, "Décide de rester saisie de la question");
        Assert.That(d.Preamble.Select(r => r.LeadPhrase), Is.EqualTo(new[] { lead }));
    }

    [TestCase(FrenchGa, "L’Assemblée générale", "Prie le Secrétaire général", "Prie")]
    [TestCase(FrenchGa, "L’Assemblée générale", "Se félicite des progrès accomplis", "Se félicite")]
    [TestCase(FrenchGa, "L’Assemblée générale", "Prend note du rapport", "Prend note")]
    [TestCase(SpanishGa, "La Asamblea General", "Solicita al Secretario General", "Solicita")]
    [TestCase(SpanishGa, "La Asamblea General", "Toma nota del informe", "Toma nota")]
    [TestCase("Adoptée par le Conseil de sécurité à sa 9575e séance, le 14 mars 2024", "Le Conseil de sécurité", "Décide de proroger le mandat", "Décide")]
    public void An_operative_paragraph_has_its_languages_verb(string adoption, string formula, string operative, string lead)
    {
        ResolutionDocument d = Parse(adoption, formula, "Rappelant sa résolution 70/1", operative);
        Assert.That(d.Operative.Select(p => p.LeadPhrase), Is.EqualTo(new[] { lead }));
    }
}
