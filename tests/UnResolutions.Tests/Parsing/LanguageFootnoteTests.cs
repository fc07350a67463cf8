using System.Text;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// Footnote references in the typography of French and Spanish: before the punctuation (<c>résolution 74/912 ;</c>,
/// where English writes <c>resolution 74/91;2</c>), glued between a word and a function word (<c>Sostenible2y el</c>),
/// after the number of a goal (<c>no 142</c>, <c>núm. 142</c>).
/// </summary>
[TestFixture]
public class LanguageFootnoteTests
{
    /// <summary>A resolution in the ODS layout of its language, with these recitals and footnotes 1 to <paramref name="footnotes"/>.</summary>
    private static string Resolution(string language, int footnotes, params string[] recitals)
    {
        var text = new StringBuilder();
        text.Append(language switch
        {
            "fr" => "Résolution adoptée par l’Assemblée générale le 9 décembre 2022\n[sans renvoi à une grande commission (A/77/L.1)]\n77/1.\tUne résolution\n\tL’Assemblée générale,\n",
            "es" => "Resolución aprobada por la Asamblea General el 9 de diciembre de 2022\n[sin remisión previa a una Comisión Principal (A/77/L.1)]\n77/1.\tUna resolución\n\tLa Asamblea General,\n",
            _ => "Resolution adopted by the General Assembly on 9 December 2022\n[without reference to a Main Committee (A/77/L.1)]\n77/1.\tA resolution\n\tThe General Assembly,\n",
        });
        foreach (string recital in recitals) { text.Append('\t').Append(recital).Append('\n'); }
        text.Append("\t1.\tDecide;\n\n46th plenary meeting\n9 December 2022\n\n");
        for (int n = 1; n <= footnotes; n++) { text.Append(n).Append(" A/77/").Append(100 + n).Append(".\n"); }
        return text.ToString();
    }

    private static IEnumerable<int> Refs(string text) => DevFixtures.TreeRefs(ResolutionSyntaxTree.ParseText(text));

    [TestCase("fr", "Rappelant sa résolution 74/912\u00A0;")] // before the no-break space and the semicolon
    [TestCase("fr", "Rappelant sa décision XII/32,")] // after a roman session: XII/3 and note 2
    [TestCase("es", "Recordando su resolución 74/712,")]
    [TestCase("fr", "Rappelant l’objectif de développement durable no\u00A0142,")]
    [TestCase("es", "Recordando el Objetivo de Desarrollo Sostenible núm. 142,")]
    [TestCase("es", "Recordando la Cumbre Mundial sobre el Desarrollo Sostenible2y el Plan de Aplicación,")]
    [TestCase("fr", "Rappelant les objectifs de développement durable nos 5 et 162,")] // after a space, before the comma
    [TestCase("es", "Recordando los comunicados de las reuniones ministeriales 48ª2 y 49ª del Comité,")] // after an ordinal indicator
    [TestCase("es", "Recordando la Declaración Universal de Derechos Humanos\u200E2 y reafirmando,")] // after a left-to-right mark
    [TestCase("es", "Recordando el acceso equitativo a las vacunas contra la COVID\u2011192,")] // COVID-19 with a no-break hyphen
    public void A_reference_in_french_or_spanish_typography_is_found(string language, string recital)
    {
        string text = Resolution(language, 2, language == "fr" ? "Rappelant la Convention1," : "Recordando la Convención1,", recital);
        Assert.That(Refs(text), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void A_symbols_number_that_starts_like_a_year_is_not_a_year_with_a_note()
    {
        // "75/19212,": resolution 75/192 and note 12 (76/179), not the year 1921 and note 2.
        string[] recitals = [.. Enumerable.Range(1, 11).Select(n => $"Rappelant l’instrument{n},"), "Rappelant ses résolutions 73/263 et 75/19212,"];
        Assert.That(Refs(Resolution("fr", 12, recitals)), Is.EqualTo(Enumerable.Range(1, 12)));
    }

    [Test]
    public void A_group_of_thousands_before_the_punctuation_is_no_reference()
    {
        // "1 772," with a no-break space between the groups: not "1 77" and note 2, even where note 2 is expected.
        Assert.That(Refs(Resolution("fr", 2, "Rappelant la Convention1,", "Notant que le montant atteint 1\u00A0772,")), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public void In_english_the_end_of_a_resolution_number_before_the_punctuation_is_the_number()
    {
        // English sets the note after the punctuation ("resolution 74/91;2"): "74/912;" is resolution 74/912.
        Assert.That(Refs(Resolution("en", 2, "Recalling the Convention1,", "Recalling its resolution 74/912;")), Is.EqualTo(new[] { 1 }));
    }
}
