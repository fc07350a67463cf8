namespace UnResolutions.Fuzz;

/// <summary>The pieces of text a hostile or broken export is made of, shared by the mutator and the generator.</summary>
internal static class Hostile
{
    /// <summary>Every Unicode space separator, the line and paragraph separators, and the other characters that
    /// <see cref="char.IsWhiteSpace(char)"/> or a reader may take for a space or a line break.</summary>
    public static readonly string[] Spaces =
    [
        "\t", "\v", "\f", "\u0085", "\u00A0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005",
        "\u2006", "\u2007", "\u2008", "\u2009", "\u200A", "\u200B", "\u2028", "\u2029", "\u202F", "\u205F", "\u3000",
        "\uFEFF", "\u00AD", "\u180E",
    ];

    /// <summary>Line endings, alone and mixed.</summary>
    public static readonly string[] LineEnds = ["\n", "\r\n", "\r", "\n\r", "\r\r\n", "\u2028", "\u2029", "\u0085", "\n\n"];

    /// <summary>Labels of paragraphs, sub-paragraphs, parts and headings, well and badly formed.</summary>
    public static readonly string[] Labels =
    [
        "1.\t", "2.\t", "10.\t", "1. ", "(a)\t", "(b)\t", "(i)\t", "(iv)\t", "(xviii)\t", "(aa)\t", "(z)\t", "(A)\t", "(1)\t", "a)\t",
        "i)\t", "A.\t", "B.\t", "I.\t", "IV.\t", "1 bis.\t", "(a bis)\t", "\t1.\t", "\t(a)\t", "\t\t(i)\t", "A", "B", "I", "II. ",
        "Part A", "99999999999.\t", "2147483648.\t", "-2147483649.\t", "0.\t", "(\t", "().\t", "1.1\t", "•\t", "–\t", "*\t",
    ];

    /// <summary>Whole lines of the ODS export: markers, header lines, the trailer's Word fields, page furniture.</summary>
    public static readonly string[] Markers =
    [
        "[Start1]", "[DU1]", "[Start1]<<ODS JOB NO>>N1646151E<<ODS JOB NO>>", "<<ODS JOB NO>>N1646151E<<ODS JOB NO>>",
        "<<ODS DOC SYMBOL1>>A/RES/71/242<<ODS DOC SYMBOL1>>", "<<ODS DOC SYMBOL2>><<ODS DOC SYMBOL2>>", "<<ODS DOC SYMBOL1>>",
        "<<ODS", "_______________", "------------------------------------------------------------", "9", "",
        "United NationsA/RES/71/242General AssemblyDistr.: General", "2 February 2017Seventy-first session",
        "Agenda item 23 (b)", "16-22825 (E)", "*1622825*Please recycle", "A/RES/71/242Industrial development cooperation",
        "Industrial development cooperationA/RES/71/242", "2/2", "9/9",
        "Resolution adopted by the General Assembly on 21 December 2016",
        "Resolution adopted by the General Assembly on 31 February 99999999999",
        "Adopted by the Security Council at its 7853rd meeting, on 23 December 2016",
        "Adopted by the Security Council at its 99999999999th meeting, on 0 December 0",
        "[on the report of the Second Committee (A/71/467/Add.2)]", "[without reference to a Main Committee (A/71/L.45)]",
        "[on the report of the Third Committee (A/71/484/Add.2, para. 99999999999)]", "[on the report of the Fifth Committee",
        "71/242.\tIndustrial development cooperation", "2758 (XXVI).\tRestoration", "Resolution 2744 (2024)",
        "S/RES/2744 (2024)", "\tThe General Assembly,", "\tThe Security Council,", "\tThe Economic and Social Council,",
        "\tL'Assemblée générale,", "\tLa Asamblea General,", "66th plenary meeting", "21 December 2016", "Annex", "Annex I",
        "Annex II", "II. Follow-up", "1 See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.",
        "18-22 March 2002 (United Nations publication, Sales No. E.02.II.A.7)", "2 A/71/467/Add.2.", "Decision 71/540",
        "Resolución aprobada por la Asamblea General el 21 de diciembre de 2016", "Résolution adoptée par l’Assemblée générale le 21 décembre 2016",
    ];

    /// <summary>Lead phrases of recitals and operative paragraphs.</summary>
    public static readonly string[] Leads =
    [
        "Recalling", "Recalling also", "Reaffirming", "Noting with concern", "Taking note of", "Deeply concerned", "Having considered",
        "Welcoming", "Bearing in mind", "Decides", "Requests", "Calls upon", "Also decides", "Takes note with appreciation of",
        "Urges", "Invites", "Encourages", "Reiterates", "Rappelant", "Décide", "Recordando", "Decide",
    ];

    /// <summary>Words, references and the digit shapes around them.</summary>
    public static readonly string[] Words =
    [
        "the", "of", "and", "resolution", "resolutions", "70/1", "71/242", "A/71/467/Add.2", "S/RES/2334 (2016)", "E/RES/2016/1",
        "A/HRC/RES/31/1", "1/CP.21", "(2016-2025)", "2030", "Agenda", "Goal 9", "Paris Agreement1", "Convention2", "2016,3", "development;4",
        "“quoted”", "‘single’", "–", "—", "Côte d’Ivoire", "para.", "paragraph 5", "annex", "report", "Secretary-General", "1994,",
        "(A/71/467/Add", "S/R", "ES/2744", "(2024)", "UNIDO", "22 March 2002", "footnote", "et", "de", "la", "y", "el",
    ];

    /// <summary>Characters for random text: the characters the grammar looks at, and some it should never meet.</summary>
    public const string Alphabet = "aAbBiIvVxXzZ0123456789 \t\n\r.,;:()[]/-*_<>–—“”'’\u00A0\u2028\u2029\u3000\u0000\uD800\uDC00\uFEFF\u00AD";
}
