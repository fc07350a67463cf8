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

    // French and Spanish: the same resolutions as the English ones above, read by hand in each language.

    [TestCase("fr", "prie", "Secrétaire général", "présenter un rapport", "sur l’application de la présente résolution", "décide", "Assemblée générale", "inscrire à l’ordre du jour provisoire", "Système financier international et développement")]
    [TestCase("es", "solicita", "Secretario General", "presentar un informe", "sobre la aplicación de la presente resolución", "decide", "Asamblea General", "incluir en el programa provisional", "Sistema financiero internacional y desarrollo")]
    public void Paragraphs_42_and_43_of_75_204_in_french_and_spanish(string language, string verb, string actor, string action, string subject,
        string decides, string organ, string agendaAction, string subItem)
    {
        // fr ¶42 "Prie à cet égard le Secrétaire général de lui présenter, à sa soixante-seizième session, un rapport concret sur l’application …";
        // es ¶42 "Solicita, a este respecto, al Secretario General que en su septuagésimo sexto período de sesiones le presente un informe …";
        // ¶43 "Décide d’inscrire à l’ordre du jour provisoire de sa soixante-seizième session, au titre de la question intitulée « … », la question
        // subsidiaire intitulée « Système financier international et développement »", "Decide incluir en el programa provisional … el subtema titulado “…”".
        var mandates = Mandates($"A_RES_75_204-{language}").Mandates;
        Mandate report = mandates.Single(m => m.Paragraph == "42"), agenda = mandates.Single(m => m.Paragraph == "43");
        Assert.Multiple(() =>
        {
            Assert.That((report.Verb, report.Actor, report.Action, report.Report, report.TargetSession), Is.EqualTo((verb, (string?)actor, (string?)action, true, (int?)76)));
            Assert.That(report.Subject, Is.EqualTo(subject));
            Assert.That((agenda.Verb, agenda.Actor, agenda.Action, agenda.Report, agenda.TargetSession), Is.EqualTo((decides, (string?)organ, (string?)agendaAction, false, (int?)76)));
            Assert.That(agenda.Subject, Is.EqualTo(subItem), "the sub-item, not its item");
        });
    }

    [Test]
    public void Paragraphs_43_and_44_of_75_311_in_french_and_spanish()
    {
        // fr ¶43 "Prie également le Secrétaire général, tenant compte de la résolution 2013/40 …, de lui rendre compte, à sa soixante-dix-septième session, …";
        // ¶44 "Décide de réexaminer tous les deux ans la question …, le prochain examen étant prévu à sa soixante-dix-septième session."
        var fr = Mandates("A_RES_75_311-fr").Mandates;
        Mandate report = fr.Single(m => m.Paragraph == "43"), revisit = fr.Single(m => m.Paragraph == "44");
        Assert.That((report.Verb, report.Actor, report.Action, report.Report, report.TargetSession), Is.EqualTo(("prie", (string?)"Secrétaire général", (string?)"rendre", true, (int?)77)));
        Assert.That((revisit.Verb, revisit.Actor, revisit.Action, revisit.Frequency, revisit.TargetSession), Is.EqualTo(("décide", (string?)"Assemblée générale", (string?)"réexaminer", (string?)"biennial", (int?)77)));
        // es ¶43 "Solicita también al Secretario General que, teniendo en cuenta la resolución 2013/40 …, informe a la Asamblea General en su septuagésimo
        // séptimo período de sesiones sobre la situación mundial …"; ¶44 "Decide volver a examinar … en el plazo de dos años, a saber, en su septuagésimo
        // séptimo período de sesiones." ("within two years": no frequency, where the French says "tous les deux ans").
        var es = Mandates("A_RES_75_311-es").Mandates;
        report = es.Single(m => m.Paragraph == "43");
        revisit = es.Single(m => m.Paragraph == "44");
        Assert.That((report.Verb, report.Actor, report.Action, report.Report, report.TargetSession), Is.EqualTo(("solicita", (string?)"Secretario General", (string?)"informar", true, (int?)77)));
        Assert.That(report.Subject, Does.StartWith("sobre la situación mundial del tráfico ilícito"));
        Assert.That((revisit.Verb, revisit.Actor, revisit.Action, revisit.Frequency, revisit.TargetSession), Is.EqualTo(("decide", (string?)"Asamblea General", (string?)"volver", (string?)null, (int?)77)));
        // ¶40 "Exhorta a las organizaciones de las Naciones Unidas a que …": the "a" after the verb opens the actor.
        Assert.That(MandateFinder.Find(new ResolutionDocument
        {
            Language = "es",
            Operative = [new Paragraph { Number = "1", LeadPhrase = "Exhorta", Text = "a los Estados Miembros a que presenten un informe antes del 1 de junio de 2026;" }],
        }).Single() is var m ? (m.Actor, m.Action, m.TargetDate) : default, Is.EqualTo(((string?)"Estados Miembros", (string?)"presentar un informe", (DateOnly?)new DateOnly(2026, 6, 1))));
    }

    [TestCase("fr", "soixante-seizième", 76)]
    [TestCase("fr", "soixante et onzième", 71)]
    [TestCase("fr", "soixante-dix-septième", 77)]
    [TestCase("fr", "quatre-vingt-unième", 81)]
    [TestCase("fr", "quatre-vingt-dix-neuvième", 99)]
    [TestCase("fr", "vingt et unième", 21)]
    [TestCase("fr", "cinquantième", 50)]
    [TestCase("fr", "soixante-vingtième", null)]
    [TestCase("es", "septuagésimo sexto", 76)]
    [TestCase("es", "octogésimo primer", 81)]
    [TestCase("es", "septuagésimo", 70)]
    [TestCase("es", "quincuagésimo tercer", 53)]
    [TestCase("es", "septuagésimo décimo", null)]
    public void Ordinal_words_in_french_and_spanish(string language, string word, int? number) =>
        Assert.That(MandateFinder.Ordinal(word, MandateWords.Of(language)), Is.EqualTo(number));

    [Test]
    public void A_french_deadline_and_a_comparison_that_asks_for_no_report()
    {
        var mandates = MandateFinder.Find(new ResolutionDocument
        {
            Language = "fr",
            Operative =
            [
                new Paragraph { Number = "1", LeadPhrase = "Invite", Text = "les États Membres à communiquer leurs vues au Secrétaire général d’ici au 31 mars 2026 ;" },
                new Paragraph { Number = "2", LeadPhrase = "Engage", Text = "les États à réduire les émissions par rapport aux niveaux de 2010 ;" },
            ],
        });
        Mandate m = mandates.Single();
        Assert.That((m.Paragraph, m.Verb, m.Actor, m.Action, m.Report, m.TargetDate), Is.EqualTo(((string?)"1", "invite", (string?)"États Membres", (string?)"communiquer", false, (DateOnly?)new DateOnly(2026, 3, 31))));
    }
}
