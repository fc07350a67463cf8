using System.Text;
using UnResolutions.Model;

namespace UnResolutions.Tests.Model;

/// <summary>
/// The cross-reference finder on real sentences of the corpus: each sentence is taken from its fixture, scanned with
/// its offset in the fixture, and every reference must point back at its own text in the fixture.
/// </summary>
[TestFixture]
public class ReferenceFinderTests
{
    /// <summary>
    /// Scans the text of a fixture from <paramref name="fragment"/> to the end of its line, the way the model scans a
    /// paragraph body: with the offset of that text in the source.
    /// </summary>
    private static List<Reference> Scan(string fixture, string fragment, out string body)
    {
        string source = Fixtures.Ods(fixture);
        int start = source.IndexOf(fragment, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"'{fragment}' is not in {fixture}");
        int end = source.IndexOf('\n', start);
        if (end < 0) { end = source.Length; }
        body = source[start..end].TrimEnd('\r');
        List<Reference> refs = ReferenceFinder.Find(body, start);
        foreach (Reference r in refs)
        {
            Assert.That(source.Substring(r.Start, r.Length), Is.EqualTo(r.Text), $"position of {r}");
        }
        AssertOrderedAndDisjoint(refs);
        return refs;
    }

    private static void AssertOrderedAndDisjoint(List<Reference> refs)
    {
        for (int i = 1; i < refs.Count; i++)
        {
            Assert.That(refs[i].Start, Is.GreaterThanOrEqualTo(refs[i - 1].Start + refs[i - 1].Length), $"{refs[i - 1]} overlaps {refs[i]}");
        }
    }

    private static IEnumerable<Reference> OfKind(List<Reference> refs, ReferenceKind kind) => refs.Where(r => r.Kind == kind);

    [Test]
    public void First_recital_of_71_242_gives_eleven_resolutions_and_eleven_dates()
    {
        string line = Fixtures.Ods("A_RES_71_242").Split('\n')[8];
        Assert.That(line, Does.StartWith("\tRecalling its resolutions 49/108"));
        List<Reference> refs = Scan("A_RES_71_242", line, out _);

        string[] numbers = ["49/108", "51/170", "53/177", "55/187", "57/243", "59/249", "61/215", "63/231", "65/175", "67/225", "69/235"];
        string[] dates =
        [
            "1994-12-19", "1996-12-16", "1998-12-15", "2000-12-20", "2002-12-20", "2004-12-22",
            "2006-12-20", "2008-12-19", "2010-12-20", "2012-12-21", "2014-12-19",
        ];
        Assert.That(OfKind(refs, ReferenceKind.Resolution).Select(r => r.Text), Is.EqualTo(numbers));
        Assert.That(OfKind(refs, ReferenceKind.Resolution).Select(r => r.Value), Is.EqualTo(numbers.Select(n => "A/RES/" + n)));
        Assert.That(OfKind(refs, ReferenceKind.Date).Select(r => r.Value), Is.EqualTo(dates));
        Assert.That(OfKind(refs, ReferenceKind.Date).First().Text, Is.EqualTo("19 December 1994"));
        Assert.That(refs, Has.Count.EqualTo(22));
        // Each resolution is followed by its date.
        Assert.That(refs.Select(r => r.Kind), Is.EqualTo(Enumerable.Repeat(new[] { ReferenceKind.Resolution, ReferenceKind.Date }, 11).SelectMany(x => x)));
    }

    [Test]
    public void Origin_of_71_242_is_a_symbol_with_an_addendum()
    {
        List<Reference> refs = Scan("A_RES_71_242", "[on the report of the Second Committee (A/71/467/Add.2)]", out _);
        Assert.That(refs.Select(r => (r.Kind, r.Text, r.Value)), Is.EqualTo(new[] { (ReferenceKind.DocumentSymbol, "A/71/467/Add.2", "A/71/467/Add.2") }));
    }

    [Test]
    public void Footnote_symbol_loses_the_sentence_period()
    {
        List<Reference> refs = Scan("A_RES_71_242", "See A/71/264.", out _);
        Assert.That(refs.Select(r => (r.Kind, r.Value)), Is.EqualTo(new[] { (ReferenceKind.DocumentSymbol, "A/71/264") }));
    }

    [Test]
    public void Decision_of_a_conference_of_parties_is_not_a_reference()
    {
        List<Reference> refs = Scan("A_RES_71_242", "See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.", out _);
        Assert.That(refs.Select(r => (r.Kind, r.Text)), Is.EqualTo(new[] { (ReferenceKind.DocumentSymbol, "FCCC/CP/2015/10/Add.1") }));
    }

    [Test]
    public void Conference_report_gives_the_symbol_and_the_last_date_of_the_range()
    {
        List<Reference> refs = Scan("A_RES_71_242",
            "Report of the Fourth United Nations Conference on the Least Developed Countries, Istanbul, Turkey, 9-13 May 2011 (A/CONF.219/7), chap. II.", out _);
        Assert.That(refs.Select(r => (r.Kind, r.Text, r.Value)), Is.EqualTo(new[]
        {
            (ReferenceKind.Date, "13 May 2011", "2011-05-13"),
            (ReferenceKind.DocumentSymbol, "A/CONF.219/7", "A/CONF.219/7"),
        }));
    }

    [Test]
    public void Symbol_with_addendum_followed_by_more_addenda()
    {
        List<Reference> refs = Scan("A_RES_71_242", "TD/519/Add.1 and 2.", out _);
        Assert.That(refs.Select(r => (r.Kind, r.Value)), Is.EqualTo(new[] { (ReferenceKind.DocumentSymbol, "TD/519/Add.1") }));
    }

    [Test]
    public void Security_council_recital()
    {
        List<Reference> refs = Scan("S_RES_2744_2024", "\tRecalling resolution 1730 (2006), and the relevant statements of its President,", out _);
        Assert.That(refs.Select(r => (r.Kind, r.Text, r.Value)), Is.EqualTo(new[]
        {
            (ReferenceKind.SecurityCouncilResolution, "1730 (2006)", "S/RES/1730 (2006)"),
        }));
    }

    [Test]
    public void Security_council_list_after_in_particular()
    {
        List<Reference> refs = Scan("S_RES_2522_2020", "\tRecalling all its previous relevant resolutions on Iraq, in particular 1500 (2003)", out _);
        string[] expected =
        [
            "1500 (2003)", "1546 (2004)", "1557 (2004)", "1619 (2005)", "1700 (2006)", "1770 (2007)", "1830 (2008)", "1883 (2009)",
            "1936 (2010)", "2001 (2011)", "2061 (2012)", "2110 (2013)", "2169 (2014)", "2233 (2015)", "2299 (2016)", "2379 (2017)",
            "2421 (2018)", "2470 (2019)", "2107 (2013)",
        ];
        List<Reference> council = OfKind(refs, ReferenceKind.SecurityCouncilResolution).ToList();
        Assert.That(council.Select(r => r.Text), Is.EqualTo(expected));
        Assert.That(council.Select(r => r.Value), Is.EqualTo(expected.Select(e => "S/RES/" + e)));
    }

    [Test]
    public void Security_council_resolution_named_by_the_general_assembly()
    {
        List<Reference> refs = Scan("A_RES_ES-10_24", "pursuant to Security Council resolution 478 (1980) of 20\u00A0August 1980;", out _);
        Assert.That(refs.Select(r => (r.Kind, r.Value)), Is.EqualTo(new[]
        {
            (ReferenceKind.SecurityCouncilResolution, "S/RES/478 (1980)"),
            (ReferenceKind.Date, "1980-08-20"),
        }));
    }

    [Test]
    public void Roman_session_with_a_part_letter()
    {
        List<Reference> refs = Scan("A_RES_77_128_A-B", "See resolution 2200 A (XXI), annex.", out _);
        Assert.That(refs.Select(r => (r.Kind, r.Text, r.Value)), Is.EqualTo(new[]
        {
            (ReferenceKind.Resolution, "2200 A (XXI)", "A/RES/2200 A (XXI)"),
        }));
    }

    [Test]
    public void Roman_session_followed_by_a_date()
    {
        List<Reference> refs = Scan("A_RES_77_261", "its resolution 973 (X) of 15\u00A0December 1955, there shall be set off", out _);
        Assert.That(refs.Take(2).Select(r => (r.Kind, r.Text, r.Value)), Is.EqualTo(new[]
        {
            (ReferenceKind.Resolution, "973 (X)", "A/RES/973 (X)"),
            (ReferenceKind.Date, "15\u00A0December 1955", "1955-12-15"),
        }));
    }

    [Test]
    public void Part_letter_stays_with_the_number()
    {
        List<Reference> refs = Scan("A_RES_77_261", "resolution 66/240 A of 24\u00A0December 2011", out _);
        Assert.That(refs.Take(2).Select(r => (r.Kind, r.Text, r.Value)), Is.EqualTo(new[]
        {
            (ReferenceKind.Resolution, "66/240 A", "A/RES/66/240 A"),
            (ReferenceKind.Date, "24\u00A0December 2011", "2011-12-24"),
        }));
    }

    [Test]
    public void Parts_a_and_b_are_two_references()
    {
        List<Reference> refs = Scan("A_RES_77_128_A-B", "in accordance with General Assembly resolutions 76/84 A and B;", out _);
        Assert.That(refs.Select(r => (r.Kind, r.Text, r.Value)), Is.EqualTo(new[]
        {
            (ReferenceKind.Resolution, "76/84 A", "A/RES/76/84 A"),
            (ReferenceKind.Resolution, "B", "A/RES/76/84 B"),
        }));
    }

    [Test]
    public void Decision_in_a_list_of_resolutions_is_a_decision()
    {
        List<Reference> refs = Scan("A_RES_80_110", "resolution 77/321 of 1\u00A0August 2023, resolution 78/272 of 24\u00A0April 2024, decision 78/560", out _);
        Assert.That(OfKind(refs, ReferenceKind.Resolution).Select(r => r.Value), Is.EqualTo(new[] { "A/RES/77/321", "A/RES/78/272", "A/RES/79/271" }));
        Assert.That(OfKind(refs, ReferenceKind.Decision).Select(r => (r.Text, r.Value)), Is.EqualTo(new[] { ("78/560", "A/DEC/78/560") }));
    }

    [Test]
    public void List_with_comma_and()
    {
        List<Reference> refs = Scan("A_RES_80_110", "resolutions 55/7 of 30\u00A0October 2000, 57/141, and 64/71 of 4\u00A0December 2009", out _);
        Assert.That(OfKind(refs, ReferenceKind.Resolution).Select(r => r.Value), Is.EqualTo(new[] { "A/RES/55/7", "A/RES/57/141", "A/RES/64/71" }));
    }

    [Test]
    public void Human_rights_council_resolution()
    {
        List<Reference> refs = Scan("A_RES_77_128_A-B", "Human Rights Council resolution 49/21 of 1\u00A0April 2022", out string body);
        Assert.That(refs.Where(r => r.Text == "49/21").Select(r => (r.Kind, r.Value)), Is.EqualTo(new[] { (ReferenceKind.Resolution, "A/HRC/RES/49/21") }));
        Assert.That(body, Does.StartWith("Human Rights Council"));
    }

    [Test]
    public void Resolutions_of_other_bodies_are_not_general_assembly_resolutions()
    {
        List<Reference> unea = Scan("A_RES_80_110", "United Nations Environment Assembly resolution 5/14,120", out _);
        Assert.That(unea.Where(r => r.Text.StartsWith("5/14", StringComparison.Ordinal)), Is.Empty);
        List<Reference> wmo = Scan("A_RES_80_110", "See World Meteorological Organization resolution 15 (Cg-18).", out _);
        Assert.That(wmo, Is.Empty);
        List<Reference> annex = Scan("A_RES_75_23", "A/56/1026-S/2002/932, annex II, resolution 14/221.", out _);
        Assert.That(annex.Select(r => (r.Kind, r.Text)), Is.EqualTo(new[]
        {
            (ReferenceKind.DocumentSymbol, "A/56/1026"),
            (ReferenceKind.DocumentSymbol, "S/2002/932"),
        }));
    }

    [Test]
    public void Emergency_session_resolution_and_symbols()
    {
        List<Reference> refs = Scan("A_RES_75_23", "See A/ES-10/273 and A/ES-10/273/Corr.1.", out _);
        Assert.That(refs.Select(r => r.Value), Is.EqualTo(new[] { "A/ES-10/273", "A/ES-10/273/Corr.1" }));
        Assert.That(ReferenceFinder.Find("Recalling its resolution ES-10/24 of 18 September 2024,", 0).Select(r => (r.Kind, r.Text, r.Value)),
            Is.EqualTo(new[]
            {
                (ReferenceKind.Resolution, "ES-10/24", "A/RES/ES-10/24"),
                (ReferenceKind.Date, "18 September 2024", "2024-09-18"),
            }));
    }

    [Test]
    public void Footnote_glued_to_a_year_stays_out_of_the_date()
    {
        List<Reference> refs = Scan("A_RES_75_308", "resolutions 57.10 of 22 May 20045 and 69.7 of 28 May 20166 adopted", out _);
        Assert.That(refs.Select(r => (r.Kind, r.Text, r.Value)), Is.EqualTo(new[]
        {
            (ReferenceKind.Date, "22 May 2004", "2004-05-22"),
            (ReferenceKind.Date, "28 May 2016", "2016-05-28"),
        }));
    }

    [Test]
    public void Symbols_of_other_bodies_and_decisions()
    {
        List<Reference> refs = Scan("A_RES_80_110", "document IOC/A-32/Decisions, decision A‑32/4.4.", out _);
        Assert.That(refs.Select(r => r.Text), Is.EqualTo(new[] { "IOC/A-32/Decisions" }));
        List<Reference> cbd = Scan("A_RES_80_110", "document UNEP/CBD/COP/9/29, annex I, decision\u00A0IX/20, annexes I and II.", out _);
        Assert.That(cbd.Select(r => r.Text), Is.EqualTo(new[] { "UNEP/CBD/COP/9/29" }));
        List<Reference> imo = Scan("A_RES_80_110", "document MSC 81/25/Add.1", out _);
        Assert.That(imo.Select(r => r.Text), Does.Contain("MSC 81/25/Add.1"));
    }

    [Test]
    public void Dates_with_no_break_spaces_and_invalid_dates()
    {
        List<Reference> refs = ReferenceFinder.Find("adopted on 21\u00A0July\u00A02016, not on 31 February 2016 nor 30 Febuary 2016, and on 29 February 2024.", 100);
        Assert.That(refs.Select(r => (r.Value, r.Start)), Is.EqualTo(new[] { ("2016-07-21", 111), ("2024-02-29", 177) }));
        Assert.That(refs[0].Text, Is.EqualTo("21\u00A0July\u00A02016"));
    }

    [Test]
    public void Date_range_keeps_only_the_full_date()
    {
        List<Reference> refs = Scan("A_RES_71_242", "held in Nairobi from 17 to 22 July 2016,3", out _);
        Assert.That(refs.Select(r => (r.Text, r.Value)), Is.EqualTo(new[] { ("22 July 2016", "2016-07-22") }));
    }

    [Test]
    public void Other_organs_and_non_references()
    {
        Assert.That(ReferenceFinder.Find("Economic and Social Council resolution 2016/1 of 22 July 2016", 0).Select(r => r.Value),
            Is.EqualTo(new[] { "E/RES/2016/1", "2016-07-22" }));
        Assert.That(ReferenceFinder.Find("Human Rights Council resolution 31/1", 0).Single().Value, Is.EqualTo("A/HRC/RES/31/1"));
        // The decision is one; the list stops at "Goal", and the later numbers follow no keyword.
        Assert.That(ReferenceFinder.Find("Recalling its decision 70/1 and Goal 9 of the Decade (2016-2025), 70/1 and 24/7.", 0).Select(r => (r.Kind, r.Value)),
            Is.EqualTo(new[] { (ReferenceKind.Decision, "A/DEC/70/1") }));
        Assert.That(ReferenceFinder.Find("resolution adopted by the General Assembly", 0), Is.Empty);
        Assert.That(ReferenceFinder.Find("HIV/AIDS, N/A, COVID-19/AIDS and A/B testing", 0), Is.Empty);
        Assert.That(ReferenceFinder.Find("the Security Council in S/RES/2334 (2016)", 0).Single().Value, Is.EqualTo("S/RES/2334 (2016)"));
    }

    private static (ReferenceKind, string)[] Values(string text) => [.. ReferenceFinder.Find(text, 0).Select(r => (r.Kind, r.Value))];

    [Test]
    public void Decisions_are_references_with_their_symbol()
    {
        Assert.That(Values("Recalling its decision 75/555 of 10 May 2021,"),
            Is.EqualTo(new[] { (ReferenceKind.Decision, "A/DEC/75/555"), (ReferenceKind.Date, "2021-05-10") }));
        Assert.That(Values("as well as its decisions 58/521 of 8 December 2003, 60/518 of 8 December 2005 and 74/550 B of 12 August 2020").Where(r => r.Item1 == ReferenceKind.Decision),
            Is.EqualTo(new[] { (ReferenceKind.Decision, "A/DEC/58/521"), (ReferenceKind.Decision, "A/DEC/60/518"), (ReferenceKind.Decision, "A/DEC/74/550 B") }));
        Assert.That(Values("Human Rights Council decision 18/120 and Economic and Social Council decision 2016/246"),
            Is.EqualTo(new[] { (ReferenceKind.Decision, "A/HRC/DEC/18/120"), (ReferenceKind.Decision, "E/DEC/2016/246") }));
        Assert.That(Values("Recordando sus decisiones 74/544 y 75/570, así como la décision 73/555 du 3 avril 2019"),
            Is.EqualTo(new[] { (ReferenceKind.Decision, "A/DEC/74/544"), (ReferenceKind.Decision, "A/DEC/75/570"), (ReferenceKind.Decision, "A/DEC/73/555"), (ReferenceKind.Date, "2019-04-03") }));
    }

    [Test]
    public void Decisions_of_other_bodies_and_bare_numbers_are_not()
    {
        // Conferences of parties, roman sessions, another organ, a year in brackets, an act cited by its place in a report.
        Assert.That(Values("decision 1/CP.21, decision X/2, decision 7/COP.14 and Governing Council decision 27/2"), Is.Empty);
        Assert.That(Values("Security Council decision 2334 (2016) and the decision 27/2 du Conseil d’administration"), Is.Empty);
        Assert.That(Values("Supplement No. 4 (E/2013/24), chap. I, sect. C, decision 44/114.").Select(r => r.Item2), Is.EqualTo(new[] { "E/2013/24" }));
        // A body named by an organ word and its complement before the keyword is another organ (the dev sets' English gave
        // A/DEC/63/15 and E/RES/2006/2 for these, the French and Spanish nothing).
        Assert.That(Values("Commission on Narcotic Drugs decision 63/15 and Commission on the Status of Women resolutions 51/2 and 52/2"), Is.Empty);
        Assert.That(Values("Commission on Population and Development resolutions 2006/2 and 2008/1"), Is.Empty);
        Assert.That(Values("notes the adoption by the Security Council of resolution 2500 (2019)"), Is.EqualTo(new[] { (ReferenceKind.SecurityCouncilResolution, "S/RES/2500 (2019)") }));
        Assert.That(Values("requested by the General Assembly in resolution 74/104"), Is.EqualTo(new[] { (ReferenceKind.Resolution, "A/RES/74/104") }));
        // Numbers no keyword opens are not decisions: "the decision to convene 75/1" is a decision's word, not a decision's number.
        Assert.That(Values("its decision to convene, on 74/1 and 75/2"), Is.Empty);
    }

    [Test]
    public void French_cross_references_and_dates()
    {
        Assert.That(Values("Rappelant sa résolution 70/1 du 25 septembre 2015, intitulée"),
            Is.EqualTo(new[] { (ReferenceKind.Resolution, "A/RES/70/1"), (ReferenceKind.Date, "2015-09-25") }));
        Assert.That(Values("Réaffirmant ses résolutions 70/1 et 71/243 du 21 décembre 2016"),
            Is.EqualTo(new[] { (ReferenceKind.Resolution, "A/RES/70/1"), (ReferenceKind.Resolution, "A/RES/71/243"), (ReferenceKind.Date, "2016-12-21") }));
        Assert.That(Values("la résolution 2334 (2016) du Conseil de sécurité, en date du 1er décembre 2016"),
            Is.EqualTo(new[] { (ReferenceKind.SecurityCouncilResolution, "S/RES/2334 (2016)"), (ReferenceKind.Date, "2016-12-01") }));
        // The organ after the list names it: 31/1 of the Human Rights Council is no resolution of the Assembly.
        Assert.That(Values("la résolution 31/1 du Conseil des droits de l’homme"), Is.EqualTo(new[] { (ReferenceKind.Resolution, "A/HRC/RES/31/1") }));
        Assert.That(Values("la résolution 31/1 du Conseil des droits de l'homme"), Is.EqualTo(new[] { (ReferenceKind.Resolution, "A/HRC/RES/31/1") }));
        Assert.That(Values("resolution 31/1 of the Human Rights Council"), Is.EqualTo(new[] { (ReferenceKind.Resolution, "A/HRC/RES/31/1") }));
        // Between the keyword and the numbers: "les résolutions du Conseil de sécurité 658 (1990) du 27 juin 1990, 690 (1991)".
        Assert.That(Values("les résolutions du Conseil de sécurité 658 (1990) du 27 juin 1990, 690 (1991)").Where(r => r.Item1 != ReferenceKind.Date),
            Is.EqualTo(new[] { (ReferenceKind.SecurityCouncilResolution, "S/RES/658 (1990)"), (ReferenceKind.SecurityCouncilResolution, "S/RES/690 (1991)") }));
        // Another organ's resolutions are none of these: "de la Commission des droits de l’homme", "du Conseil d’administration".
        Assert.That(Values("les résolutions 2004/16 et 2005/5 de la Commission des droits de l’homme"), Is.Empty);
        Assert.That(Values("la résolution 47/22 du Conseil d’administration"), Is.Empty);
        // "du Conseil" alone does not say which: the form does (a year in brackets is the Security Council's).
        Assert.That(Values("à la résolution 2282 (2016) du Conseil ;"), Is.EqualTo(new[] { (ReferenceKind.SecurityCouncilResolution, "S/RES/2282 (2016)") }));
        // A note the source set before the comma (blanked by the model) does not end the list: "20113, S-17/1".
        Assert.That(Values("ses résolutions S-16/1 du 29 avril 2011 , S-17/1 du 23 août 2011").Where(r => r.Item1 == ReferenceKind.Resolution).Select(r => r.Item2),
            Is.EqualTo(new[] { "A/RES/S-16/1", "A/RES/S-17/1" }));
    }

    [Test]
    public void Spanish_cross_references_and_dates()
    {
        Assert.That(Values("Recordando su resolución 70/1, de 25 de septiembre de 2015, titulada"),
            Is.EqualTo(new[] { (ReferenceKind.Resolution, "A/RES/70/1"), (ReferenceKind.Date, "2015-09-25") }));
        Assert.That(Values("sus resoluciones 69/233, de 19 de diciembre de 2014, 71/240, de 21 de diciembre de 2016, y 73/245, de 20 de diciembre 2018").Where(r => r.Item1 == ReferenceKind.Resolution).Select(r => r.Item2),
            Is.EqualTo(new[] { "A/RES/69/233", "A/RES/71/240", "A/RES/73/245" }));
        Assert.That(Values("las resoluciones del Consejo de Seguridad 1325 (2000), de 31 de octubre de 2000, y 2250 (2015)").Where(r => r.Item1 != ReferenceKind.Date),
            Is.EqualTo(new[] { (ReferenceKind.SecurityCouncilResolution, "S/RES/1325 (2000)"), (ReferenceKind.SecurityCouncilResolution, "S/RES/2250 (2015)") }));
        Assert.That(Values("la resolución 2334 (2016) del Consejo de Seguridad y la resolución 60/251 de la Asamblea General"),
            Is.EqualTo(new[] { (ReferenceKind.SecurityCouncilResolution, "S/RES/2334 (2016)"), (ReferenceKind.Resolution, "A/RES/60/251") }));
        Assert.That(Values("la resolución 2005/5 del Consejo Económico y Social y la resolución 31/1 del Consejo de Derechos Humanos"),
            Is.EqualTo(new[] { (ReferenceKind.Resolution, "E/RES/2005/5"), (ReferenceKind.Resolution, "A/HRC/RES/31/1") }));
        Assert.That(Values("las resoluciones de la Comisión de Prevención del Delito y Justicia Penal 16/1, de 27 de abril de 2007").Where(r => r.Item1 != ReferenceKind.Date), Is.Empty);
        Assert.That(Values("las resoluciones pertinentes, incluidas sus resoluciones 1514 (XV), de 14 de diciembre de 1960, y 1541 (XV)").Where(r => r.Item1 != ReferenceKind.Date).Select(r => r.Item2),
            Is.EqualTo(new[] { "A/RES/1514 (XV)", "A/RES/1541 (XV)" }));
        Assert.That(Values("el 1 de enero de 2016 y el 4 de diciembre de 2024"), Is.EqualTo(new[] { (ReferenceKind.Date, "2016-01-01"), (ReferenceKind.Date, "2024-12-04") }));
    }

    [Test]
    public void Every_reference_of_the_corpus_points_at_its_text()
    {
        foreach (string name in Fixtures.OdsNames())
        {
            string source = Fixtures.Ods(name);
            int lineStart = 0;
            int count = 0;
            while (lineStart <= source.Length)
            {
                int end = source.IndexOf('\n', lineStart);
                if (end < 0) { end = source.Length; }
                foreach (Reference r in ReferenceFinder.Find(source[lineStart..end], lineStart))
                {
                    Assert.That(source.Substring(r.Start, r.Length), Is.EqualTo(r.Text), $"{name}: {r}");
                    count++;
                }
                lineStart = end + 1;
            }
            Assert.That(count, Is.GreaterThan(0), name);
        }
    }

    [Test]
    public void Random_strings_never_throw_and_stay_inside_the_text()
    {
        var random = new Random(20240917);
        string[] pieces =
        [
            "resolution", "resolutions ", "Resolution ", " ", "\u00A0", "/", "-", "\u2011", ".", ",", " and ", " of ", "(", ")",
            "A", "S", "ES-", "S-", "XXI", "I", "V", "X", "1", "19", "2016", "49/108", "(2016)", "December", "May", "31",
            "Security Council ", "Human Rights Council ", "General Assembly ", "Assembly ", "decision ", "document ", "MSC ",
            "Add.", "in particular ", "including ", "Corr.", "\n", "\t", "\u201C", "é", "0", "99999999999", "A/RES/", "S/RES/",
        ];
        var builder = new StringBuilder();
        for (int n = 0; n < 2000; n++)
        {
            builder.Clear();
            int length = random.Next(0, 40);
            for (int i = 0; i < length; i++)
            {
                if (random.Next(4) == 0) { builder.Append((char)random.Next(0, 0x3000)); }
                else { builder.Append(pieces[random.Next(pieces.Length)]); }
            }
            string text = builder.ToString();
            int offset = random.Next(0, 1000);
            List<Reference> refs = ReferenceFinder.Find(text, offset);
            AssertOrderedAndDisjoint(refs);
            foreach (Reference r in refs)
            {
                Assert.That(r.Start - offset, Is.InRange(0, text.Length), text);
                Assert.That(r.Start - offset + r.Length, Is.InRange(1, text.Length), text);
                Assert.That(text.Substring(r.Start - offset, r.Length), Is.EqualTo(r.Text), text);
                Assert.That(r.Value, Is.Not.Empty, text);
            }
        }
        Assert.That(ReferenceFinder.Find("", 0), Is.Empty);
    }

    [Test]
    public void Long_pathological_input_is_fast()
    {
        string[] inputs =
        [
            string.Concat(Enumerable.Repeat("resolutions ", 20_000)),
            string.Concat(Enumerable.Repeat("A/", 50_000)),
            string.Concat(Enumerable.Repeat("resolutions 1/1, ", 20_000)),
            string.Concat(Enumerable.Repeat("1 December ", 20_000)),
            new string('A', 100_000) + "/1",
            string.Concat(Enumerable.Repeat("resolution ", 10_000)) + new string(' ', 50_000),
            string.Concat(Enumerable.Repeat("résolutions 70/1 du Conseil de ", 5_000)),
            string.Concat(Enumerable.Repeat("decisiones 1/1, de 1 de enero de ", 5_000)),
            string.Concat(Enumerable.Repeat("1er de ", 20_000)),
        ];
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (string input in inputs) { _ = ReferenceFinder.Find(input, 0); }
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }
}
