using System.Text;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// The typography of French and Spanish texts: labels with a closing parenthesis only (<c>a)</c>, <c>o)</c>, <c>i)</c>),
/// symbols as the French reports print them.
/// </summary>
[TestFixture]
public class LanguageTypographyTests
{
    [Test]
    public void The_fifteenth_letter_of_a_list_is_a_label_not_a_hollow_bullet()
    {
        // "o)" after "n)": the letter o and its parenthesis; the hollow bullet "o" stands alone before a tab.
        var text = new StringBuilder("Résolution adoptée par l’Assemblée générale le 9 décembre 2022\n77/1.\tUne résolution\n\tL’Assemblée générale,\n");
        text.Append("\t1.\tEngage les États Membres à agir :\n");
        for (char c = 'a'; c <= 'p'; c++) { text.Append('\t').Append(c).Append(")\tEn agissant ;\n"); }
        text.Append("\t2.\tDécide de rester saisie de la question.\n");
        ResolutionDocument d = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text.ToString())).Single();
        Assert.That(d.Operative.Select(p => p.Subparagraphs.Count), Is.EqualTo(new[] { 16, 0 }));
        Assert.That(d.Operative[0].Subparagraphs[14].Label, Is.EqualTo("o"));
    }

    [Test]
    public void An_addendum_glued_to_its_report_without_the_slash_stays_in_the_symbol()
    {
        // The French reports of the Second Committee of session 75: "(A/75/457Add.1, par. 14)", as printed.
        const string text = "Résolution adoptée par l’Assemblée générale le 21 décembre 2020\n[sur la base du rapport de la Deuxième Commission (A/75/457Add.1, par. 14)]\n"
            + "75/212.\tUne résolution\n\tL’Assemblée générale,\n\t1.\tDécide de rester saisie de la question.\n";
        Origin? origin = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text)).Single().Origin;
        Assert.That((origin?.Documents, origin?.Paragraph), Is.EqualTo((new[] { "A/75/457Add.1" }, 14)));
    }
}
