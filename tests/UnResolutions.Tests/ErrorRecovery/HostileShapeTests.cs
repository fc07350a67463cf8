using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.ErrorRecovery;

/// <summary>
/// The shapes of issue 14 that took time growing with the square of their size, at a size where that took minutes:
/// a long run of letters inside a document symbol, many resolutions each with a diagnostic. No timing is asserted
/// (docs/reliability.md has the linear-time report); what is asserted is that the result does not depend on the size.
/// </summary>
[TestFixture]
public class HostileShapeTests
{
    private const string Head = "Resolution adopted by the General Assembly on 21 December 2016\n71/242.\tTitle\n\n\tThe General Assembly,\n";

    private static IEnumerable<TestCaseData> LetterRuns()
    {
        yield return new TestCaseData("S/R", "ES/2744 (2024)").SetName("Letters inside S/R…ES/2744 (2024)");
        yield return new TestCaseData("(A/71/467/Add", ")").SetName("Letters after (A/71/467/Add");
        yield return new TestCaseData("[on the report of the Second Committee (A/71/467/Add", ")]").SetName("Letters after the origin line's symbol");
        yield return new TestCaseData("A.", "/71").SetName("Letters and dots before a slash");
    }

    [TestCaseSource(nameof(LetterRuns))]
    public void A_run_of_a_million_letters_in_a_symbol_reads_as_a_run_of_ten(string before, string after)
    {
        string Line(int letters) => Head + before + new string('a', letters) + after + "\n";
        static List<SyntaxKind> Kinds(ResolutionSyntaxTree tree) => tree.GetRoot().DescendantTokens().Select(t => t.Kind).ToList();

        ResolutionSyntaxTree small = ResolutionSyntaxTree.ParseText(Line(10));
        string text = Line(1_000_000);
        ResolutionSyntaxTree large = ResolutionSyntaxTree.ParseText(text);
        Assert.That(large.GetRoot().ToFullString() == text, Is.True, "lossless");
        Assert.That(Kinds(large), Is.EqualTo(Kinds(small)));
        Assert.That(ResolutionModel.FromTree(large), Has.Count.EqualTo(ResolutionModel.FromTree(small).Count));
    }

    [Test]
    public void Each_of_twenty_thousand_resolutions_gets_its_own_diagnostic()
    {
        const int Count = 20_000;
        const string One = "[Start1]\nResolution adopted by the General Assembly on 31 February 2016\n71/1.\tTitle\n\tThe General Assembly,\n\t1.\tDecides.\n";
        string text = string.Concat(Enumerable.Repeat(One, Count));
        var tree = ResolutionSyntaxTree.ParseText(text);
        IReadOnlyList<ResolutionDocument> documents = ResolutionModel.FromTree(tree);

        Assert.That(documents, Has.Count.EqualTo(Count));
        int linesPerResolution = One.Count(c => c == '\n');
        for (int i = 0; i < Count; i++)
        {
            // The invalid date (UNR0103) is on the second line of each resolution.
            var dates = documents[i].Diagnostics.Where(d => d.Code == "UNR0103").ToList();
            Assert.That(dates.Select(d => d.Line), Is.EqualTo(new[] { i * linesPerResolution + 2 }), $"resolution {i}");
        }
        Assert.That(documents.Sum(d => d.Diagnostics.Count), Is.EqualTo(tree.GetDiagnostics().Count), "every diagnostic has one owner");
    }
}
