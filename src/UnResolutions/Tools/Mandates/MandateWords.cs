using UnResolutions.Languages;

namespace UnResolutions.Tools.Mandates;

/// <summary>
/// The words mandates are read with, as data, one table per language (English, French, Spanish): the verbs that give a
/// mandate, the ordinal numbers of sessions, the frequencies, the words before a deadline, and the words around the
/// actor and the action. <see cref="MandateFinder"/> has no per-language code.
/// </summary>
internal sealed class MandateWords
{
    /// <summary>The language's table of fixed phrases (organ names, function words).</summary>
    public required LanguageTable Language { get; init; }

    /// <summary>The verbs (lower case) that give a mandate, longest first so that "calls upon" wins over "calls".</summary>
    public required string[] Verbs { get; init; }

    /// <summary>The verb whose actor is the adopting organ itself.</summary>
    public required string Decides { get; init; }

    /// <summary>Words of a lead phrase that do not change its verb: "Also requests", "Requests further".</summary>
    public required string[] Adverbs { get; init; }

    /// <summary>Words between the verb and the actor that are not the actor: "Prie <b>également</b> le Secrétaire général", "Prie <b>à cet égard</b> …".</summary>
    public string[] ActorAdverbs { get; init; } = [];

    /// <summary>What may open the actor and is not part of it: "the", "le", "les", "al", "a los".</summary>
    public required string[] ActorOpenings { get; init; }

    /// <summary>What ends the actor and opens the action: " to " (to submit), " de " / " d’" / " à " (de présenter), " que " / " a que " (que presente).</summary>
    public required string[] ActorEnds { get; init; }

    /// <summary>Pronouns that may stand before the action's verb: "de <b>lui</b> présenter", "que <b>le</b> presente".</summary>
    public string[] Clitics { get; init; } = [];

    /// <summary>Forms of verbs to their infinitive where the text has another form ("presente" → "presentar"); a verb found in it is the action.</summary>
    public IReadOnlyDictionary<string, string> VerbForms { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The endings of an infinitive that may follow "decides" with nothing between ("Decide incluir"); empty in English ("decides to").</summary>
    public string[] InfinitiveEndings { get; init; } = [];

    /// <summary>The endings of the action's verb after the actor's end, when the end is ambiguous (" de " before an infinitive or a noun); empty: any word.</summary>
    public string[] ActionEndings { get; init; } = [];

    /// <summary>Phrases with the report's word that ask for no report: "par rapport à" (compared with).</summary>
    public string[] NotReport { get; init; } = [];

    /// <summary>Phrases that ask for a report without its word: "rendre compte" (to report), "informar".</summary>
    public string[] ReportPhrases { get; init; } = [];

    /// <summary>Ordinal words to numbers: units, teens and tens ("first" 1, "thirteenth" 13, "seventieth" 70).</summary>
    public required IReadOnlyDictionary<string, int> Ordinals { get; init; }

    /// <summary>The tens that prefix a compound ordinal ("seventy" of "seventy-third", "soixante" of "soixante-seizième", "septuagésimo" of "septuagésimo sexto").</summary>
    public required IReadOnlyDictionary<string, int> Tens { get; init; }

    /// <summary>What joins the tens and the unit of a compound ordinal: "-", " et " (soixante et onzième), " " (septuagésimo sexto).</summary>
    public required string[] TensJoiners { get; init; }

    /// <summary>The largest unit after the tens: 9, or 19 in French (soixante-dix-septième is 60 + 17).</summary>
    public int MaxUnit { get; init; } = 9;

    /// <summary>The word a session number stands before: "session", "período de sesiones".</summary>
    public required string Session { get; init; }

    /// <summary>The organ's word that marks the session of the Assembly among several: "assembly", "assemblée", "asamblea".</summary>
    public required string Assembly { get; init; }

    /// <summary>Phrases of frequency to the frequency's name.</summary>
    public required (string Phrase, string Frequency)[] Frequencies { get; init; }

    /// <summary>The words a deadline date follows.</summary>
    public required string[] Deadline { get; init; }

    /// <summary>The word of a report.</summary>
    public required string ReportWord { get; init; }

    /// <summary>The article of "submit <b>a</b> report", "présenter <b>un</b> rapport".</summary>
    public required string ReportArticle { get; init; }

    /// <summary>The word that opens a report's subject: "on", "sur", "sobre".</summary>
    public required string ReportOn { get; init; }

    /// <summary>The words before the title of an agenda item, the most specific first.</summary>
    public required string[] AgendaItem { get; init; }

    /// <summary>The words that mark inclusion in an agenda, the verb of it, and the action they give.</summary>
    public required (string Words, string Verb, string Action) Agenda { get; init; }

    /// <summary>The infinitive verbs whose object is a report, which then make the action "… a report".</summary>
    public required IReadOnlySet<string> ReportVerbs { get; init; }

    /// <summary>The joiner of two clauses: "and", "et", "y".</summary>
    public required string And { get; init; }

    /// <summary>The table of a document's language (<c>fr</c>, <c>es</c>); English for any other or none.</summary>
    public static MandateWords Of(string? language) => language switch
    {
        "fr" => French,
        "es" => Spanish,
        _ => English,
    };

    private static readonly Dictionary<string, int> EnglishOrdinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9,
        ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16,
        ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40,
        ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100,
    };

    public static readonly MandateWords English = new()
    {
        Language = LanguageTable.English,
        Verbs = ["calls upon", "calls on", "requests", "decides", "invites", "urges", "encourages", "authorizes", "requires", "directs", "instructs", "mandates"],
        Decides = "decides",
        Adverbs = ["also", "further", "again", "once", "moreover", "strongly", "furthermore", "in", "this", "regard"],
        ActorOpenings = ["the "],
        ActorEnds = [" to "],
        Ordinals = EnglishOrdinals,
        Tens = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        },
        TensJoiners = ["-"],
        Session = "session",
        Assembly = "assembly",
        Frequencies =
        [
            ("biennially", "biennial"), ("on a biennial basis", "biennial"), ("every two years", "biennial"),
            ("annually", "annual"), ("on an annual basis", "annual"), ("every year", "annual"), ("each year", "annual"),
            ("triennially", "triennial"), ("on a triennial basis", "triennial"), ("every three years", "triennial"),
            ("quadrennially", "quadrennial"), ("on a quadrennial basis", "quadrennial"), ("every four years", "quadrennial"),
        ],
        Deadline = ["by", "until", "before", "no later than", "not later than"],
        ReportWord = "report",
        ReportArticle = "a",
        ReportOn = "on",
        AgendaItem = ["sub-item entitled", "item entitled"],
        Agenda = ("provisional agenda", "include", "include in the provisional agenda"),
        ReportVerbs = new HashSet<string>(StringComparer.Ordinal) { "submit", "present", "prepare", "transmit", "provide" },
        And = "and",
    };

    public static readonly MandateWords French = new()
    {
        Language = LanguageTable.French,
        // "Prie instamment" urges, "Demande" calls upon, "Engage" encourages, "Charge" instructs.
        Verbs = ["prie", "décide", "invite", "demande", "exhorte", "engage", "encourage", "autorise", "exige", "charge"],
        Decides = "décide",
        Adverbs = ["également", "en", "outre", "de", "nouveau", "aussi", "à", "cet", "égard", "instamment", "vivement", "encore"],
        ActorAdverbs = ["à cet égard", "à ce propos", "également", "en outre", "de nouveau", "à nouveau", "aussi", "instamment", "vivement", "encore"],
        ActorOpenings = ["le ", "la ", "les ", "l’", "l'", "aux ", "au "],
        ActorEnds = [" de ", " d’", " d'", " à "],
        Clitics = ["lui", "leur", "se", "s’", "s'", "y", "en"],
        InfinitiveEndings = [],
        ActionEndings = ["er", "ir", "re"],
        NotReport = ["par rapport"],
        ReportPhrases = ["rendre compte", "faire rapport"],
        Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["premier"] = 1, ["première"] = 1, ["unième"] = 1, ["deuxième"] = 2, ["troisième"] = 3, ["quatrième"] = 4, ["cinquième"] = 5,
            ["sixième"] = 6, ["septième"] = 7, ["huitième"] = 8, ["neuvième"] = 9, ["dixième"] = 10, ["onzième"] = 11, ["douzième"] = 12,
            ["treizième"] = 13, ["quatorzième"] = 14, ["quinzième"] = 15, ["seizième"] = 16, ["dix-septième"] = 17, ["dix-huitième"] = 18,
            ["dix-neuvième"] = 19, ["vingtième"] = 20, ["trentième"] = 30, ["quarantième"] = 40, ["cinquantième"] = 50, ["soixantième"] = 60,
            ["quatre-vingtième"] = 80, ["centième"] = 100,
        },
        // 70 and 90 are sixty and eighty with the teens: soixante-dix-septième, quatre-vingt-onzième.
        Tens = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["vingt"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60, ["quatre-vingt"] = 80,
        },
        TensJoiners = ["-", " et "],
        MaxUnit = 19,
        Session = "session",
        Assembly = "assemblée",
        Frequencies =
        [
            ("tous les deux ans", "biennial"), ("chaque année", "annual"), ("tous les ans", "annual"),
            ("annuellement", "annual"), ("tous les trois ans", "triennial"), ("tous les quatre ans", "quadrennial"),
        ],
        Deadline = ["d’ici au", "d'ici au", "d’ici à", "d'ici à", "avant le", "au plus tard le", "jusqu’au", "jusqu'au"],
        ReportWord = "rapport",
        ReportArticle = "un",
        ReportOn = "sur",
        AgendaItem = ["question subsidiaire intitulée", "question intitulée"],
        Agenda = ("ordre du jour provisoire", "inscrire", "inscrire à l’ordre du jour provisoire"),
        ReportVerbs = new HashSet<string>(StringComparer.Ordinal) { "présenter", "soumettre", "établir", "transmettre", "fournir", "communiquer" },
        And = "et",
    };

    public static readonly MandateWords Spanish = new()
    {
        Language = LanguageTable.Spanish,
        Verbs = ["solicita", "pide", "decide", "invita", "exhorta", "insta", "alienta", "autoriza", "exige", "encomienda", "encarga"],
        Decides = "decide",
        Adverbs = ["también", "además", "asimismo", "encarecidamente", "nuevamente", "igualmente"],
        ActorAdverbs = ["a este respecto", "a ese respecto", "en este sentido", "también", "además", "asimismo", "encarecidamente", "nuevamente", "igualmente"],
        ActorOpenings = ["al ", "a los ", "a las ", "a la ", "a ", "el ", "los ", "las ", "la "],
        ActorEnds = [" a que ", " a que,", " que ", " que,", " a "],
        Clitics = ["le", "les", "se", "lo", "la"],
        // The action after "que" is a subjunctive: its infinitive (the report's verbs and a few others).
        VerbForms = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["presente"] = "presentar", ["presenten"] = "presentar", ["presentar"] = "presentar", ["prepare"] = "preparar", ["preparen"] = "preparar",
            ["preparar"] = "preparar", ["transmita"] = "transmitir", ["transmitan"] = "transmitir", ["transmitir"] = "transmitir",
            ["informe"] = "informar", ["informen"] = "informar", ["informar"] = "informar", ["proporcione"] = "proporcionar",
            ["proporcionen"] = "proporcionar", ["proporcionar"] = "proporcionar", ["siga"] = "seguir", ["sigan"] = "seguir",
            ["continúe"] = "continuar", ["continúen"] = "continuar", ["convoque"] = "convocar", ["presten"] = "prestar", ["preste"] = "prestar",
        },
        InfinitiveEndings = ["ar", "er", "ir"],
        ReportPhrases = ["informar", "le informe ", "les informe ", "que informe "],
        Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["primer"] = 1, ["primero"] = 1, ["primera"] = 1, ["segundo"] = 2, ["segunda"] = 2, ["tercer"] = 3, ["tercero"] = 3, ["tercera"] = 3,
            ["cuarto"] = 4, ["cuarta"] = 4, ["quinto"] = 5, ["quinta"] = 5, ["sexto"] = 6, ["sexta"] = 6, ["séptimo"] = 7, ["séptima"] = 7,
            ["octavo"] = 8, ["octava"] = 8, ["noveno"] = 9, ["novena"] = 9, ["décimo"] = 10, ["décima"] = 10,
            ["vigésimo"] = 20, ["trigésimo"] = 30, ["cuadragésimo"] = 40, ["quincuagésimo"] = 50, ["sexagésimo"] = 60,
            ["septuagésimo"] = 70, ["octogésimo"] = 80, ["nonagésimo"] = 90, ["centésimo"] = 100,
        },
        Tens = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["vigésimo"] = 20, ["trigésimo"] = 30, ["cuadragésimo"] = 40, ["quincuagésimo"] = 50, ["sexagésimo"] = 60,
            ["septuagésimo"] = 70, ["octogésimo"] = 80, ["nonagésimo"] = 90,
        },
        TensJoiners = [" "],
        Session = "período de sesiones",
        Assembly = "asamblea",
        Frequencies =
        [
            ("cada dos años", "biennial"), ("bienalmente", "biennial"), ("cada año", "annual"), ("anualmente", "annual"),
            ("cada tres años", "triennial"), ("cada cuatro años", "quadrennial"),
        ],
        Deadline = ["a más tardar el", "antes del", "hasta el"],
        ReportWord = "informe",
        ReportArticle = "un",
        ReportOn = "sobre",
        AgendaItem = ["subtema titulado", "tema titulado"],
        Agenda = ("programa provisional", "incluir", "incluir en el programa provisional"),
        ReportVerbs = new HashSet<string>(StringComparer.Ordinal) { "presentar", "preparar", "transmitir", "proporcionar" },
        And = "y",
    };
}
