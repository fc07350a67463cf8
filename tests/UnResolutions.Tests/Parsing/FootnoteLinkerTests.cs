using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// The footnote linker on real text: the references it must find (glued to digits, in pairs, displaced by the
/// source), how it resynchronizes after one it cannot find, and the title line whose text a reference cuts.
/// </summary>
[TestFixture]
public class FootnoteLinkerTests
{
    // ---- The title line --------------------------------------------------------------------------

    [Test]
    public void A_reference_inside_the_title_does_not_cut_the_title_short()
    {
        // ES-10/24's title line, with words after its note: the reference cuts the title's text token in two.
        string text = Fixtures.Ods("A_RES_ES-10_24").Replace("in the Occupied Palestinian Territory1\n", "in the Occupied Palestinian Territory1 and beyond\n", StringComparison.Ordinal);
        var tree = ResolutionSyntaxTree.ParseText(text);
        TitleLineSyntax title = tree.GetRoot().Resolution!.Header!.TitleLine!;
        Assert.Multiple(() =>
        {
            Assert.That(title.Title, Does.StartWith("Advisory opinion of the International Court of Justice").And.EndWith("in the Occupied Palestinian Territory and beyond"));
            Assert.That(title.FootnoteReferences.Select(t => t.Text), Is.EqualTo(new[] { "1" }));
            Assert.That(string.Concat(title.TitleTokens.Select(t => t.Text)), Does.EndWith("Territory1 and beyond"));
            ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
            Assert.That(d.Title, Does.EndWith("in the Occupied Palestinian Territory and beyond"));
            Assert.That(d.TitleFootnoteRefs, Is.EqualTo(new[] { 1 }));
        });
    }

    [Test]
    public void The_security_council_number_line_has_no_title()
    {
        TitleLineSyntax title = ResolutionSyntaxTree.ParseText(Fixtures.Ods("S_RES_2522_2020")).GetRoot().Resolution!.Header!.TitleLine!;
        Assert.That((title.Title, title.TitleTokens.Count(), title.FootnoteReferences.Count()), Is.EqualTo(((string?)null, 0, 0)));
    }
}
