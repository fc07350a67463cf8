namespace UnResolutions.Tools.Mandates;

/// <summary>
/// The words mandates are read with, as data, per language (English for now): the verbs that give a mandate, the
/// ordinal numbers of sessions, the frequencies, and the words before a deadline.
/// </summary>
internal sealed class MandateWords
{
    /// <summary>The verbs (lower case) that give a mandate, longest first so that "calls upon" wins over "calls".</summary>
    public required IReadOnlyList<string> Verbs { get; init; }

    /// <summary>The verb whose actor is the adopting organ itself.</summary>
    public required string Decides { get; init; }

    /// <summary>Words of a lead phrase that do not change its verb: "Also requests", "Requests further".</summary>
    public required IReadOnlyList<string> Adverbs { get; init; }

    /// <summary>Ordinal words to numbers: units, teens and tens ("first" 1, "thirteenth" 13, "seventieth" 70).</summary>
    public required IReadOnlyDictionary<string, int> Ordinals { get; init; }

    /// <summary>The cardinal tens that prefix a compound ordinal ("seventy" of "seventy-third").</summary>
    public required IReadOnlyDictionary<string, int> Tens { get; init; }

    /// <summary>The word a session number stands before.</summary>
    public required string Session { get; init; }

    /// <summary>Phrases of frequency to the frequency's name.</summary>
    public required IReadOnlyList<(string Phrase, string Frequency)> Frequencies { get; init; }

    /// <summary>The words a deadline date follows.</summary>
    public required IReadOnlyList<string> Deadline { get; init; }

    /// <summary>The word of a report.</summary>
    public required string ReportWord { get; init; }

    /// <summary>The words before the title of an agenda item, the most specific first.</summary>
    public required IReadOnlyList<string> AgendaItem { get; init; }

    /// <summary>The words that mark inclusion in an agenda, and the action they give.</summary>
    public required (string Words, string Action) Agenda { get; init; }

    /// <summary>The infinitive verbs whose object is a report, which then make the action "… a report".</summary>
    public required IReadOnlySet<string> ReportVerbs { get; init; }

    public static readonly MandateWords English = new()
    {
        Verbs = ["calls upon", "calls on", "requests", "decides", "invites", "urges", "encourages", "authorizes", "requires", "directs", "instructs", "mandates"],
        Decides = "decides",
        Adverbs = ["also", "further", "again", "once", "moreover", "strongly", "furthermore", "in", "this", "regard"],
        Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9,
            ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16,
            ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40,
            ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100,
        },
        Tens = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        },
        Session = "session",
        Frequencies =
        [
            ("biennially", "biennial"), ("on a biennial basis", "biennial"), ("every two years", "biennial"),
            ("annually", "annual"), ("on an annual basis", "annual"), ("every year", "annual"), ("each year", "annual"),
            ("triennially", "triennial"), ("on a triennial basis", "triennial"), ("every three years", "triennial"),
            ("quadrennially", "quadrennial"), ("on a quadrennial basis", "quadrennial"), ("every four years", "quadrennial"),
        ],
        Deadline = ["by", "until", "before", "no later than", "not later than"],
        ReportWord = "report",
        AgendaItem = ["sub-item entitled", "item entitled"],
        Agenda = ("provisional agenda", "include in the provisional agenda"),
        ReportVerbs = new HashSet<string>(StringComparer.Ordinal) { "submit", "present", "prepare", "transmit", "provide" },
    };
}
