using System.Text.Json;
using System.Text.RegularExpressions;

namespace UnResolutions.Benchmarks;

/// <summary>
/// What a user compares the parser with (issue 15): a regular-expression segmenter of the kind people write for this
/// format, and one scalar pass over the text, the ceiling of any parser that reads every character.
/// </summary>
public static partial class Baselines
{
    /// <summary>The segmenter's result: the formula, the recitals and the numbered paragraphs, as text.</summary>
    public sealed record Segments(string? Formula, List<string> Preamble, List<NumberedParagraph> Operative);

    /// <summary>One numbered paragraph of the segmenter.</summary>
    public sealed record NumberedParagraph(int Number, string Text);

    // The shapes a hand-written splitter keys on: the formula, a numbered paragraph, a recital's lead word.
    [GeneratedRegex(@"^\s*The (General Assembly|Security Council|Economic and Social Council),?\s*$")]
    private static partial Regex FormulaLine();

    [GeneratedRegex(@"^\s*(\d{1,3})\.\s+(.*\S)\s*$")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^\s*([A-Z][a-z]+(?:ing|ed)\b|Aware|Mindful|Conscious|Deeply|Gravely|Noting|Bearing)\b.*\S")]
    private static partial Regex RecitalLine();

    /// <summary>
    /// Splits lines, finds the formula, then takes each line as a recital (before the first numbered paragraph,
    /// opening with a participle or adjective) or a numbered paragraph. No tree, no footnotes, no header, no lossless text.
    /// </summary>
    public static Segments Segment(string text)
    {
        var preamble = new List<string>();
        var operative = new List<NumberedParagraph>();
        string? formula = null;
        foreach (string line in text.Split('\n'))
        {
            if (formula == null)
            {
                if (FormulaLine().IsMatch(line)) { formula = line.Trim(); }
                continue;
            }
            Match numbered = NumberedLine().Match(line);
            if (numbered.Success)
            {
                operative.Add(new NumberedParagraph(int.Parse(numbered.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture), numbered.Groups[2].Value));
            }
            else if (operative.Count == 0 && RecitalLine().IsMatch(line))
            {
                preamble.Add(line.Trim());
            }
        }
        return new Segments(formula, preamble, operative);
    }

    /// <summary>The segmenter's result as JSON, with <see cref="JsonSerializer"/> (reflection-free: a source-generated context).</summary>
    public static byte[] SegmentToJson(string text) => JsonSerializer.SerializeToUtf8Bytes(Segment(text), BaselineJsonContext.Default.Segments);

    /// <summary>
    /// One scalar pass: line starts, tabs and digits counted, character by character. What reading every character
    /// costs at the least, before anything is built.
    /// </summary>
    public static int ScalarPass(string text)
    {
        int lines = 1, tabs = 0, digits = 0;
        foreach (char c in text)
        {
            if (c == '\n') { lines++; }
            else if (c == '\t') { tabs++; }
            else if ((uint)(c - '0') <= 9) { digits++; }
        }
        return lines + tabs + digits;
    }
}

/// <summary>The JSON context of the segmenter's result.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(Baselines.Segments))]
public sealed partial class BaselineJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
