namespace UnResolutions.Languages;

/// <summary>
/// The fixed phrases of the header and the closing in one working language of the UN: the words the line grammar
/// looks for, kept in one table per language so that the grammar itself has no <c>if (french)</c>.
/// To add a language, add a table to <see cref="All"/>.
/// </summary>
internal sealed class LanguageTable
{
    /// <summary>The ISO 639-1 code: <c>en</c>, <c>fr</c>, <c>es</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The month names, January first, as printed in dates (<c>décembre</c>, <c>diciembre</c>).</summary>
    public required string[] MonthNames { get; init; }

    /// <summary>What may follow the day's digits with no space: <c>1er décembre</c>.</summary>
    public string[] DaySuffixes { get; init; } = [];

    /// <summary>The word between day, month and year, if any: <c>4 de diciembre de 2024</c>.</summary>
    public string? DateJoiner { get; init; }

    /// <summary>The first words of an adoption line: <c>Resolution</c> … <c>Adopted by the</c>.</summary>
    public required string[] AdoptionStarts { get; init; }

    /// <summary>The verb of an adoption line after its first word: <c> adopted by the </c>, <c> adoptée par </c>.</summary>
    public required string[] AdoptedBy { get; init; }

    /// <summary>The line openings of an adoption line without "Resolution": <c>Adopted by the </c>, <c>Adoptée par </c>.</summary>
    public required string[] AdoptedByOpenings { get; init; }

    /// <summary>The word before the adoption date at the end of the line: <c>on</c>, <c>le</c>, <c>el</c>.</summary>
    public required string DateWord { get; init; }

    /// <summary>What introduces the meeting in a Security Council adoption line: <c> at its </c>, <c> à sa </c>, <c> en su </c>.</summary>
    public required string MeetingIntroduction { get; init; }

    /// <summary>The word that ends the meeting's name: <c>meeting</c>, <c>séance</c>, <c>sesión</c>.</summary>
    public required string MeetingWord { get; init; }

    /// <summary>
    /// The words that may follow <see cref="MeetingWord"/> in a closing and belong to the meeting as printed
    /// (<c>séance plénière (reprise)</c>), in order; empty for English, where the meeting word comes last.
    /// </summary>
    public string[] MeetingTails { get; init; } = [];

    /// <summary>The ordinal suffixes after a meeting number: <c>st nd rd th</c>, <c>e er</c>, <c>a ª</c>.</summary>
    public required string[] OrdinalSuffixes { get; init; }

    /// <summary>The keyword of a Security Council number line: <c>Resolution 2522 (2020)</c>.</summary>
    public required string ResolutionKeyword { get; init; }

    /// <summary>The opening of an origin line before the committee's name: <c>on the report of the </c>.</summary>
    public required string[] ReportOpenings { get; init; }

    /// <summary>Words that make a bracketed line an origin line: <c>report</c>, <c>reference</c>, <c>Committee</c>.</summary>
    public required string[] OriginWords { get; init; }

    /// <summary>The phrase of an origin line without a committee: <c>without reference</c>.</summary>
    public required string WithoutReference { get; init; }

    /// <summary>The abbreviation before a paragraph number in an origin line: <c>para.</c>, <c>par.</c>, <c>párr.</c>.</summary>
    public required string ParagraphAbbreviation { get; init; }

    /// <summary>The words of an annex's label line: <c>Annex</c>, <c>Annexe</c>, <c>Anexo</c>, <c>Appendix</c> (singular and plural).</summary>
    public required string[] AnnexWords { get; init; }

    /// <summary>The openings of the formula that names the organ: <c>The </c>, <c>L’Assemblée générale</c>, <c>El Consejo de Seguridad</c>.</summary>
    public required string[] FormulaOpenings { get; init; }

    /// <summary>
    /// The names of the adopting organs, in the order General Assembly, Security Council, Economic and Social Council,
    /// Human Rights Council (<c>Assemblée générale</c>, <c>Consejo de Seguridad</c> …).
    /// </summary>
    public required string[] OrganNames { get; init; }

    /// <summary>The Main Committees' names, First to Sixth, as they appear in a committee as printed (<c>Deuxième Commission</c>).</summary>
    public required string[] MainCommittees { get; init; }

    /// <summary>
    /// The words of the fallback grammar of lead phrases, for a recital whose first words the language's lexicon has
    /// never seen; null for English, whose grammar is <c>LeadPhrases.Measure</c>.
    /// </summary>
    public LeadGrammarWords? LeadGrammar { get; init; }

    /// <summary>
    /// Whether the language sets a footnote reference before the punctuation (<c>résolution 74/912 ;</c>,
    /// <c>Convención2,</c>) rather than after it (<c>resolution 74/91;2</c>): then the end of a symbol's number before
    /// the punctuation may be a reference.
    /// </summary>
    public bool NotesBeforePunctuation { get; init; }

    /// <summary>
    /// Function words, lower case: a footnote reference that the source glued to one of them is a note placed one word
    /// late (<c>1994, 1in which</c>) or glued between two words (<c>Sostenible4y el</c>).
    /// </summary>
    public required string[] FunctionWords { get; init; }

    /// <summary>The abbreviations of "number" before a number (<c>no 14</c>, <c>núm. 14</c>): a note glued to the number may follow (<c>no 148</c>).</summary>
    public string[] NumberAbbreviations { get; init; } = [];

    /// <summary>The opening of the ODS trailer's masthead: <c>United Nations</c>, <c>Nations Unies</c>, <c>Naciones Unidas</c>.</summary>
    public required string MastheadOpening { get; init; }

    /// <summary>The keywords of the trailer's agenda item line: <c>Agenda item</c>, <c>Point</c>, <c>Tema</c> (plural first).</summary>
    public required string[] AgendaItemWords { get; init; }

    /// <summary>
    /// What ends an agenda item line after its number (<c>Point 16 de l’ordre du jour</c>, <c>Tema 22 b) del programa</c>);
    /// empty for English. A language with tails requires one: "Point 3" alone is no agenda item.
    /// </summary>
    public string[] AgendaItemTails { get; init; } = [];

    /// <summary>The words around cross-references in running text (<c>sa résolution 70/1 du 25 septembre 2015</c>).</summary>
    public required ReferenceWords References { get; init; }

    /// <summary>The name of the embedded lead-phrase lexicon of the language (<c>lexicon.fr.tsv</c>, see docs/lead-phrases.md).</summary>
    public string LexiconResource => $"UnResolutions.LeadPhrases.lexicon.{Code}.tsv";

    /// <summary>The canonical identifiers of the Main Committees, First to Sixth: the same in every language, so that pipelines can join them.</summary>
    public static readonly string[] MainCommitteeIds = ["FirstCommittee", "SecondCommittee", "ThirdCommittee", "FourthCommittee", "FifthCommittee", "SixthCommittee"];

    public static readonly LanguageTable English = new()
    {
        Code = "en",
        MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        AdoptionStarts = ["Resolution", "Decision", "Adopted by", "RESOLUTION", "DECISION"],
        AdoptedBy = [" adopted by the "],
        AdoptedByOpenings = ["Adopted by the "],
        DateWord = "on",
        MeetingIntroduction = " at its ",
        MeetingWord = "meeting",
        OrdinalSuffixes = ["st", "nd", "rd", "th"],
        ResolutionKeyword = "Resolution",
        ReportOpenings = ["on the report of the "],
        OriginWords = ["report", "reference", "Committee"],
        WithoutReference = "without reference",
        ParagraphAbbreviation = "para.",
        AnnexWords = ["Annexes", "Annex", "Appendix", "ANNEX"],
        FormulaOpenings = ["The "],
        MainCommittees = ["First Committee", "Second Committee", "Third Committee", "Fourth Committee", "Fifth Committee", "Sixth Committee"],
        OrganNames = ["General Assembly", "Security Council", "Economic and Social Council", "Human Rights Council"],
        MastheadOpening = "United Nations",
        References = new ReferenceWords
        {
            Resolution = ["resolution", "resolutions"],
            Decision = ["decision", "decisions"],
            Joiners = ["and"],
            DateLinks = ["of"],
            LeadIns = ["in particular", "including"],
            OrganLinks = ["of the "],
            ReportDivisions = ["chap.", "sect."],
            Assembly = "Assembly",
            Council = "Council",
        },
        AgendaItemWords = ["Agenda items", "Agenda item"],
        FunctionWords =
        [
            "a", "an", "and", "as", "at", "by", "for", "from", "in", "including", "into", "is", "it", "its", "of", "on", "or",
            "that", "the", "to", "was", "were", "which", "while", "who", "whose", "with", "within", "where", "adopted",
            "entitled", "held", "signed", "but", "also", "are", "has", "have",
        ],
    };

    public static readonly LanguageTable French = new()
    {
        Code = "fr",
        MonthNames = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        DaySuffixes = ["er"],
        AdoptionStarts = ["Résolution", "Décision", "Adoptée"],
        AdoptedBy = [" adoptée par ", " adoptées par "],
        AdoptedByOpenings = ["Adoptée par ", "Adoptées par "],
        DateWord = "le",
        MeetingIntroduction = " à sa ",
        MeetingWord = "séance",
        MeetingTails = ["plénière", "(reprise)"],
        OrdinalSuffixes = ["er", "e"],
        ResolutionKeyword = "Résolution",
        ReportOpenings = ["sur la base du rapport de la ", "sur la base du rapport du "],
        OriginWords = ["rapport", "renvoi", "Commission"],
        WithoutReference = "sans renvoi",
        ParagraphAbbreviation = "par.",
        AnnexWords = ["Annexes", "Annexe", "Appendice", "ANNEXE"],
        FormulaOpenings = ["L’Assemblée", "L'Assemblée", "Le Conseil"],
        MainCommittees = ["Première Commission", "Deuxième Commission", "Troisième Commission", "Quatrième Commission", "Cinquième Commission", "Sixième Commission"],
        OrganNames = ["Assemblée générale", "Conseil de sécurité", "Conseil économique et social", "Conseil des droits de l’homme"],
        MastheadOpening = "Nations Unies",
        References = new ReferenceWords
        {
            Resolution = ["résolution", "résolutions"],
            Decision = ["décision", "décisions"],
            Joiners = ["et"],
            DateLinks = ["du", "en date du"],
            LeadIns = ["en particulier", "notamment", "y compris"],
            OrganLinks = ["du ", "de la ", "de l’", "de l'"],
            ReportDivisions = ["chap.", "sect."],
            Assembly = "Assemblée",
            Council = "Conseil",
        },
        AgendaItemWords = ["Points", "Point"],
        AgendaItemTails = ["de l’ordre du jour", "de l'ordre du jour"],
        NotesBeforePunctuation = true,
        FunctionWords =
        [
            "et", "ou", "de", "du", "des", "la", "le", "les", "à", "au", "aux", "en", "dans", "sur", "pour", "par", "qui", "que",
            "dont", "avec", "ainsi", "adopté", "adoptée", "adoptés", "adoptées", "signé", "signée", "tenu", "tenue", "intitulé", "intitulée",
        ],
        NumberAbbreviations = ["no", "nos", "n°", "no°"],
        LeadGrammar = new LeadGrammarWords
        {
            // Participles ("Rappelant"), past participles and adjectives agreeing with "l’Assemblée" ("Préoccupée",
            // "Convaincue", "Consciente", "Soucieuse") or with "le Conseil" ("Préoccupé", "Résolu", "Soucieux").
            // Singular only, as the body is ("eux" is the masculine singular of "-euse"): the lexicons learned from the
            // UN's markup hold no lead phrase in a plural participle, and "Entités concernées" is no recital's lead.
            HeadEndings = ["ant", "ée", "é", "ue", "u", "ente", "ent", "euse", "eux"],
            // After q and g the u is the digraph's, not the participle's: "Dialogue", "Politique", "République" are nouns.
            NotHeadEndings = ["que", "gue"],
            AdverbEnding = "ment",
            LeadingWords = ["Se", "Ayant", "Étant", "Toujours", "Très", "Tout", "Plus"],
            TrailingWords = ["également", "en outre", "de nouveau", "à nouveau", "aussi", "encore"],
            OperativeComplements = ["note", "acte", "instamment", "également", "en outre", "de nouveau", "à nouveau"],
            Reflexives = ["Se"],
        },
    };

    public static readonly LanguageTable Spanish = new()
    {
        Code = "es",
        MonthNames = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        DateJoiner = "de",
        AdoptionStarts = ["Resolución", "Decisión", "Aprobada"],
        AdoptedBy = [" aprobada por ", " aprobadas por "],
        AdoptedByOpenings = ["Aprobada por ", "Aprobadas por "],
        DateWord = "el",
        MeetingIntroduction = " en su ",
        MeetingWord = "sesión",
        MeetingTails = ["plenaria", "(continuación)"],
        OrdinalSuffixes = ["a", "ª"],
        ResolutionKeyword = "Resolución",
        ReportOpenings = ["sobre la base del informe de la ", "sobre la base del informe del "],
        OriginWords = ["informe", "remisión", "Comisión"],
        WithoutReference = "sin remisión",
        ParagraphAbbreviation = "párr.",
        AnnexWords = ["Anexos", "Anexo", "Apéndice", "ANEXO"],
        FormulaOpenings = ["La Asamblea", "El Consejo"],
        MainCommittees = ["Primera Comisión", "Segunda Comisión", "Tercera Comisión", "Cuarta Comisión", "Quinta Comisión", "Sexta Comisión"],
        OrganNames = ["Asamblea General", "Consejo de Seguridad", "Consejo Económico y Social", "Consejo de Derechos Humanos"],
        MastheadOpening = "Naciones Unidas",
        References = new ReferenceWords
        {
            Resolution = ["resolución", "resoluciones"],
            Decision = ["decisión", "decisiones"],
            Joiners = ["y", "e"],
            DateLinks = ["de"],
            LeadIns = ["en particular", "incluida", "incluidas", "incluidos", "entre ellas"],
            OrganLinks = ["del ", "de la "],
            ReportDivisions = ["cap.", "secc."],
            Assembly = "Asamblea",
            Council = "Consejo",
        },
        AgendaItemWords = ["Temas", "Tema"],
        AgendaItemTails = ["del programa"],
        NotesBeforePunctuation = true,
        FunctionWords =
        [
            "y", "e", "o", "u", "de", "del", "la", "el", "los", "las", "en", "a", "al", "con", "para", "por", "que", "cuyo", "cuya",
            "así", "aprobado", "aprobada", "aprobados", "aprobadas", "firmado", "firmada", "celebrada", "celebrado", "titulado", "titulada",
        ],
        NumberAbbreviations = ["núm.", "núms.", "n.º"],
        LeadGrammar = new LeadGrammarWords
        {
            // Gerunds ("Recordando", "Reconociendo", "Poniendo"), participles and adjectives agreeing with "la Asamblea"
            // ("Preocupada", "Convencida") or with "el Consejo" ("Preocupado", "Decidido"), and "Consciente".
            // Singular only, as the body is: "Medidas urgentes de carácter temporal:" is a title, not a recital's lead.
            HeadEndings = ["ando", "iendo", "yendo", "ada", "ida", "ado", "ido", "ente"],
            AdverbEnding = "mente",
            LeadingWords = ["Habiendo", "Siendo", "Muy", "Sumamente", "Aún", "Todavía"],
            TrailingWords = ["también", "además", "asimismo", "nuevamente", "igualmente", "una vez más"],
            OperativeComplements = ["nota", "encarecidamente", "también", "además", "asimismo", "nuevamente", "una vez más"],
            Reflexives = ["Se"],
        },
    };

    /// <summary>The annex words of every language, longest first, so that no word is read as a shorter one it starts with (<c>Annexe</c> as <c>Annex</c>).</summary>
    public static readonly string[] AllAnnexWords = [.. new[] { English, French, Spanish }.SelectMany(l => l.AnnexWords).Distinct().OrderByDescending(w => w.Length)];

    /// <summary>The languages, English first: where the text could be read in several, English wins, as before.</summary>
    public static readonly LanguageTable[] All = [English, French, Spanish];

    /// <summary>Every language's masthead opening.</summary>
    public static readonly string[] AllMastheadOpenings = [.. All.Select(l => l.MastheadOpening)];

    /// <summary>The first letters of every language's adoption line and Security Council number line (<c>R</c>, <c>D</c>, <c>A</c>).</summary>
    public static readonly string AdoptionInitials = new([.. All.SelectMany(l => l.AdoptionStarts.Append(l.ResolutionKeyword)).Select(s => s[0]).Distinct()]);

    /// <summary>
    /// The language of an adoption line (<c>Resolution adopted by the …</c>, <c>Adopted by the …</c>, <c>Résolution adoptée
    /// par …</c>, <c>Aprobada por …</c>), or null when the line is not one.
    /// </summary>
    public static LanguageTable? OfAdoptionLine(ReadOnlySpan<char> text)
    {
        foreach (LanguageTable language in All)
        {
            if (StartsWithAny(text, language.AdoptedByOpenings)) { return language; }
            if (!StartsWithAny(text, language.AdoptionStarts)) { continue; }
            foreach (string adopted in language.AdoptedBy)
            {
                // After the first word: "Resolution", "Décision", "Resoluciones".
                if (text.IndexOf(adopted, StringComparison.Ordinal) is > 0 and < 14) { return language; }
            }
        }
        return null;
    }

    /// <summary>The language of a Security Council number line (<c>Résolution 2522 (2020)</c>), or null.</summary>
    public static LanguageTable? OfResolutionKeyword(ReadOnlySpan<char> text)
    {
        foreach (LanguageTable language in All)
        {
            if (text.StartsWith(language.ResolutionKeyword, StringComparison.Ordinal)) { return language; }
        }
        return null;
    }

    /// <summary>The table of a language code (<c>fr</c>, <c>FR</c>, <c>fr-CA</c>), or null when no table has it.</summary>
    public static LanguageTable? OfCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) { return null; }
        ReadOnlySpan<char> primary = code.AsSpan().Trim();
        int dash = primary.IndexOfAny('-', '_');
        if (dash >= 0) { primary = primary[..dash]; }
        foreach (LanguageTable language in All)
        {
            if (primary.Equals(language.Code, StringComparison.OrdinalIgnoreCase)) { return language; }
        }
        return null;
    }

    /// <summary>The language of a formula (<c>The General Assembly,</c>, <c>L’Assemblée générale,</c>), or null.</summary>
    public static LanguageTable? OfFormula(ReadOnlySpan<char> text)
    {
        foreach (LanguageTable language in All)
        {
            if (StartsWithAny(text, language.FormulaOpenings)) { return language; }
        }
        return null;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] starts)
    {
        foreach (string start in starts)
        {
            if (text.StartsWith(start, StringComparison.Ordinal)) { return true; }
        }
        return false;
    }

    /// <summary>
    /// The canonical identifier of the Main Committee a committee as printed names (<c>SecondCommittee</c> for
    /// <c>Segunda Comisión</c>; <c>FourthCommittee</c> for <c>Special Political and Decolonization Committee (Fourth
    /// Committee)</c>), or null for another body.
    /// </summary>
    public static string? MainCommitteeIdOf(string? committee)
    {
        if (committee == null) { return null; }
        foreach (LanguageTable language in All)
        {
            for (int c = 0; c < MainCommitteeIds.Length; c++)
            {
                if (committee.Contains(language.MainCommittees[c], StringComparison.OrdinalIgnoreCase)) { return MainCommitteeIds[c]; }
            }
        }
        return null;
    }
}

/// <summary>
/// The words of one language's fallback grammar of lead phrases (see <c>LeadPhrases.MeasureIn</c>): an optional leading
/// word or adverb, a head word known by its ending, and the trailing adverbs that the UN keeps inside the italics.
/// </summary>
internal sealed class LeadGrammarWords
{
    /// <summary>The endings of a recital's head word, lower case: participles and adjectives (<c>ant</c>, <c>ée</c>; <c>ando</c>, <c>ada</c>).</summary>
    public required string[] HeadEndings { get; init; }

    /// <summary>Endings, lower case, that end in one of <see cref="HeadEndings"/> but mark no head word (<c>gue</c> in <c>Dialogue</c>).</summary>
    public string[] NotHeadEndings { get; init; } = [];

    /// <summary>The ending of an adverb that may open a lead phrase (<c>Profondément</c>, <c>Profundamente</c>).</summary>
    public required string AdverbEnding { get; init; }

    /// <summary>Words that may come before the head word (<c>Se</c> félicitant, <c>Ayant</c> examiné, <c>Habiendo</c> examinado).</summary>
    public required string[] LeadingWords { get; init; }

    /// <summary>Adverbs, of one or more words, that end a recital's lead phrase (<c>également</c>, <c>en outre</c>, <c>también</c>).</summary>
    public required string[] TrailingWords { get; init; }

    /// <summary>Words that end an operative paragraph's lead phrase after its verb (<c>Prend note</c>, <c>Toma nota</c>, <c>Prie instamment</c>).</summary>
    public required string[] OperativeComplements { get; init; }

    /// <summary>Reflexive pronouns that come with the verb (<c>Se félicite</c>).</summary>
    public required string[] Reflexives { get; init; }
}
