using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// General Assembly decisions, as the Official Records print them: the number and title, a chapeau that says at which
/// meeting, on what date and on whose recommendation ("At its 66th plenary meeting, on 7 December 2017, the General
/// Assembly, on the recommendation of …,"), lettered items or a quoted text, and the record line
/// (<c>(See A/72/456, para. 44; A/72/PV.66)</c>). No decision is in the dev sets: the shapes of the format guide.
/// </summary>
[TestFixture]
public class DecisionTests
{
    private const string Gibraltar =
        "72/520.\tQuestion of Gibraltar\n" +
        "\tAt its 66th plenary meeting, on 7 December 2017, the General Assembly, on the recommendation of the Special Political and Decolonization Committee (Fourth Committee),1 adopted the following text:\n" +
        "\t\"The General Assembly, referring to its decision 71/530 of 6 December 2016, and recalling at the same time that the statement agreed to by the Governments of Spain and the United Kingdom of Great Britain and Northern Ireland in Brussels on 27 November 1984 stipulates, inter alia, the following:\n" +
        "\t(a)\tThe establishment of a negotiating process aimed at overcoming all the differences between them over Gibraltar;\n" +
        "\t(b)\tThe promotion of cooperation on a mutually beneficial basis on economic, cultural, touristic, aviation, military and environmental matters.\"\n" +
        "(See A/72/456, para. 44; A/72/PV.66)\n" +
        "1 A/72/456, para. 44.\n";

    private const string Revitalization =
        "72/521.\tRevitalization of the work of the General Assembly\n" +
        "\tAt its 73rd plenary meeting, on 22 December 2017, the General Assembly decided:\n" +
        "\t(a)\tTo establish, at its seventy-second session, an ad hoc working group on the revitalization of the work of the General Assembly;\n" +
        "\t(b)\tTo include in the provisional agenda of its seventy-third session the item entitled \"Revitalization of the work of the General Assembly\".\n" +
        "(See A/72/PV.73)\n";

    private static ResolutionSyntaxTree Parse(string text)
    {
        ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
        return tree;
    }

    [Test]
    public void A_decision_has_its_type_symbol_date_meeting_committee_and_origin()
    {
        ResolutionSyntaxTree tree = Parse(Gibraltar);
        ResolutionDocument d = ResolutionModel.FromTree(tree).Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.DocumentType, Is.EqualTo("decision"));
            Assert.That((d.Symbol, d.Number, d.Session, d.Body), Is.EqualTo(("A/DEC/72/520", "72/520", (int?)72, (Organ?)Organ.GeneralAssembly)));
            Assert.That(d.Title, Is.EqualTo("Question of Gibraltar"));
            Assert.That(d.Adoption, Is.EqualTo(new Adoption { Date = new DateOnly(2017, 12, 7), Meeting = "66th plenary meeting" }));
            Assert.That(d.Origin!.Committee, Is.EqualTo("Special Political and Decolonization Committee (Fourth Committee)"));
            Assert.That((d.Origin.Document, d.Origin.Paragraph, d.Origin.WithoutReference), Is.EqualTo(("A/72/456", (int?)44, false)));
            Assert.That(d.Origin.Documents, Is.EqualTo(new[] { "A/72/456" }));
            Assert.That(d.Formula, Is.Null);
            Assert.That(d.Preamble, Is.Empty);
            Assert.That(d.Operative.Select(p => p.Subparagraphs.Count), Is.EqualTo(new[] { 0, 2 }));
            Assert.That(d.Operative[0].FootnoteRefs, Is.EqualTo(new[] { 1 }));
            Assert.That(d.Operative[0].Text, Does.StartWith("At its 66th plenary meeting, on 7 December 2017, the General Assembly"));
            Assert.That(d.Footnotes.Select(f => f.Number), Is.EqualTo(new[] { 1 }));
            Assert.That(d.Diagnostics, Is.Empty, "a decision has no formula, and none is missing");
        });
    }

    [Test]
    public void The_record_line_closes_the_decision()
    {
        ResolutionSyntax decision = Parse(Gibraltar).GetRoot().Resolution!;
        ClosingSyntax record = decision.Closing!;
        Assert.Multiple(() =>
        {
            Assert.That(record.IsDecisionRecord, Is.True);
            Assert.That(record.Documents.Select(t => t.Text), Is.EqualTo(new[] { "A/72/456", "A/72/PV.66" }));
            Assert.That(record.Meeting.IsMissing, Is.True);
            Assert.That(decision.FootnoteSection!.Footnotes, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Decisions_in_sequence_are_one_document_each()
    {
        ResolutionSyntaxTree tree = Parse(Revitalization + Revitalization.Replace("72/521.", "72/522.", StringComparison.Ordinal));
        IReadOnlyList<ResolutionDocument> docs = ResolutionModel.FromTree(tree);
        Assert.Multiple(() =>
        {
            Assert.That(docs.Select(d => d.Symbol), Is.EqualTo(new[] { "A/DEC/72/521", "A/DEC/72/522" }));
            Assert.That(docs.Select(d => d.Adoption.Date), Is.EqualTo(new DateOnly?[] { new(2017, 12, 22), new(2017, 12, 22) }));
            // A plenary decision: no committee, and the meeting record is no originating document.
            Assert.That(docs.Select(d => d.Origin), Is.EqualTo(new Origin?[] { null, null }));
            Assert.That(docs.Select(d => d.Operative.Single().Subparagraphs.Count), Is.EqualTo(new[] { 2, 2 }));
            Assert.That(tree.GetDiagnostics(), Is.Empty);
        });
    }

    [Test]
    public void A_reference_after_the_committee_is_not_its_name()
    {
        const string text = "72/401.\tAdoption of the agenda and allocation of agenda items\n" +
            "\tAt its 3rd plenary meeting, on 15 September 2017, the General Assembly, on the recommendation of the General Committee (see A/72/250, para. 5), decided to include in the agenda of its seventy-second session an additional item.\n" +
            "(See A/72/PV.3)\n";
        ResolutionDocument d = ResolutionModel.FromTree(Parse(text)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Origin!.Committee, Is.EqualTo("General Committee"));
            Assert.That(d.Origin.Documents, Is.Empty);
            Assert.That((d.Symbol, d.Adoption.Date), Is.EqualTo(("A/DEC/72/401", (DateOnly?)new DateOnly(2017, 9, 15))));
        });
    }

    [TestCase("Human Rights Council", "35/101", "A/HRC/DEC/35/101")]
    [TestCase("Economic and Social Council", "2016/201", "E/DEC/2016/201")]
    public void Decisions_of_other_organs_have_their_decision_symbol(string organ, string number, string symbol)
    {
        string text = $"Decision adopted by the {organ} on 23 June 2017\n{number}.\tProgramme of work\n" +
            $"\tThe {organ} decided to approve its programme of work.\n";
        ResolutionDocument d = ResolutionModel.FromTree(Parse(text)).Single();
        Assert.That((d.DocumentType, d.Symbol), Is.EqualTo(("decision", symbol)));
    }

    [Test]
    public void A_decision_adoption_line_gives_the_type_and_date()
    {
        const string text = "Decision adopted by the General Assembly on 7 December 2017\n" +
            "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/72/456)]\n" +
            "72/520.\tQuestion of Gibraltar\n" +
            "\tThe General Assembly, referring to its decision 71/530 of 6 December 2016, urges both Governments to continue.\n\n" +
            "66th plenary meeting\n7 December 2017\n";
        ResolutionDocument d = ResolutionModel.FromTree(Parse(text)).Single();
        Assert.Multiple(() =>
        {
            Assert.That((d.DocumentType, d.Symbol), Is.EqualTo(("decision", "A/DEC/72/520")));
            Assert.That(d.Adoption.Date, Is.EqualTo(new DateOnly(2017, 12, 7)));
            Assert.That(d.Origin!.Document, Is.EqualTo("A/72/456"));
            Assert.That(d.Preamble, Is.Empty);
            Assert.That(d.Operative.Single().Text, Does.StartWith("The General Assembly, referring to its decision 71/530"));
            Assert.That(d.Adoption.Meeting, Is.EqualTo("66th plenary meeting"));
            Assert.That(d.Diagnostics, Is.Empty);
        });
    }
}
