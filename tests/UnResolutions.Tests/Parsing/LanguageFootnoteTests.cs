using System.Text;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// Footnote references in the typography of French and Spanish: before the punctuation (<c>résolution 74/912 ;</c>,
/// where English writes <c>resolution 74/91;2</c>), glued between a word and a function word (<c>Sostenible2y el</c>),
/// after the number of a goal (<c>no 142</c>, <c>núm. 142</c>), apart before the punctuation (<c>du Secrétaire général
/// 12, qui</c>), after a symbol before a word (<c>résolution 74/542 et</c>).
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
    [TestCase("fr", "Rappelant le rapport du Secrétaire général 2, qui en rend compte,")] // apart, before the comma
    [TestCase("fr", "Rappelant la Convention de 1973, telle que modifiée par le Protocole de 1978 y relatif 2\u00A0;")] // apart, ending the paragraph
    [TestCase("es", "Recordando el documento final titulado \"Mujer 2000: paz para el siglo XXI\" 2, el Programa de Acción,")] // apart, after a quote
    [TestCase("es", "Recordando los informes sobre sus períodos de sesiones 31º 2 y 32º,")] // apart, after an ordinal
    [TestCase("fr", "Prenant acte du rapport soumis en application de la résolution 74/542 et se félicitant de son établissement,")] // a symbol, before a word
    [TestCase("fr", "Rappelant la résolution 41/462 du Conseil des droits de l’homme,")] // before a function word that no date follows
    [TestCase("fr", "Prenant note du rapport de la Cour pénale internationale pour 2019/202\u00A0;")] // 2019/20 and note 2
    [TestCase("es", "Recordando la decisión CBD/NP/MOP/DEC/2/72, así como la labor,")] // a treaty body's decision 2/7
    [TestCase("fr", "Rappelant la mise en œuvre de la résolution73/2902,")] // a symbol glued to the word before it
    [TestCase("fr", "Rappelant les travaux de la session de 20192et qui ont été menés,")] // a year, the note, a function word
    [TestCase("fr", "Rappelant la stratégie de l’Organisation mondiale de la Sant2é,")] // inside a capitalized word
    [TestCase("fr", "Notant une proportion de 69\u00A0%2 de la population,")] // after a percentage's sign
    [TestCase("fr", "Rappelant l’objectif de développement durable no°22,")] // glued to the sign of "number"
    [TestCase("es", "Recordando los párrafos 1 y 192, y solicitando,")] // 19 ending a list of numbers, and note 2 (not the year 1922)
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
    public void A_note_apart_then_another_at_the_end_of_a_paragraph_are_both_found()
    {
        // "en 20142, 3,": the year 2014 and note 2, then note 3 apart before the final comma (76/23).
        string text = Resolution("es", 3, "Recordando la Convención1,", "Acogiendo con beneplácito la presentación de su versión actualizada en 20142, 3,");
        Assert.That(Refs(text), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [TestCase("fr", "Rappelant ses résolutions 76/222 du 17 décembre 2021,")] // a symbol before a date: 76/222
    [TestCase("fr", "Rappelant les paragraphes 1 et 2, qui en disposent,")] // a number after a function word: a list
    [TestCase("es", "Recordando la decisión 2019/202 del Consejo Económico y Social,")] // a decision of the Council, numbered from 201
    [TestCase("fr", "Rappelant l’article 22.2, qui en dispose,")] // a number with its decimal point
    [TestCase("es", "Recordando los acuerdos de 1992, que siguen vigentes,")] // a year: not 199 and note 2
    [TestCase("en", "Recalling the report of the Secretary-General 2, which,")] // English sets its notes glued, after the punctuation
    public void A_number_that_only_looks_like_a_note_apart_is_no_reference(string language, string recital)
    {
        string first = language switch { "fr" => "Rappelant la Convention1,", "es" => "Recordando la Convención1,", _ => "Recalling the Convention1," };
        Assert.That(Refs(Resolution(language, 2, first, recital)), Is.EqualTo(new[] { 1 }));
    }

    [TestCase("fr", "Rappelant l’accord¹, la Convention² et l’article 2 de la Charte,")]
    [TestCase("en", "Recalling the Agreement ¹ and the Convention²;")] // apart, and after a word
    public void Superscript_digits_are_references_wherever_they_stand(string language, string recital)
    {
        ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseText(Resolution(language, 2, recital));
        Assert.That(DevFixtures.TreeRefs(tree), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(ResolutionModel.FromTree(tree).Single().Preamble[0].FootnoteRefs, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(Resolution(language, 2, recital)));
    }

    [Test]
    public void A_digit_glued_to_a_short_function_word_is_no_repeated_reference()
    {
        // "información a1 Consejo" is "al" misprinted (75/290 A): not a second citation of note 1.
        string text = Resolution("es", 1, "Recordando la Convención1,", "Recordando que el Consejo podrá suministrar información a1 Consejo de Seguridad,");
        Assert.That(Refs(text), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public void A_resolution_whose_language_only_its_parts_say_reads_its_notes_in_that_language()
    {
        // The plural adoption line ("Resoluciones aprobadas …", 76/84 A-B) says no language; the formulas of the parts do.
        string text = "Resoluciones aprobadas por la Asamblea General el 9 de diciembre de 2021\n[sin remisión previa a una Comisión Principal (A/76/L.1)]\n"
            + "76/84.\tCuestiones relativas a la información\n\nA\nLa información al servicio de la humanidad\n\n\tLa Asamblea General,\n"
            + "\tTomando nota del informe del Comité1,\n\t1.\tToma nota del informe del Secretario General2y de las resoluciones del Consejo;\n\n"
            + "B\nPolíticas de comunicación\n\n\tLa Asamblea General,\n\t1.\tDecide;\n\n54a sesión plenaria\n9 de diciembre de 2021\n\n"
            + "1 A/76/21.\n2 A/76/250.\n";
        Assert.That(Refs(text), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void In_english_the_end_of_a_resolution_number_before_the_punctuation_is_the_number()
    {
        // English sets the note after the punctuation ("resolution 74/91;2"): "74/912;" is resolution 74/912.
        Assert.That(Refs(Resolution("en", 2, "Recalling the Convention1,", "Recalling its resolution 74/912;")), Is.EqualTo(new[] { 1 }));
    }
}
