using System.Text.Json.Nodes;
using UnResolutions.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Json;

/// <summary>
/// Every footnote reference of the tree is somewhere in the document JSON, and the JSON keeps document order: read in
/// member order, the arrays whose names end in <c>footnoteRefs</c> give the references as the text cites them (the
/// way the accuracy scorer reads them against the UN's markup).
/// </summary>
[TestFixture]
public class FootnoteRefsJsonTests
{
    /// <summary>The references of a document's JSON in member order, outside footnotes, diagnostics, ODS data, cross-references and source.</summary>
    internal static List<int> RefsInJsonOrder(JsonNode? node)
    {
        var result = new List<int>();
        Walk(node);
        return result;

        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach ((string key, JsonNode? value) in o)
                    {
                        if (key is "footnotes" or "diagnostics" or "ods" or "references" or "source") { continue; }
                        if (key.EndsWith("footnoteRefs", StringComparison.OrdinalIgnoreCase) && value is JsonArray refs) { result.AddRange(refs.Select(r => r!.GetValue<int>())); }
                        else { Walk(value); }
                    }
                    break;
                case JsonArray a:
                    foreach (JsonNode? item in a) { Walk(item); }
                    break;
            }
        }
    }

    [Test]
    public void A_reference_on_the_title_is_in_the_json_before_the_preambles()
    {
        // ES-10/24: "… in the Occupied Palestinian Territory1" ends the title line.
        var tree = ResolutionSyntaxTree.ParseText(Fixtures.Ods("A_RES_ES-10_24"));
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        Assert.That(d.TitleFootnoteRefs, Is.EqualTo(new[] { 1 }));
        Assert.That(d.Title, Does.EndWith("in the Occupied Palestinian Territory"));
        List<int> inJson = RefsInJsonOrder(JsonNode.Parse(ResolutionJson.Serialize(d)));
        Assert.That(inJson, Is.EqualTo(DevFixtures.TreeRefs(tree)));
        Assert.That(inJson, Is.EqualTo(Enumerable.Range(1, 8)), "the UN's markup: footnotes 1 to 8, 1 on the title");
    }

    [Test]
    public void A_part_letter_with_a_note_printed_under_the_title_is_in_the_json()
    {
        // 75/242 B, a single part issued alone: "75/242.<TAB>Financial reports …" then "B1" on its own line, note 1
        // ("The present resolution is the second part of …"); notes 2 to 4 are in the recitals.
        const string name = "A_RES_75_242 B";
        var tree = ResolutionSyntaxTree.ParseText(DevFixtures.Ods(name));
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        List<int> inJson = RefsInJsonOrder(JsonNode.Parse(ResolutionJson.Serialize(d)));
        Assert.That(inJson, Is.EqualTo(DevFixtures.TreeRefs(tree)));
        Assert.That(inJson, Is.EqualTo(DevFixtures.FootnoteMarkers(name)));
        Assert.That(d.TitleFootnoteRefs, Is.EqualTo(new[] { 1 }));
    }

    /// <summary>
    /// Real-format lines (a resolution in parts, a section heading, an annex) with a note on each kind of title: a
    /// part title, a heading, an annex title.
    /// </summary>
    private const string PartsHeadingsAnnex =
        "Resolutions adopted by the General Assembly on 9 December 2022\n" +
        "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/77/412)]\n" +
        "77/128.\tQuestions relating to information\n" +
        "A\nInformation in the service of humanity1\n" +
        "\tThe General Assembly,\n" +
        "\tTaking note of the report of the Committee on Information,2\n" +
        "\t1.\tUrges all countries to cooperate;\n" +
        "\n46th plenary meeting\n9 December 2022\n" +
        "B\nUnited Nations public information policies and activities\n" +
        "\tThe General Assembly,\n" +
        "\tEmphasizing the role of the Department,\n" +
        "\tI\nGeneral activities of the Department of Global Communications3\n" +
        "\t1.\tReaffirms the role of the Department;\n" +
        "\t2.\tRequests the Department to continue.\n" +
        "\n46th plenary meeting\n9 December 2022\n" +
        "Annex\nDeclaration on the Department4\n" +
        "\t1.\tThe Department shall act.5\n" +
        "\n1 First note.\n2 Second note.\n3 Third note.\n4 Fourth note.\n5 Fifth note.\n";

    [Test]
    public void References_on_part_titles_headings_and_annex_titles_are_in_the_json_in_document_order()
    {
        var tree = ResolutionSyntaxTree.ParseText(PartsHeadingsAnnex);
        Assert.That(DevFixtures.TreeRefs(tree), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }), "the linker cuts every reference");
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Parts[0].TitleFootnoteRefs, Is.EqualTo(new[] { 1 }));
            Assert.That(d.Parts[0].Title, Is.EqualTo("Information in the service of humanity"), "no footnote digits in a part title");
            Paragraph afterHeading = d.Parts[1].Operative[0];
            Assert.That((afterHeading.Number, afterHeading.Heading), Is.EqualTo(("1", "I General activities of the Department of Global Communications")));
            Assert.That(afterHeading.HeadingFootnoteRefs, Is.EqualTo(new[] { 3 }));
            Assert.That(afterHeading.FootnoteRefs, Is.Empty);
            Assert.That(d.Annexes[0].Title, Is.EqualTo("Declaration on the Department"));
            Assert.That(d.Annexes[0].TitleFootnoteRefs, Is.EqualTo(new[] { 4 }));
            Assert.That(RefsInJsonOrder(JsonNode.Parse(ResolutionJson.Serialize(d))), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        });
        // The model reads back from its JSON, new members included.
        Assert.That(ResolutionJson.Deserialize(ResolutionJson.Serialize(d)), Is.EqualTo(d));
    }

    [Test]
    public void Headings_after_the_last_paragraph_keep_their_references()
    {
        string text = PartsHeadingsAnnex.Replace("\t1.\tThe Department shall act.5\n", "\t1.\tThe Department shall act.\nClosing remarks5\n", StringComparison.Ordinal);
        ResolutionDocument d = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text)).Single();
        Paragraph last = d.Annexes[0].Paragraphs[^1];
        Assert.That((last.Heading, last.HeadingFootnoteRefs), Is.EqualTo(("Closing remarks", new List<int> { 5 })));
    }
}
