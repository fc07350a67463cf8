using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace UnResolutions.Tools.Citations;

/// <summary>
/// Writes citations as graph tools read them: CSV (RFC 4180, with a header; an edge list whose first two columns are
/// the source and target nodes) or JSON Lines (one JSON object per citation). See docs/tools.md.
/// </summary>
public static class CitationWriter
{
    /// <summary>The CSV header, the columns in order.</summary>
    public const string CsvHeader = "citing,cited,citedKind,citedDate,section,part,position,paragraph,leadPhrase,inFootnote,footnote,text,start,length,source";

    /// <summary>Writes the header line.</summary>
    public static void WriteCsvHeader(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(CsvHeader);
        output.Write("\r\n");
    }

    /// <summary>Writes one CSV line per citation (CRLF line ends, as RFC 4180 says).</summary>
    public static void WriteCsv(IEnumerable<Citation> citations, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(output);
        foreach (Citation c in citations)
        {
            string?[] fields =
            [
                c.Citing, c.Cited, c.CitedKind, c.CitedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Section, c.Part,
                Number(c.Position), Number(c.Paragraph), c.LeadPhrase, c.InFootnote ? "true" : "false", Number(c.Footnote), c.Text,
                Number(c.Start), Number(c.Length), c.Source,
            ];
            for (int i = 0; i < fields.Length; i++)
            {
                if (i > 0) { output.Write(','); }
                output.Write(Field(fields[i]));
            }
            output.Write("\r\n");
        }
    }

    /// <summary>Writes one JSON object per line per citation.</summary>
    public static void WriteJsonLines(IEnumerable<Citation> citations, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(output);
        foreach (Citation c in citations) { output.Write(JsonSerializer.Serialize(c, CitationJsonContext.Default.Citation)); output.Write('\n'); }
    }

    private static string? Number(int? n) => n?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A field quoted when it holds a comma, a quote or a line break (quotes doubled); empty for null.</summary>
    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) { return ""; }
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) { return value; }
        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}

/// <summary>The source-generated JSON context of <see cref="Citation"/> (camelCase; dates as <c>yyyy-MM-dd</c>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Citation))]
internal sealed partial class CitationJsonContext : JsonSerializerContext
{
}
