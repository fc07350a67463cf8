using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Tools;

/// <summary>The documents the tools' tests read: the fixtures' raw ODS texts, through the model.</summary>
internal static class ToolFixtures
{
    public static ResolutionDocument Document(string name) => FromText(Fixtures.Ods(name));

    /// <summary>A dev-set fixture: Fixtures/dev/&lt;set&gt;/ods/&lt;name&gt;.txt.</summary>
    public static ResolutionDocument Dev(string set, string name) =>
        FromText(File.ReadAllText(Path.Combine(Fixtures.Directory, "dev", set, "ods", name + ".txt")));

    /// <summary>The first document of a text, or an empty one when the text holds none.</summary>
    public static ResolutionDocument FromText(string text) =>
        ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text)).FirstOrDefault() ?? new ResolutionDocument();

    public static string Path2(params string[] parts) => Path.Combine([Fixtures.Directory, .. parts]);
}
