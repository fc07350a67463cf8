namespace UnResolutions.Tools;

/// <summary>CSV as RFC 4180 writes it, for the tools' edge and row lists: CRLF line ends, a field quoted when it holds a comma, a quote or a line break.</summary>
internal static class Csv
{
    /// <summary>Writes one line of fields (null is empty).</summary>
    public static void WriteRow(TextWriter output, IEnumerable<string?> fields)
    {
        bool first = true;
        foreach (string? field in fields)
        {
            if (!first) { output.Write(','); }
            output.Write(Field(field));
            first = false;
        }
        output.Write("\r\n");
    }

    /// <summary>A number in the invariant culture, or null.</summary>
    public static string? Number(int? n) => n?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) { return ""; }
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) { return value; }
        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
