using System.Text.Json;
using System.Text.Json.Nodes;
using UnResolutions.Syntax;

namespace UnResolutions.Tests;

/// <summary>The few dev-set documents copied into Fixtures/dev/&lt;set&gt;/ (ods/NAME.txt, expected/NAME.json) for the tests that need them.</summary>
internal static class DevFixtures
{
    /// <summary>The path of a copied dev document: <paramref name="kind"/> is <c>ods</c> (.txt) or <c>expected</c> (.json).</summary>
    public static string PathOf(string set, string kind, string name) =>
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "dev", set, kind, name + (kind == "ods" ? ".txt" : ".json"));

    /// <summary>The raw ODS text of a copied dev document.</summary>
    public static string Ods(string name, string set = "ga") => File.ReadAllText(PathOf(set, "ods", name));

    /// <summary>The facts read from the UN's markup of a copied dev document.</summary>
    public static JsonElement Expected(string name, string set = "ga") => JsonDocument.Parse(File.ReadAllText(PathOf(set, "expected", name))).RootElement;

    /// <summary>The footnote markers of the UN's markup, in document order.</summary>
    public static List<int> FootnoteMarkers(string name, string set = "ga") =>
        JsonNode.Parse(File.ReadAllText(PathOf(set, "expected", name)))!["footnoteMarkers"]!
            .AsArray().Select(n => int.Parse(n!.GetValue<string>())).ToList();

    /// <summary>The numbers of every footnote reference token of the tree, in document order.</summary>
    public static List<int> TreeRefs(ResolutionSyntaxTree tree) =>
        tree.GetRoot().DescendantTokens().Where(t => t.Kind == SyntaxKind.FootnoteReferenceToken).Select(t => SyntaxFacts.FootnoteNumber(t.Text.AsSpan()) ?? -1).ToList();
}
