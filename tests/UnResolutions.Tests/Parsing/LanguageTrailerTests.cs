using UnResolutions.Diagnostics;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>The ODS trailer of French and Spanish resolutions: the masthead ("Nations Unies…Distr. générale") and the agenda item ("Point 16 de l’ordre du jour").</summary>
[TestFixture]
public class LanguageTrailerTests
{
    [TestCase("ga-fr", "A_RES_75_202", "générale", "Soixante-quinzième session", "16")]
    [TestCase("ga-es", "A_RES_75_202", "general", "Septuagésimo quinto período de sesiones", "16")]
    [TestCase("ga-es", "A_RES_75_11", "general", null, "130 d)")]
    public void The_trailer_of_a_french_or_spanish_resolution_is_read(string set, string name, string distribution, string? session, string agendaItem)
    {
        var tree = ResolutionSyntaxTree.ParseText(File.ReadAllText(LanguageHeaderTests.PathOf(set, "ods", name)));
        OdsData? ods = ResolutionModel.FromTree(tree).Last().Ods;
        Assert.Multiple(() =>
        {
            Assert.That(ods?.Symbols, Does.Contain(name.Replace('_', '/')));
            Assert.That(ods?.Distribution, Is.EqualTo(distribution));
            if (session != null) { Assert.That(ods?.SessionName, Is.EqualTo(session)); }
            Assert.That(ods?.AgendaItem, Is.EqualTo(agendaItem));
            Assert.That(tree.GetDiagnostics().Where(d => d.Code == DiagnosticDescriptors.UnknownTrailerLine.Code), Is.Empty);
        });
    }

    [TestCase("Point 3")] // French: the words "de l’ordre du jour" say it is an agenda item
    [TestCase("Tema 3 de debate")]
    public void A_line_without_the_languages_tail_is_no_agenda_item(string line)
    {
        Assert.That(UnResolutions.Parsing.LineGrammar.MatchAgendaItem(line), Is.Null);
    }
}
