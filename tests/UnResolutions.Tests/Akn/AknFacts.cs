using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using UnResolutions.Akn;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Akn;

/// <summary>
/// What the comparison with the UN's markup looks at, read the same way from their file and ours: the document type, the
/// FRBR IRIs, the container names, the numbered paragraphs, the points per level, the notes with the text before each,
/// the annexes and the conclusions. Plus the schema and the eId rules every output must meet.
/// </summary>
internal static partial class AknFacts
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>Each resolution of a raw text, with our Akoma Ntoso of it.</summary>
    public static IEnumerable<(ResolutionDocument Document, string Xml)> Convert(string text) =>
        ResolutionModel.EnumerateDocuments(ResolutionSyntaxTree.ParseText(text)).Select(d => (d, AknWriter.WriteToString(d)));

    /// <summary>A path under the test fixtures (Fixtures/ beside the test assembly).</summary>
    public static string FixturePath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(Akn.NamespaceName, FixturePath("schema", "akomantoso30.xsd"));
        set.Compile();
        return set;
    });

    /// <summary>The schema errors and warnings of an XML text against the OASIS AKN 3.0 schema (offline copy in Fixtures/schema).</summary>
    public static List<string> SchemaErrors(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} ({e.Exception?.LineNumber},{e.Exception?.LinePosition}): {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read()) { }
        return errors;
    }

    /// <summary>An eId per the AKN naming convention: <c>name</c> or <c>name_number</c> components joined by <c>__</c>.</summary>
    [GeneratedRegex(@"^[a-z][A-Za-z]*(_[A-Za-z0-9]+(-[0-9]+)?)?(__[a-z][A-Za-z]*(_[A-Za-z0-9]+(-[0-9]+)?)?)*$")]
    public static partial Regex ConformantEId();

    public static List<string> EIds(XDocument document) => document.Descendants().Select(e => (string?)e.Attribute("eId")).OfType<string>().ToList();

    /// <summary>Every <c>href</c>/<c>refersTo</c>/<c>source</c>/<c>as</c> that points inside the document (<c>#x</c>) and finds no eId.</summary>
    public static List<string> DanglingLocalReferences(XDocument document)
    {
        var ids = EIds(document).ToHashSet(StringComparer.Ordinal);
        return document.Descendants().SelectMany(e => e.Attributes())
            .Where(a => a.Name.LocalName is "href" or "refersTo" or "source" or "as" && a.Value.StartsWith('#'))
            .Select(a => a.Value[1..]).Where(id => !ids.Contains(id)).Distinct().ToList();
    }

    public static string DocumentType(XDocument d)
    {
        XElement root = d.Root!.Elements().First(e => e.Name.LocalName != "components");
        return $"{root.Name.LocalName}[@name={(string?)root.Attribute("name")}]";
    }

    /// <summary>
    /// The work and expression FRBRthis and FRBRuri of the main document. The UN's files end their IRIs with a slash and
    /// glue the expression's <c>!main</c> to <c>eng@</c>; both are read as the naming convention writes them (docs/akn.md).
    /// </summary>
    public static List<string> FrbrIris(XDocument d)
    {
        XElement identification = d.Root!.Elements().First().Element(Akn + "meta")!.Element(Akn + "identification")!;
        return new[] { "FRBRWork", "FRBRExpression" }
            .SelectMany(level => new[] { "FRBRthis", "FRBRuri" }.Select(e => (string)identification.Element(Akn + level)!.Element(Akn + e)!.Attribute("value")!))
            .Select(v => v.TrimEnd('/').Replace("@!main", "@/!main", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The components' work IRIs, normalized as <see cref="FrbrIris"/>.</summary>
    public static List<string> ComponentWorks(XDocument d) =>
        d.Root!.Elements(Akn + "components").Elements(Akn + "component")
            .Select(c => ((string)c.Descendants(Akn + "FRBRWork").First().Element(Akn + "FRBRuri")!.Attribute("value")!).TrimEnd('/')).ToList();

    /// <summary>The bodies of the document: the statement's, or each component's in order (not the annexes').</summary>
    private static IEnumerable<XElement> Bodies(XDocument d, string element) =>
        d.Root!.Elements().First().Elements(Akn + element)
            .Concat(d.Root.Elements(Akn + "components").Elements(Akn + "component").Elements().Elements(Akn + element));

    public static List<string> ContainerNames(XDocument d) =>
        Bodies(d, "preamble").Elements(Akn + "container").Select(c => Normalize((string)c.Attribute("name")!)).ToList();

    public static List<string> ParagraphNums(XDocument d) =>
        Bodies(d, "mainBody").Elements(Akn + "paragraph").Elements(Akn + "num").Select(n => Normalize(n.Value)).ToList();

    /// <summary>The number of points at each depth (1 for a paragraph's points), in the main bodies.</summary>
    public static List<int> PointsPerLevel(XDocument d)
    {
        var counts = new List<int>();
        foreach (XElement point in Bodies(d, "mainBody").Descendants(Akn + "point"))
        {
            // The UN nests a point's own points in a "sublist" beside it, we in a list inside it: both count as a level.
            int depth = point.Ancestors().TakeWhile(a => a.Name.LocalName != "mainBody").Count(a => a.Name.LocalName is "list" or "sublist");
            while (counts.Count < depth) { counts.Add(0); }
            counts[depth - 1]++;
        }
        return counts;
    }

    /// <summary>
    /// The footnote markers in document order (a note written, or cited again with <c>noteRef</c>), each with the last
    /// words before it in its block (white space collapsed; the text of other notes left out).
    /// </summary>
    public static List<string> Notes(XDocument d, int context = 24)
    {
        var result = new List<string>();
        foreach (XElement note in d.Descendants().Where(e => e.Name.LocalName is "authorialNote" or "noteRef" && !e.Ancestors(Akn + "authorialNote").Any()))
        {
            XElement block = note.Ancestors().First(a => a.Name.LocalName is "p" or "heading" or "docTitle" or "num" or "listIntroduction");
            var before = new StringBuilder();
            foreach (XText text in block.DescendantNodes().OfType<XText>())
            {
                if (text.Parent!.AncestorsAndSelf(Akn + "authorialNote").Any() || !IsBefore(text, note)) { continue; }
                before.Append(text.Value);
            }
            // The ODS text of some translations has straight quotes and hyphens where the UN's Word file has typographic and non-breaking ones.
            string words = Normalize(before.ToString()).Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"')
                .Replace('\u2011', '-');
            result.Add($"{(string?)note.Attribute("marker")} after \"{(words.Length > context ? words[^context..] : words)}\"");
        }
        return result;
    }

    private static bool IsBefore(XNode a, XNode b) => XNode.DocumentOrderComparer.Compare(a, b) < 0;

    public static int AnnexCount(XDocument d) => d.Root!.Elements().First().Elements(Akn + "attachments").Elements(Akn + "attachment").Count();

    /// <summary>Each conclusions' meeting and date.</summary>
    public static List<string> Conclusions(XDocument d) =>
        Bodies(d, "conclusions").Select(c =>
        {
            // The meeting: our inline[@name=adoptionMeeting], the UN's the same or a location[@refersTo=#adoptionMeeting].
            XElement? meeting = c.Descendants().FirstOrDefault(e => (string?)e.Attribute("name") == "adoptionMeeting" || (string?)e.Attribute("refersTo") == "#adoptionMeeting");
            return $"{Normalize(meeting?.Value ?? "")} {(string?)c.Descendants(Akn + "docDate").FirstOrDefault()?.Attribute("date")}";
        }).ToList();

    /// <summary>White space collapsed (tabs, line breaks, non-breaking spaces) and trimmed.</summary>
    // The apostrophe too: the ODS text of a translation may write "l'esprit" where the UN's XML has "l’esprit".
    public static string Normalize(string text) => WhiteSpace().Replace(text, " ").Trim().Replace('\u2019', '\'');

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex WhiteSpace();
}
