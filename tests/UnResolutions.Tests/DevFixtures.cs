using System.Text.Json.Nodes;
using UnResolutions.Syntax;

namespace UnResolutions.Tests;

/// <summary>The few dev-set documents copied into Fixtures/dev/&lt;set&gt;/ (ods/NAME.txt, expected/NAME.json) for the tests that need them.</summary>
internal static class DevFixtures
{
    public static string Ods(string name, string set = "ga") => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "dev", set, "ods", name + ".txt"));

    /// <summary>The footnote markers of the UN's markup, in document order.</summary>
    public static List<int> FootnoteMarkers(string name, string set = "ga") =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "dev", set, "expected", name + ".json")))!["footnoteMarkers"]!
            .AsArray().Select(n => int.Parse(n!.GetValue<string>())).ToList();

    /// <summary>The numbers of every footnote reference token of the tree, in document order.</summary>
    public static List<int> TreeRefs(ResolutionSyntaxTree tree) =>
        tree.GetRoot().DescendantTokens().Where(t => t.Kind == SyntaxKind.FootnoteReferenceToken).Select(t => int.Parse(t.Text)).ToList();
}
