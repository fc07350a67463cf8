using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace UnResolutions.Tests.Accuracy;

/// <summary>
/// The facts that <c>shared/tools/score.py</c> compares, read the same way: from the document JSON that <c>unres convert</c>
/// writes, and from the expected facts (read from the UN's own Akoma Ntoso markup). A port of the scorer, so that the
/// committed fixtures can be scored at test time without Python and without reading anything outside the repository.
/// Keep it in step with score.py: the fields, the text folding and the footnote-reference walk are the same.
/// </summary>
internal static partial class AccuracyScorer
{
    /// <summary>The fields compared, in the scorer's order.</summary>
    public static readonly string[] Fields =
    [
        "symbol", "title", "adoptionDate", "meeting", "committee", "originatingDocument", "preambleCount", "preambleLeadPhrases",
        "operativeCount", "operativeNumbers", "subparagraphCount", "footnoteCount", "footnoteRefs", "hasAnnex", "parts",
    ];

    /// <summary>Fields where an expected null is met by a missing or empty value.</summary>
    private static readonly HashSet<string> OptionalText = ["title", "meeting", "committee", "originatingDocument"];

    private static readonly HashSet<string> RefsSkipped = ["footnotes", "diagnostics", "ods", "references", "source"];

    /// <summary>The fields of one document that differ from the expected facts (empty when every checked field is exact).</summary>
    public static List<string> WrongFields(JsonObject document, JsonObject expected)
    {
        Dictionary<string, string> got = Facts(document), want = Wanted(expected);
        var wrong = new List<string>();
        foreach (string field in Fields)
        {
            bool said = field == "footnoteRefs"
                ? expected.ContainsKey("footnoteReferences") || expected.ContainsKey("footnoteMarkers")
                : expected.ContainsKey(field);
            if (!said) { continue; }
            if (got[field] == want[field] || (want[field] == "null" && OptionalText.Contains(field) && got[field] is "null" or "\"\"")) { continue; }
            wrong.Add(field);
        }
        return wrong;
    }

    /// <summary>The recitals' lead phrases (got, want), when the recital counts agree; null otherwise.</summary>
    public static (List<string?> Got, List<string?> Want)? LeadPhrases(JsonObject document, JsonObject expected)
    {
        List<string?> got = Paragraphs(document).Preamble.Select(r => Norm(Str(r?["leadPhrase"]))).ToList();
        List<string?> want = Array(expected["preambleLeadPhrases"]).Select(x => Norm(Str(x))).ToList();
        return expected.ContainsKey("preambleLeadPhrases") && got.Count == want.Count ? (got, want) : null;
    }

    // ---- score.py's facts() ----------------------------------------------------------------------------------

    private static Dictionary<string, string> Facts(JsonObject d)
    {
        (List<JsonNode?> pre, List<JsonNode?> op) = Paragraphs(d);
        var ordered = new List<JsonNode?>(Array(d["preamble"]).Concat(Array(d["operative"])));
        foreach (JsonNode? part in Array(d["parts"])) { ordered.AddRange(Array(part?["preamble"]).Concat(Array(part?["operative"]))); }
        JsonNode? origin = d["origin"];
        List<string?> documents = Array(origin?["documents"]).Select(Str).ToList();
        var numbered = op.Where(x => Truthy(x?["number"])).ToList();
        var refs = new List<string>();
        CollectRefs(d, refs);
        return new Dictionary<string, string>
        {
            ["symbol"] = Json(Str(d["symbol"])),
            ["title"] = Json(Norm(Str(d["title"]))),
            ["adoptionDate"] = Json(Str(d["adoption"]?["date"])),
            ["meeting"] = Json(Norm(Str(d["adoption"]?["meeting"]))),
            ["committee"] = Json(Norm(Str(origin?["committee"]))),
            ["originatingDocument"] = documents.Count > 0 ? Json(documents) : Json(Symbols(Str(origin?["document"]))),
            ["preambleCount"] = Json(pre.Count),
            ["preambleLeadPhrases"] = Json(pre.Select(x => Norm(Str(x?["leadPhrase"]))).ToList()),
            ["operativeCount"] = Json(numbered.Count),
            ["operativeNumbers"] = Json(numbered.Select(x => NumberText(x!["number"]).TrimEnd('.')).ToList()),
            ["subparagraphCount"] = Json(SubCount(ordered)),
            ["footnoteCount"] = Json(Array(d["footnotes"]).Count()),
            ["footnoteRefs"] = Json(refs),
            ["hasAnnex"] = Json(Array(d["annexes"]).Any()),
            ["parts"] = Json(Array(d["parts"]).Select(x => NumberText(x?["label"])).ToList()),
        };
    }

    private static Dictionary<string, string> Wanted(JsonObject e)
    {
        JsonNode? refs = e["footnoteReferences"] ?? e["footnoteMarkers"];
        return new Dictionary<string, string>
        {
            ["symbol"] = Json(Str(e["symbol"])),
            ["title"] = Json(Norm(Str(e["title"]))),
            ["adoptionDate"] = Json(Str(e["adoptionDate"])),
            ["meeting"] = Json(Norm(Str(e["meeting"]))),
            ["committee"] = Json(Norm(Str(e["committee"]))),
            ["originatingDocument"] = Json(Symbols(Str(e["originatingDocument"]))),
            ["preambleCount"] = e["preambleCount"]?.ToJsonString() ?? "null",
            ["preambleLeadPhrases"] = Json(Array(e["preambleLeadPhrases"]).Select(x => Norm(Str(x))).ToList()),
            ["operativeCount"] = e["operativeCount"]?.ToJsonString() ?? "null",
            ["operativeNumbers"] = Json(Array(e["operativeNumbers"]).Select(x => NumberText(x).TrimEnd('.')).ToList()),
            ["subparagraphCount"] = e["subparagraphCount"]?.ToJsonString() ?? "null",
            ["footnoteCount"] = e["footnoteCount"]?.ToJsonString() ?? "null",
            ["footnoteRefs"] = Json(Array(refs).Select(NumberText).ToList()),
            ["hasAnnex"] = e["hasAnnex"]?.ToJsonString() ?? "null",
            ["parts"] = Json(Array(e["parts"]).Select(NumberText).ToList()),
        };
    }

    private static (List<JsonNode?> Preamble, List<JsonNode?> Operative) Paragraphs(JsonObject d)
    {
        var pre = new List<JsonNode?>(Array(d["preamble"]));
        var op = new List<JsonNode?>(Array(d["operative"]));
        foreach (JsonNode? part in Array(d["parts"]))
        {
            pre.AddRange(Array(part?["preamble"]));
            op.AddRange(Array(part?["operative"]));
        }
        return (pre, op);
    }

    private static int SubCount(IEnumerable<JsonNode?> paragraphs) =>
        paragraphs.Sum(x => Array(x?["subparagraphs"]).Count() + SubCount(Array(x?["subparagraphs"])));

    /// <summary>Every array under a key ending in <c>footnoteRefs</c>, in document (key) order, as score.py's <c>refs</c>.</summary>
    private static void CollectRefs(JsonNode? node, List<string> output)
    {
        if (node is JsonObject obj)
        {
            foreach ((string key, JsonNode? value) in obj)
            {
                if (RefsSkipped.Contains(key)) { continue; }
                if (key.EndsWith("footnoterefs", StringComparison.OrdinalIgnoreCase) && value is JsonArray refs) { output.AddRange(refs.Select(NumberText)); }
                else { CollectRefs(value, output); }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (JsonNode? item in array) { CollectRefs(item, output); }
        }
    }

    // ---- Text as score.py compares it ------------------------------------------------------------------------

    /// <summary>score.py's <c>norm</c>: white space collapsed, typographic quotes and dashes folded, a final <c>, ; . :</c> dropped.</summary>
    public static string? Norm(string? s)
    {
        if (s == null) { return null; }
        var b = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            b.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201c' or '\u201d' or '\u00ab' or '\u00bb' => '"',
                '\u2013' or '\u2014' => '-',
                '\u00a0' or '\u202f' => ' ',
                _ => c,
            });
        }
        return Spaces().Replace(b.ToString(), " ").Trim().TrimEnd(',', ';', '.', ':').Trim();
    }

    /// <summary>score.py's <c>symbols</c>: <c>'A/75/L.20 and A/75/L.20/Add.1'</c> → two symbols.</summary>
    private static List<string?>? Symbols(string? s) =>
        s == null ? null : SymbolSeparators().Split(s).Where(x => x.Trim().Length > 0).Select(Norm).ToList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@",\s*|\s+and\s+|\s+et\s+|\s+y\s+")]
    private static partial Regex SymbolSeparators();

    private static IEnumerable<JsonNode?> Array(JsonNode? node) => node as JsonArray ?? (IEnumerable<JsonNode?>)[];

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    /// <summary>Python's <c>str(x)</c> of a JSON string or number.</summary>
    private static string NumberText(JsonNode? node) => node switch
    {
        null => "None",
        JsonValue v when v.TryGetValue(out string? s) => s,
        JsonValue v when v.TryGetValue(out long n) => n.ToString(CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };

    private static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v when v.TryGetValue(out string? s) => s.Length > 0,
        JsonValue v when v.TryGetValue(out long n) => n != 0,
        _ => true,
    };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
