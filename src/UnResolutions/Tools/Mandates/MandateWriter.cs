using System.Globalization;
using System.Text.Json;

namespace UnResolutions.Tools.Mandates;

/// <summary>Writes mandates across a corpus, one row each: CSV (RFC 4180, with a header) or JSON Lines. See docs/tools.md.</summary>
public static class MandateWriter
{
    /// <summary>The CSV header, the columns in order.</summary>
    public const string CsvHeader = "symbol,paragraph,part,subparagraph,verb,actor,action,report,targetSession,targetDate,frequency,subject,start,length,source";

    /// <summary>Writes the header line.</summary>
    public static void WriteCsvHeader(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Csv.WriteRow(output, CsvHeader.Split(','));
    }

    /// <summary>Writes one CSV line per mandate of the resolution <paramref name="symbol"/>.</summary>
    public static void WriteCsv(string? symbol, string? source, IEnumerable<Mandate> mandates, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(mandates);
        ArgumentNullException.ThrowIfNull(output);
        foreach (Mandate m in mandates)
        {
            string?[] fields =
            [
                symbol, m.Paragraph, m.Part, m.Subparagraph, m.Verb, m.Actor, m.Action, m.Report ? "true" : "false",
                Csv.Number(m.TargetSession), m.TargetDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Frequency, m.Subject,
                Csv.Number(m.Start), Csv.Number(m.Length), source,
            ];
            Csv.WriteRow(output, fields);
        }
    }

    /// <summary>Writes one JSON object per line per mandate, with the resolution's symbol and source first.</summary>
    public static void WriteJsonLines(string? symbol, string? source, IEnumerable<Mandate> mandates, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(mandates);
        ArgumentNullException.ThrowIfNull(output);
        foreach (Mandate m in mandates)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("symbol", symbol);
                Write(json, m);
                json.WriteString("source", source);
                json.WriteEndObject();
            }
            output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            output.Write('\n');
        }
    }

    /// <summary>The mandate's members, camelCase (the document JSON's <c>mandates</c> items have the same).</summary>
    internal static void Write(Utf8JsonWriter json, Mandate m)
    {
        json.WriteString("paragraph", m.Paragraph);
        json.WriteString("part", m.Part);
        json.WriteString("subparagraph", m.Subparagraph);
        json.WriteString("verb", m.Verb);
        json.WriteString("actor", m.Actor);
        json.WriteString("action", m.Action);
        json.WriteBoolean("report", m.Report);
        json.WriteString("subject", m.Subject);
        Number(json, "targetSession", m.TargetSession);
        json.WriteString("targetDate", m.TargetDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("frequency", m.Frequency);
        json.WriteString("text", m.Text);
        Number(json, "start", m.Start);
        Number(json, "length", m.Length);
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } n) { json.WriteNumber(name, n); } else { json.WriteNull(name); }
    }


}
