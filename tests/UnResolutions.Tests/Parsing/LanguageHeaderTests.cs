using System.Text.Json;
using UnResolutions.Languages;
using UnResolutions.Model;
using UnResolutions.Parsing;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Parsing;

/// <summary>
/// The header and closing facts of French and Spanish resolutions (adoption date, meeting, committee, originating
/// document), read with the phrases of <see cref="LanguageTable"/>: real documents of dev/ga-fr, ga-es, sc-fr and
/// sc-es (copied into Fixtures/languages/&lt;set&gt;, outside Fixtures/dev, whose documents the accuracy floor scores
/// with their lead phrases, not read in these languages yet) against the facts of the UN's markup, and lines of the same shapes.
/// </summary>
[TestFixture]
public class LanguageHeaderTests
{
    internal static string PathOf(string set, string kind, string name) =>
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "languages", set, kind, name + (kind == "ods" ? ".txt" : ".json"));

    private static string? Text(JsonElement e, string property) => e.GetProperty(property).ValueKind == JsonValueKind.Null ? null : e.GetProperty(property).GetString();

    [TestCase("ga-fr", "A_RES_75_1")] // [sans renvoi à une grande commission (A/75/L.1)], 3e séance plénière
    [TestCase("ga-fr", "A_RES_75_202")] // [sur la base du rapport de la Deuxième Commission …], 21 décembre 2020 with a no-break space
    [TestCase("ga-fr", "A_RES_75_17")] // closing date "1er décembre 2020": a date line, not a second resolution
    [TestCase("ga-fr", "A_RES_75_239")] // 48e séance plénière (reprise)
    [TestCase("ga-es", "A_RES_75_11")] // [sin remisión previa a una Comisión Principal …], 23 de noviembre de 2020
    [TestCase("ga-es", "A_RES_75_202")] // [sobre la base del informe de la Segunda Comisión …]
    [TestCase("ga-es", "A_RES_75_239")]
    [TestCase("ga-es", "A_RES_75_249")] // "Anexo": an annex, not a second resolution
    [TestCase("ga-es", "A_RES_75_91")] // [sobre la base del Informe de la …], the word capitalized
    [TestCase("ga-fr", "A_RES_76_243")] // "Annexe" // 48a sesión plenaria (continuación)
    [TestCase("sc-fr", "S_RES_2504_2020")] // Adoptée par le Conseil de sécurité à sa 8700e séance, le 10 janvier 2020
    [TestCase("sc-fr", "S_RES_2532_2020")] // … le 1er juillet 2020, adopted without a meeting
    [TestCase("sc-es", "S_RES_2504_2020")] // Aprobada por el Consejo de Seguridad en su 8700ª sesión, celebrada el 10 de enero de 2020
    public void The_header_facts_of_a_French_or_Spanish_resolution_are_the_UNs(string set, string name)
    {
        var tree = ResolutionSyntaxTree.ParseText(File.ReadAllText(PathOf(set, "ods", name)));
        ResolutionDocument d = ResolutionModel.FromTree(tree).Last();
        JsonElement e = JsonDocument.Parse(File.ReadAllText(PathOf(set, "expected", name))).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(tree.GetRoot().Resolutions, Has.Count.EqualTo(1));
            // The organ named in French or Spanish; without an ODS symbol (A_RES_75_17) the symbol is made from it and the number.
            Assert.That(d.Body, Is.EqualTo(set.StartsWith("sc", StringComparison.Ordinal) ? Organ.SecurityCouncil : Organ.GeneralAssembly));
            Assert.That(d.Symbol, Is.EqualTo(Text(e, "symbol")));
            // The UN's markup says "fra", "spa"; the model uses the two-letter codes.
            Assert.That(d.Language, Is.EqualTo(Text(e, "language") switch { "fra" => "fr", "spa" => "es", var other => other }));
            // As score.py: the title with its apostrophes and spaces normalized (the UN's markup writes ' for ’).
            Assert.That(Accuracy.AccuracyScorer.Norm(d.Title), Is.EqualTo(Accuracy.AccuracyScorer.Norm(Text(e, "title"))));
            Assert.That(d.Adoption.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(Text(e, "adoptionDate")));
            Assert.That(Accuracy.AccuracyScorer.Norm(d.Adoption.Meeting), Is.EqualTo(Accuracy.AccuracyScorer.Norm(Text(e, "meeting"))));
            Assert.That(d.Annexes.Count > 0, Is.EqualTo(e.GetProperty("hasAnnex").GetBoolean()));
            Assert.That(d.Origin?.Committee, Is.EqualTo(Text(e, "committee")));
            // The same canonical identifier in every language, so that pipelines can join them.
            Assert.That(d.Origin?.CommitteeId, Is.EqualTo(Text(e, "committee") switch
            {
                null => null,
                var c when c.Contains("Deuxième") || c.Contains("Segunda") => "SecondCommittee",
                var c when c.Contains("Quatrième") || c.Contains("Cuarta") => "FourthCommittee",
                var c when c.Contains("Cinquième") || c.Contains("Quinta") => "FifthCommittee",
                var other => "unexpected committee " + other,
            }));
            // As score.py: the document symbols of the origin, in order ("A/75/L.21 y A/75/L.21/Add.1").
            Assert.That(d.Origin?.Documents ?? [], Is.EqualTo(SymbolsOf(Text(e, "originatingDocument"))));
        });
    }

    [TestCase("4 décembre 2024", 2024, 12, 4)]
    [TestCase("1er décembre 2024", 2024, 12, 1)]
    [TestCase("14\u00A0août 2024", 2024, 8, 14)]
    [TestCase("4 de diciembre de 2024", 2024, 12, 4)]
    [TestCase("10\u00A0de diciembre de 2020", 2020, 12, 10)]
    [TestCase("21 December 2016", 2016, 12, 21)]
    public void A_date_in_English_French_or_Spanish_is_a_calendar_date(string text, int year, int month, int day)
    {
        Assert.That(Dates.TryParse(text, out DateOnly date), Is.True);
        Assert.That(date, Is.EqualTo(new DateOnly(year, month, day)));
    }

    [TestCase("4 diciembre 2024")] // Spanish months take "de"
    [TestCase("4 de décembre de 2024")] // French months do not
    [TestCase("1er December 2016")] // "er" is French
    public void A_date_that_mixes_the_languages_is_not_a_date(string text)
    {
        Assert.That(Dates.TryParse(text, out _), Is.False);
    }

    [TestCase("Résolution adoptée par l’Assemblée générale le 4\u00A0décembre 2024", "2024-12-04", null)]
    [TestCase("Resolución aprobada por la Asamblea General el 4 de diciembre de 2024", "2024-12-04", null)]
    [TestCase("Adoptée par le Conseil de sécurité à sa 9575e séance, le 14 mars 2024", "2024-03-14", "9575e séance")]
    [TestCase("Aprobada por el Consejo de Seguridad en su 9575a sesión, celebrada el 14 de marzo de 2024", "2024-03-14", "9575a sesión")]
    [TestCase("Adopted by the Security Council at its 9575th meeting, on 14 March 2024", "2024-03-14", "9575th meeting")]
    public void An_adoption_line_gives_its_date_and_meeting(string line, string date, string? meeting)
    {
        AdoptionLineSyntax adoption = AdoptionLineOf(line + "\r\n");
        Assert.Multiple(() =>
        {
            Assert.That(adoption.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(date));
            Assert.That(adoption.Meeting.IsMissing ? null : adoption.Meeting.Text, Is.EqualTo(meeting));
        });
    }

    [TestCase("[sur la base du rapport de la Deuxième Commission (A/79/470/Add.1, par. 7)]", "Deuxième Commission", "A/79/470/Add.1", 7, false)]
    [TestCase("[sans renvoi à une grande commission (A/79/L.20)]", null, "A/79/L.20", null, true)]
    [TestCase("[sobre la base del informe de la Segunda Comisión (A/79/470/Add.1, párr. 7)]", "Segunda Comisión", "A/79/470/Add.1", 7, false)]
    [TestCase("[sin remisión previa a una Comisión Principal (A/79/L.20)]", null, "A/79/L.20", null, true)]
    public void An_origin_line_gives_its_committee_as_printed_and_its_document(string line, string? committee, string document, int? paragraph, bool withoutReference)
    {
        string text = "Resolución aprobada por la Asamblea General el 4 de diciembre de 2024\r\n" + line + "\r\n79/1.\tTítulo\r\n\tLa Asamblea General,\r\n\t1.\tDecide algo;\r\n";
        ResolutionDocument d = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Origin?.Committee, Is.EqualTo(committee));
            Assert.That(d.Origin?.Document, Is.EqualTo(document));
            Assert.That(d.Origin?.Paragraph, Is.EqualTo(paragraph));
            Assert.That(d.Origin?.WithoutReference, Is.EqualTo(withoutReference));
        });
    }

    [TestCase("Second Committee", "SecondCommittee")]
    [TestCase("Special Political and Decolonization Committee (Fourth Committee)", "FourthCommittee")]
    [TestCase("Commission des questions politiques spéciales et de la décolonisation (Quatrième Commission)", "FourthCommittee")]
    [TestCase("Sexta Comisión", "SixthCommittee")]
    [TestCase("Ad Hoc Committee of the Whole", null)]
    public void A_Main_Committee_has_one_identifier_in_every_language(string committee, string? id)
    {
        Assert.That(LanguageTable.MainCommitteeIdOf(committee), Is.EqualTo(id));
    }

    [TestCase("47e séance plénière", "47e séance plénière")]
    [TestCase("48e séance plénière (reprise)", "48e séance plénière (reprise)")]
    [TestCase("47a sesión plenaria", "47a sesión plenaria")]
    [TestCase("48a sesión plenaria (continuación)", "48a sesión plenaria (continuación)")]
    [TestCase("66th plenary meeting", "66th plenary meeting")]
    public void A_closing_gives_the_meeting_as_printed(string closing, string meeting)
    {
        string text = "Resolución aprobada por la Asamblea General el 4 de diciembre de 2024\r\n79/1.\tTítulo\r\n\tLa Asamblea General,\r\n\t1.\tDecide algo.\r\n\r\n" + closing + "\r\n4 de diciembre de 2024\r\n";
        ResolutionDocument d = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Adoption.Meeting, Is.EqualTo(meeting));
            Assert.That(d.Adoption.Date, Is.EqualTo(new DateOnly(2024, 12, 4)));
        });
    }

    [TestCase("Resolution adopted by the General Assembly on 21 December 2016\r\n71/242.\tTitle\r\n\tThe General Assembly,\r\n\t1.\tDecides;\r\n", "en")]
    [TestCase("RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY\r\n48/1.\tTitle\r\n\tThe General Assembly,\r\n\t1.\tDecides;\r\n", "en")]
    [TestCase("Résolution adoptée par l’Assemblée générale le 4 décembre 2024\r\n79/1.\tTitre\r\n\tL’Assemblée générale,\r\n\t1.\tDécide ;\r\n", "fr")]
    [TestCase("Resolución aprobada por la Asamblea General el 4 de diciembre de 2024\r\n79/1.\tTítulo\r\n\tLa Asamblea General,\r\n\t1.\tDecide;\r\n", "es")]
    [TestCase("Résolution 2720 (2023)\r\n\tLe Conseil de sécurité,\r\n\t1.\tDécide ;\r\n", "fr")] // no adoption line: the formula says
    public void The_language_is_found_from_the_header(string text, string language)
    {
        Assert.That(ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text)).Single().Language, Is.EqualTo(language));
    }

    [Test]
    public void A_closing_date_on_the_first_of_the_month_is_a_date_line()
    {
        string text = "Résolution adoptée par l’Assemblée générale le 1er décembre 2020\r\n75/17.\tTitre\r\n\tL’Assemblée générale,\r\n\t1.\tDécide.\r\n\r\n32e séance plénière\r\n1er décembre 2020\r\n";
        var tree = ResolutionSyntaxTree.ParseText(text);
        ClosingSyntax closing = tree.GetRoot().Resolutions.Single().Closing!;
        Assert.Multiple(() =>
        {
            Assert.That(closing.Meeting.Text, Is.EqualTo("32e séance plénière"));
            Assert.That(closing.Date, Is.EqualTo(new DateOnly(2020, 12, 1)));
        });
    }

    private static List<string> SymbolsOf(string? text) =>
        text == null ? [] : text.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Contains('/')).ToList();

    private static AdoptionLineSyntax AdoptionLineOf(string text)
    {
        var tree = ResolutionSyntaxTree.ParseText(text + "79/1.\tTitle\r\n\tThe General Assembly,\r\n\t1.\tDecides;\r\n");
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text + "79/1.\tTitle\r\n\tThe General Assembly,\r\n\t1.\tDecides;\r\n"));
        return tree.GetRoot().DescendantNodes().OfType<AdoptionLineSyntax>().Single();
    }
}
