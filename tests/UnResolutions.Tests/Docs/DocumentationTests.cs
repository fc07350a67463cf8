using System.Text.RegularExpressions;
using UnResolutions.Diagnostics;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Docs;

/// <summary>The documentation says what the code does: every diagnostic code is listed, the README's example runs.</summary>
[TestFixture]
public partial class DocumentationTests
{
    [GeneratedRegex(@"^\| `(UNR\d{4})` \| (info|warning|error) \|", RegexOptions.Multiline)]
    private static partial Regex DiagnosticRow();

    [Test]
    public void Diagnostics_document_lists_every_code_with_its_severity()
    {
        string doc = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "docs", "diagnostics.md"));
        var documented = DiagnosticRow().Matches(doc).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        var actual = DiagnosticDescriptors.All.Select(d => (d.Code, d.Severity.ToString().ToLowerInvariant())).ToList();
        Assert.That(documented, Is.EqualTo(actual));
    }

    [Test]
    public void Readme_example_runs_on_the_bundled_sample()
    {
        string root = Fixtures.RepositoryRoot;
        var output = new StringWriter();
        // The same statements as the README's "The API in ten lines".
        var tree = ResolutionSyntaxTree.ParseText(File.ReadAllText(Path.Combine(root, "samples", "A_RES_71_242.txt")));
        ResolutionSyntax resolution = tree.GetRoot().Resolution!;
        output.WriteLine($"{resolution.Header!.TitleLine!.Number.Text}: {resolution.Header.TitleLine.Title}");
        output.WriteLine($"adopted {resolution.Header.AdoptionLine!.Date:yyyy-MM-dd}, {resolution.Closing!.Meeting.Text}");
        foreach (RecitalSyntax recital in resolution.Preamble!.Recitals) { output.WriteLine($"  {recital.LeadPhrase.Text}"); }
        foreach (OperativeParagraphSyntax p in resolution.OperativePart!.Paragraphs) { output.WriteLine($"  {p.NumberValue}. {p.LeadPhrase.Text}"); }
        foreach (SyntaxToken r in resolution.DescendantTokens().Where(t => t.Kind == SyntaxKind.FootnoteReferenceToken))
        {
            output.WriteLine($"  footnote {r.Text} at {tree.GetLineSpan(r.Span).Start}: {r.GetFootnote()!.Body}");
        }
        foreach (var d in tree.GetDiagnostics()) { output.WriteLine(d); }

        string text = output.ToString();
        Assert.That(text, Does.StartWith("71/242: Industrial development cooperation"));
        Assert.That(text, Does.Contain("adopted 2016-12-21, 66th plenary meeting"));
        Assert.That(text, Does.Contain("  41. Requests"));
        Assert.That(text, Does.Contain("  footnote 1 at 13,31: See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex."));

        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        Assert.That(readme, Does.Contain("resolution.Header.AdoptionLine!.Date:yyyy-MM-dd}, {resolution.Closing!.Meeting.Text}"));
        Assert.That(readme, Does.Contain("dotnet test UnResolutions.sln"));
        Assert.That(readme, Does.Contain("parse samples/A_RES_71_242.txt"));
    }
}
