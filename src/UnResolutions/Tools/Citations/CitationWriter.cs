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
        Csv.WriteRow(output, CsvHeader.Split(','));
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
                Csv.Number(c.Position), c.Paragraph, c.LeadPhrase, c.InFootnote ? "true" : "false", Csv.Number(c.Footnote), c.Text,
                Csv.Number(c.Start), Csv.Number(c.Length), c.Source,
            ];
            Csv.WriteRow(output, fields);
        }
    }

    /// <summary>Writes one JSON object per line per citation.</summary>
    public static void WriteJsonLines(IEnumerable<Citation> citations, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(output);
        foreach (Citation c in citations) { output.Write(JsonSerializer.Serialize(c, CitationJsonContext.Default.Citation)); output.Write('\n'); }
    }


}

/// <summary>The source-generated JSON context of <see cref="Citation"/> (camelCase; dates as <c>yyyy-MM-dd</c>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Citation))]
internal sealed partial class CitationJsonContext : JsonSerializerContext
{
}
