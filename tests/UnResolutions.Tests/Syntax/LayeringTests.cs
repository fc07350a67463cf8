using System.Text.RegularExpressions;

namespace UnResolutions.Tests.Syntax;

/// <summary>
/// The tree does not depend on its parser: Parsing uses Syntax, never the other way round, so that a node, the
/// generator's output or a tool can be read without the grammar. The one exception is the public entry point,
/// <c>ResolutionSyntaxTree.ParseText</c>/<c>ParseBytes</c>, which calls the parser (as Roslyn's syntax tree does).
/// </summary>
[TestFixture]
public partial class LayeringTests
{
    [GeneratedRegex(@"\bParsing\b|\bResolutionParser\b|\bParseContext\b|\bScan\.|\bLineInfo\b|\bPiece\b")]
    private static partial Regex ParsingName();

    [Test]
    public void Syntax_uses_nothing_of_Parsing_but_the_parse_entry_point()
    {
        string syntax = Path.Combine(Fixtures.RepositoryRoot, "src", "UnResolutions", "Syntax");
        var offenders = new List<string>();
        foreach (string file in Directory.EnumerateFiles(syntax, "*.cs", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file) == "ResolutionSyntaxTree.cs") { continue; }
            int line = 0;
            foreach (string text in File.ReadLines(file))
            {
                line++;
                string code = text.TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal)) { continue; }
                if (ParsingName().IsMatch(code)) { offenders.Add($"{Path.GetRelativePath(syntax, file)}:{line}: {code}"); }
            }
        }
        Assert.That(offenders, Is.Empty);
    }
}
