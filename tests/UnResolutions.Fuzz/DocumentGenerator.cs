using System.Text;

namespace UnResolutions.Fuzz;

/// <summary>
/// Random documents in the shape of an ODS export: one or more resolutions, each with some of a header, a formula,
/// recitals, numbered operative paragraphs with nested sub-paragraphs, headings, a closing, footnotes and a trailer,
/// in order or not, with numbers that run on, skip or overflow.
/// </summary>
public static class DocumentGenerator
{
    /// <summary>A random document; every choice comes from <paramref name="r"/>.</summary>
    public static string Generate(Random r)
    {
        var b = new StringBuilder();
        string eol = r.Next(4) == 0 ? "\r\n" : "\n";
        int resolutions = r.Next(8) == 0 ? 2 + r.Next(6) : 1;
        for (int k = 0; k < resolutions; k++) { Resolution(b, r, eol); }
        return b.ToString();
    }

    private static void Resolution(StringBuilder b, Random r, string eol)
    {
        void Line(string s) => b.Append(s).Append(eol);
        T Pick<T>(T[] items) => items[r.Next(items.Length)];
        bool security = r.Next(4) == 0;

        if (r.Next(2) == 0) { Line(r.Next(2) == 0 ? "[Start1]" : "[DU1]"); Line(""); }
        if (r.Next(10) > 0)
        {
            Line(security ? $"Adopted by the Security Council at its {r.Next(10000)}th meeting, on {Date(r)}"
                : $"Resolution adopted by the General Assembly on {Date(r)}");
        }
        if (!security && r.Next(4) > 0) { Line($"[on the report of the {Pick(["Second", "Third", "Fifth", "Sixth"])} Committee (A/{r.Next(100)}/{r.Next(1000)}/Add.{r.Next(5)}{(r.Next(5) == 0 ? $", para. {Number(r)}" : "")})]"); }
        Line(security ? $"Resolution {r.Next(3000)} ({1945 + r.Next(100)})" : $"{r.Next(100)}/{r.Next(400)}.\t{Words(r, 1 + r.Next(8))}");
        Line("");
        Line(security ? "\tThe Security Council," : "\tThe General Assembly,");

        int recitals = r.Next(6);
        for (int i = 0; i < recitals; i++) { Line($"\t{Pick(Hostile.Leads)} {Words(r, 3 + r.Next(20))},"); }

        int paragraph = r.Next(10) == 0 ? r.Next(5) : 1;
        int paragraphs = r.Next(8);
        for (int i = 0; i < paragraphs; i++)
        {
            if (r.Next(15) == 0) { Line(Pick(["A", "B", "I", "II. Follow-up", "Annex", "Part C"])); }
            Line($"\t{(r.Next(30) == 0 ? Number(r) : paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture))}.\t{Pick(Hostile.Leads)} {Words(r, 3 + r.Next(20))}{(i == paragraphs - 1 ? "." : ";")}");
            paragraph += r.Next(10) == 0 ? r.Next(3) : 1;
            SubParagraphs(b, r, eol, 1);
        }

        if (!security && r.Next(3) > 0) { Line(""); Line($"{r.Next(120)}th plenary meeting"); Line(Date(r)); }
        int footnotes = r.Next(5);
        if (footnotes > 0) { Line("_______________"); }
        for (int i = 1; i <= footnotes; i++) { Line($"{i} {Words(r, 2 + r.Next(12))}."); }
        if (r.Next(3) == 0) { for (int i = r.Next(6); i > 0; i--) { Line(Pick(Hostile.Markers)); } }
    }

    private static void SubParagraphs(StringBuilder b, Random r, string eol, int depth)
    {
        if (depth > 6 || r.Next(3) > 0) { return; }
        string[] labels = depth % 2 == 1 ? ["a", "b", "c", "d", "e", "aa", "z"] : ["i", "ii", "iii", "iv", "v", "x"];
        int n = 1 + r.Next(5);
        for (int i = 0; i < n; i++)
        {
            b.Append(new string('\t', r.Next(3) == 0 ? depth : 1)).Append('(').Append(labels[Math.Min(i, labels.Length - 1)]).Append(")\t")
                .Append(Words(r, 2 + r.Next(20))).Append(';').Append(eol);
            SubParagraphs(b, r, eol, depth + 1);
        }
    }

    private static string Words(Random r, int n)
    {
        var b = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            if (i > 0) { b.Append(r.Next(30) == 0 ? "\u00A0" : " "); }
            b.Append(Hostile.Words[r.Next(Hostile.Words.Length)]);
            if (r.Next(25) == 0) { b.Append(1 + r.Next(9)); }   // a glued footnote reference
        }
        return b.ToString();
    }

    private static string Date(Random r) =>
        $"{r.Next(33)} {new[] { "January", "February", "March", "June", "December", "Decembre", "" }[r.Next(7)]} {(r.Next(20) == 0 ? Number(r) : (1945 + r.Next(100)).ToString(System.Globalization.CultureInfo.InvariantCulture))}";

    /// <summary>A number that fits an <see cref="int"/>, its edge, or none.</summary>
    private static string Number(Random r) => r.Next(4) switch
    {
        0 => "2147483647",
        1 => "2147483648",
        2 => "99999999999999999999",
        _ => "0",
    };
}
