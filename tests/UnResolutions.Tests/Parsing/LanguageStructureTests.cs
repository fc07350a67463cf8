using System.Text;
using UnResolutions.Diagnostics;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// The structure of French and Spanish resolutions where their texts differ from the English ones: paragraph numbers
/// without their full stop, an adoption line that contradicts the closing, unnumbered operative paragraphs, parts under
/// a singular adoption line, section labels on their title's line, and the labels and titles of long lists.
/// </summary>
[TestFixture]
public class LanguageStructureTests
{
    private const string FrenchHeader = "Résolution adoptée par l’Assemblée générale le 16 décembre 2020\n75/185.\tUne résolution\n\tL’Assemblée générale,\n\tRappelant ses résolutions antérieures,\n";

    private static (ResolutionDocument Document, ResolutionSyntaxTree Tree) Parse(string text)
    {
        ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text), "lossless");
        return (ResolutionModel.FromTree(tree).Last(), tree);
    }

    private static string[] Codes(ResolutionSyntaxTree tree) => tree.GetDiagnostics().Select(d => d.Code).ToArray();

    // 75/185 (French): "\t42.\tInvite …" then "\t43\tInvite …" then "\t44.\tDemande …".
    [TestCase("\t1.\tPrie le Secrétaire général d’agir ;\n\t2\tInvite les États à agir ;\n\t3.\tDécide de rester saisie de la question.\n", new[] { "1", "2", "3" }, 1)]
    // The first paragraph without its stop: the next one continues from it.
    [TestCase("\t1\tPrie le Secrétaire général d’agir ;\n\t2.\tDécide de rester saisie de la question.\n", new[] { "1", "2" }, 1)]
    // Two in a row (75/302: "\t41\tPrie …", "\t42\tPrie également …").
    [TestCase("\t1.\tPrie le Secrétaire général d’agir ;\n\t2\tPrie également le Secrétaire général ;\n\t3\tInvite les États ;\n\t4.\tDécide de rester saisie de la question.\n", new[] { "1", "2", "3", "4" }, 2)]
    public void A_paragraph_number_without_its_full_stop_that_continues_the_numbering_is_a_number(string body, string[] numbers, int unstopped)
    {
        (ResolutionDocument d, ResolutionSyntaxTree tree) = Parse(FrenchHeader + body);
        Assert.Multiple(() =>
        {
            Assert.That(d.Operative.Select(p => p.Number), Is.EqualTo(numbers));
            Assert.That(d.Operative.Select(p => p.LeadPhrase), Has.None.Null);
            Assert.That(Codes(tree).Count(c => c == "UNR0125"), Is.EqualTo(unstopped));
            Assert.That(Codes(tree), Has.None.EqualTo("UNR0104"));
        });
    }

    [Test]
    public void A_number_out_of_the_sequence_or_an_unindented_one_is_no_paragraph_number()
    {
        // "7" does not follow 1; the unindented "2\tVoir …" is a footnote line's shape.
        (ResolutionDocument d, ResolutionSyntaxTree tree) = Parse(FrenchHeader
            + "\t1.\tPrie le Secrétaire général d’agir :\n\t7\tObjets de dépense ;\n\t2.\tDécide de rester saisie de la question.\n\n47e séance plénière\n16 décembre 2020\n\n1 Voir la résolution 70/1.\n2\tVoir la résolution 70/2.\n");
        Assert.Multiple(() =>
        {
            Assert.That(d.Operative.Where(p => p.Number != null).Select(p => p.Number), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(Codes(tree), Has.None.EqualTo("UNR0125"));
        });
    }

    // The English text of 75/68 sets "\t3\tCalls upon …" between 2. and 4.: the same rule, in every language.
    [Test]
    public void The_rule_is_the_same_in_English()
    {
        (ResolutionDocument d, _) = Parse("\tThe General Assembly,\n\t1.\tUrges all States to act;\n\t2.\tCalls for continued efforts;\n\t3\tCalls upon all Member States to act;\n\t4.\tDecides to remain seized of the matter.\n");
        Assert.That(d.Operative.Select(p => p.Number), Is.EqualTo(new[] { "1", "2", "3", "4" }));
    }

    // 76/39 (Spanish): "… el 7 de diciembre de 2020" above "45a sesión plenaria" / "6 de diciembre de 2021".
    [TestCase("6 de diciembre de 2021", "2021-12-06", true)]
    // 75/250 B: a closing that is no calendar date leaves the adoption line's.
    [TestCase("31 de junio de 2021", "2020-12-07", false)]
    [TestCase("7 de diciembre de 2020", "2020-12-07", false)]
    public void An_adoption_line_that_contradicts_the_closing_yields_to_it(string closing, string date, bool reported)
    {
        (ResolutionDocument d, ResolutionSyntaxTree tree) = Parse("Resolución aprobada por la Asamblea General el 7 de diciembre de 2020\n76/39.\tUna resolución\n\tLa Asamblea General,\n"
            + "\tRecordando sus resoluciones,\n\t1.\tDecide seguir ocupándose de la cuestión.\n\n45a sesión plenaria\n" + closing + "\n");
        Assert.Multiple(() =>
        {
            Assert.That(d.Adoption.Date?.ToString("yyyy-MM-dd"), Is.EqualTo(date));
            Assert.That(Codes(tree).Contains("UNR0126"), Is.EqualTo(reported));
        });
        if (reported)
        {
            Diagnostic diagnostic = tree.GetDiagnostics().Single(x => x.Code == "UNR0126");
            Assert.That(diagnostic.LineSpan.Start.Line, Is.EqualTo(0), "at the adoption line's date");
        }
    }

    // 75/286: four recitals, then "Nomme M. António Guterres … 2026." before the closing: the resolution's one operative paragraph.
    [TestCase("\tNomme M. António Guterres Secrétaire général pour un mandat allant du 1er janvier 2022 au 31 décembre 2026.\n", 1)]
    // 75/1: "Adopte la déclaration suivante :" after the formula, then the declaration's numbered paragraphs.
    [TestCase("\tAdopte la déclaration suivante :\n\t1.\tNous, chefs d’État, nous sommes réunis.\n", 2)]
    public void An_unnumbered_paragraph_ending_with_a_full_stop_or_a_colon_is_operative(string last, int operative)
    {
        (ResolutionDocument d, _) = Parse(FrenchHeader + "\tAyant examiné la recommandation du Conseil,\n" + last + "\n82e séance plénière\n18 juin 2021\n");
        Assert.Multiple(() =>
        {
            Assert.That(d.Preamble.Select(p => p.LeadPhrase), Is.EqualTo(new[] { "Rappelant", "Ayant examiné" }));
            Assert.That(d.Operative, Has.Count.EqualTo(operative));
            Assert.That(d.Operative[0].Number, Is.Null);
        });
    }

    [Test]
    public void A_recital_with_no_known_lead_phrase_that_ends_with_a_comma_stays_a_recital()
    {
        (ResolutionDocument d, _) = Parse(FrenchHeader + "\tForte de son expérience dans ce domaine,\n\t1.\tDécide de rester saisie de la question.\n");
        Assert.That((d.Preamble.Count, d.Operative.Count), Is.EqualTo((2, 1)));
    }

    // 76/247 A-C (French): "Résolution adoptée" (singular) over parts A, B, C whose formulas lack their comma.
    [Test]
    public void Parts_under_a_singular_adoption_line_are_one_resolution()
    {
        static string Part(char letter) => $"{letter}\nTitre de la partie {letter}\n\n\tL’Assemblée générale\n\tDécide que, pour 2022 :\n\t1.\tDes crédits sont ouverts.\n\n54e séance plénière (reprise)\n24 décembre 2021\n\n";
        ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseText("Résolution adoptée par l’Assemblée générale le 24 décembre 2021\n76/247.\tBudget-programme de 2022\n\n" + Part('A') + Part('B') + Part('C'));
        IReadOnlyList<ResolutionDocument> documents = ResolutionModel.FromTree(tree);
        Assert.Multiple(() =>
        {
            Assert.That(documents, Has.Count.EqualTo(1));
            Assert.That(documents[0].Parts.Select(p => p.Label), Is.EqualTo(new[] { "A", "B", "C" }));
            Assert.That(documents[0].Title, Is.EqualTo("Budget-programme de 2022"));
        });
    }

    private const string LongTitle = "Demande de subvention pour l’Institut des Nations Unies pour la recherche sur le désarmement présentée suivant les "
        + "recommandations de son conseil d’administration concernant le programme de travail de l’Institut, et prévisions de dépenses";

    // 75/253 (French): "\t\tI Demande de subvention …" (a title longer than a heading's), where English sets "\t\tI" and its
    // title on two lines: sections of the operative part, each opening with an unnumbered "Ayant examiné …", as the UN's
    // markup reads them in every language (no preamble).
    [Test]
    public void A_section_label_on_its_titles_line_is_a_section_heading()
    {
        (ResolutionDocument d, ResolutionSyntaxTree tree) = Parse("Résolution adoptée par l’Assemblée générale le 31 décembre 2020\n75/253.\tQuestions spéciales\n\tL’Assemblée générale,\n"
            + $"\t\tI {LongTitle}\n\tAyant examiné la note du Secrétaire général,\n\t1.\tPrend acte de la note ;\n"
            + "\t\tII Prévisions révisées\n\tAyant examiné le rapport,\n\t1.\tPrend acte du rapport ;\n\t2.\tApprouve les prévisions.\n");
        Assert.Multiple(() =>
        {
            Assert.That(d.Preamble, Is.Empty);
            Assert.That(d.Operative.Select(p => p.Number), Is.EqualTo(new[] { null, "1", null, "1", "2" }));
            Assert.That(d.Operative.Select(p => p.Text), Has.None.Contains("subvention pour"));
            Assert.That(tree.GetRoot().DescendantNodes().OfType<HeadingSyntax>().Select(h => h.Label.Text), Is.SupersetOf(new[] { "I", "II" }));
        });
    }

    [Test]
    public void A_one_letter_label_and_a_word_indented_by_one_tab_is_prose()
    {
        (ResolutionDocument d, _) = Parse(FrenchHeader + "\tA cet égard, rappelant ses résolutions,\n\t1.\tDécide de rester saisie de la question.\n");
        Assert.That(d.Preamble, Has.Count.EqualTo(2));
    }

    // 75/326 (French): "a)\tLes dialogues auront pour thèmes :" then "\tDialogue de haut niveau 1 : …" three times.
    [Test]
    public void Lines_under_an_item_ending_with_a_colon_are_points_even_when_their_noun_ends_in_ue()
    {
        (ResolutionDocument d, _) = Parse(FrenchHeader + "\t1.\tDécide que les dialogues seront organisés ainsi :\n\ta)\tLes dialogues auront pour thèmes :\n"
            + "\tDialogue de haut niveau 1 : Réfléchir ;\n\tDialogue de haut niveau 2 : Parvenir ;\n\tb)\tChaque dialogue sera présidé par deux coprésidents ;\n\t2.\tDécide de rester saisie de la question.\n");
        Assert.Multiple(() =>
        {
            Assert.That(d.Operative.Select(p => p.Number), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(d.Operative[0].Subparagraphs.Select(s => (s.Label, s.Subparagraphs.Count)), Is.EqualTo(new[] { ("a", 2), ("b", 0) }));
        });
    }

    // 76/140 (French, Spanish): a list from "a)" to "pp)".
    [Test]
    public void Doubled_letters_past_z_are_letters()
    {
        var text = new StringBuilder(FrenchHeader).Append("\t1.\tEngage les États Membres :\n");
        string[] labels = [.. Enumerable.Range('a', 26).Select(c => ((char)c).ToString()), .. "abcdefghijklmnop".Select(c => new string(c, 2))];
        foreach (string label in labels) { text.Append('\t').Append(label).Append(")\tÀ agir ;\n"); }
        text.Append("\t2.\tDécide de rester saisie de la question.\n");
        (ResolutionDocument d, _) = Parse(text.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(d.Operative.Select(p => p.Number), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(d.Operative[0].Subparagraphs.Select(s => s.Label), Is.EqualTo(labels));
            Assert.That(d.Operative[0].Subparagraphs.Select(s => s.Subparagraphs.Count), Has.All.EqualTo(0));
        });
    }

    // S/RES/2552 (2020) (Spanish): "Medidas urgentes de carácter temporal:" between "ii)" and "iii)", "Estado de derecho:" between "v)" and "vi)".
    [Test]
    public void Titles_between_the_items_of_a_nested_list_are_points()
    {
        (ResolutionDocument d, _) = Parse("Aprobada por el Consejo de Seguridad en su 8770a sesión, celebrada el 12 de noviembre de 2020\n\tEl Consejo de Seguridad,\n"
            + "\tRecordando sus resoluciones anteriores,\n\t1.\tDecide que el mandato comprenderá las tareas siguientes:\n\ta)\tApoyo a la justicia:\n"
            + "\ti)\tAyudar a reforzar la independencia del poder judicial;\n\tMedidas urgentes de carácter temporal:\n\tii)\tAdoptar medidas urgentes;\n"
            + "\tEstado de derecho:\n\tiii)\tRespaldar la asistencia internacional;\n\t2.\tDecide seguir ocupándose activamente de la cuestión.\n");
        Assert.Multiple(() =>
        {
            Assert.That(d.Operative.Select(p => p.Number), Is.EqualTo(new[] { "1", "2" }));
            Subparagraph a = d.Operative[0].Subparagraphs.Single();
            Assert.That(a.Subparagraphs.Select(s => s.Label), Is.EqualTo(new[] { "i", "ii", "iii" }));
            Assert.That(a.Subparagraphs.Take(2).Select(s => s.Subparagraphs.Count), Is.EqualTo(new[] { 1, 1 }));
        });
    }
}
