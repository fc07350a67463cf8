using UnResolutions.Model;
using UnResolutions.Tools.Mandates;

namespace UnResolutions.Tests.Tools;

/// <summary>The mandates of the two real exports and of dev-corpus resolutions, checked field by field against their texts (read by hand).</summary>
[TestFixture]
public class MandateFinderTests
{
    private static ResolutionDocument Mandates(string name) =>
        ToolFixtures.FromText(File.ReadAllText(ToolFixtures.Path2("mandates", name + ".txt")));

    [Test]
    public void Paragraph_41_of_71_242_asks_for_a_report_and_puts_the_sub_item_on_the_agenda_of_the_73rd_session()
    {
        string text = Fixtures.Ods("A_RES_71_242");
        var mandates = ToolFixtures.FromText(text).Mandates;
        Assert.That(mandates, Has.Count.EqualTo(2));
        Mandate report = mandates[0], agenda = mandates[1];
        Assert.Multiple(() =>
        {
            Assert.That((report.Paragraph, report.Verb, report.Actor, report.Action, report.Report), Is.EqualTo(((string?)"41", "requests", (string?)"Secretary-General", (string?)"submit a report", true)));
            Assert.That(report.Subject, Is.EqualTo("on the implementation of the present resolution"));
            Assert.That((report.TargetSession, report.TargetDate, report.Frequency), Is.EqualTo(((int?)73, (DateOnly?)null, (string?)null)));
            Assert.That((agenda.Paragraph, agenda.Verb, agenda.Actor, agenda.Action, agenda.Report), Is.EqualTo(((string?)"41", "decides", (string?)"General Assembly", (string?)"include in the provisional agenda", false)));
            Assert.That(agenda.Subject, Is.EqualTo("Industrial development cooperation"), "the sub-item, not its item");
            Assert.That(agenda.TargetSession, Is.EqualTo(73));
            Assert.That(text.Substring(report.Start!.Value, report.Length!.Value), Does.StartWith("41.\tRequests the Secretary-General").And.EndWith("unless otherwise agreed."));
        });
    }

    [Test]
    public void Paragraph_31_of_67_225_asks_for_a_report_at_the_69th_session()
    {
        Mandate m = ToolFixtures.Document("A_RES_67_225").Mandates.Single();
        Assert.That((m.Paragraph, m.Actor, m.Action, m.TargetSession, m.Subject),
            Is.EqualTo(((string?)"31", (string?)"Secretary-General", (string?)"submit a report", (int?)69, (string?)"on the implementation of the present resolution")));
    }

    [Test]
    public void A_report_asked_for_biennially_from_a_named_office_with_a_parenthetical()
    {
        // A/RES/75/311 ¶41: "Requests, in this regard, the United Nations Office on Drugs and Crime, within its mandate and resources, …,
        // to continue and to strengthen the collection of information … and to report thereon biennially;"
        Mandate m = Mandates("A_RES_75_311").Mandates.Single(m => m.Paragraph == "41");
        Assert.That((m.Verb, m.Actor, m.Action, m.Report, m.Frequency, m.TargetSession),
            Is.EqualTo(("requests", (string?)"United Nations Office on Drugs and Crime", (string?)"continue", true, (string?)"biennial", (int?)null)));
    }

    [Test]
    public void A_decision_with_a_frequency_and_the_next_session()
    {
        // A/RES/75/311 ¶44: "Decides to revisit the issue and the implementation of the present resolution on a biennial basis, next at its seventy-seventh session."
        Mandate m = Mandates("A_RES_75_311").Mandates.Single(m => m.Paragraph == "44");
        Assert.That((m.Verb, m.Actor, m.Action, m.Report, m.Frequency, m.TargetSession),
            Is.EqualTo(("decides", (string?)"General Assembly", (string?)"revisit", false, (string?)"biennial", (int?)77)));
    }

    [Test]
    public void An_invitation_until_a_date()
    {
        // A/RES/75/128 ¶3: "Invites bilateral, regional and multilateral development and trading partners to provide full support … until 4 December 2025;"
        Mandate m = ToolFixtures.Dev("ga", "A_RES_75_128").Mandates.Single();
        Assert.That((m.Paragraph, m.Verb, m.Actor, m.Action, m.TargetDate, m.TargetSession),
            Is.EqualTo(((string?)"3", "invites", (string?)"bilateral, regional and multilateral development and trading partners", (string?)"provide", (DateOnly?)new DateOnly(2025, 12, 4), (int?)null)));
    }

    [Test]
    public void A_report_with_a_parenthetical_before_the_actor_and_the_agenda_sub_item_in_curly_quotes()
    {
        // A/RES/75/204 ¶42 "Requests, in this regard, the Secretary-General to submit to the General Assembly at its seventy-sixth session an
        // action-oriented report on …"; ¶43 "Decides to include … the sub-item entitled “International financial system and development” …".
        var mandates = ToolFixtures.Dev("ga", "A_RES_75_204").Mandates;
        Mandate report = mandates.Single(m => m.Paragraph == "42"), agenda = mandates.Single(m => m.Paragraph == "43");
        Assert.That((report.Actor, report.Action, report.TargetSession), Is.EqualTo(((string?)"Secretary-General", (string?)"submit a report", (int?)76)));
        Assert.That(report.Subject, Does.StartWith("on the implementation of the present resolution with a particular focus"));
        Assert.That((agenda.Action, agenda.Subject, agenda.TargetSession), Is.EqualTo(((string?)"include in the provisional agenda", (string?)"International financial system and development", (int?)76)));
    }

    [Test]
    public void Of_two_sessions_the_assembly_s_is_the_target_and_a_name_s_on_is_not_the_subject()
    {
        var mandates = MandateFinder.Find(new ResolutionDocument
        {
            Body = Organ.GeneralAssembly,
            Operative = [new Paragraph { Number = "7", LeadPhrase = "Requests", Text = "the Secretary-General to report to the Committee on Information at its forty-third session and to the General Assembly at its seventy-sixth session on the activities of the Department;" }],
        });
        Assert.That((mandates.Single().TargetSession, mandates.Single().Subject), Is.EqualTo(((int?)76, (string?)"on the activities of the Department")));
    }

    [Test]
    public void A_sub_paragraph_continues_the_verb_and_actor_of_its_chapeau()
    {
        var mandates = MandateFinder.Find(new ResolutionDocument
        {
            Body = Organ.GeneralAssembly,
            Operative = [new Paragraph { Number = "5", LeadPhrase = "Requests", Text = "the Secretary-General:", Subparagraphs =
                [new Subparagraph { Label = "a", Text = "To continue his work;" }, new Subparagraph { Label = "b", Text = "To submit a report on that work at its eightieth session;" }] }],
        });
        Mandate m = mandates.Single();
        Assert.That((m.Subparagraph, m.Verb, m.Actor, m.Action, m.TargetSession), Is.EqualTo(((string?)"b", "requests", (string?)"Secretary-General", (string?)"submit a report", (int?)80)));
    }

    [TestCase("first", 1)]
    [TestCase("twelfth", 12)]
    [TestCase("seventieth", 70)]
    [TestCase("seventy-third", 73)]
    [TestCase("eighty-first", 81)]
    [TestCase("73rd", 73)]
    [TestCase("seventy", null)]
    [TestCase("seventy-tenth", null)]
    [TestCase("session", null)]
    public void Ordinal_words_are_numbers(string word, int? number) => Assert.That(MandateFinder.Ordinal(word), Is.EqualTo(number));

    [Test]
    public void A_paragraph_without_a_report_a_session_a_date_or_a_frequency_is_no_mandate() =>
        Assert.That(MandateFinder.Find(new ResolutionDocument { Operative = [new Paragraph { Number = "1", LeadPhrase = "Encourages", Text = "Member States to cooperate;" }] }), Is.Empty);

    [Test]
    public void An_empty_document_has_no_mandate() => Assert.That(ToolFixtures.FromText("").Mandates, Is.Empty);
}
