using UnResolutions.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Accuracy;

/// <summary>
/// Lossless and never throwing on a whole corpus outside the repository: every <c>*.txt</c> under the folders named by
/// <c>UNRES_CORPUS</c> (separated by the path separator) is parsed, turned into documents and JSON, and its tree's full
/// text compared with the file, byte for byte. Skipped when the variable is not set (the default test run reads nothing
/// outside the repository). docs/accuracy.md gives the command used on the dev sets.
/// </summary>
[TestFixture]
[Category("Corpus")]
public class CorpusRoundTripTests
{
    [Test]
    public void Every_corpus_file_round_trips_and_converts()
    {
        List<string> files = CorpusFiles.FromEnvironment();

        var failures = new List<string>();
        foreach (string file in files)
        {
            string text = File.ReadAllText(file);
            try
            {
                var tree = ResolutionSyntaxTree.ParseText(text);
                if (tree.GetRoot().ToFullString() != text) { failures.Add($"{file}: the tree's full text is not the file"); }
                foreach (ResolutionDocument document in ResolutionModel.EnumerateDocuments(tree)) { _ = ResolutionJson.Serialize(document); }
            }
            catch (Exception e)
            {
                failures.Add($"{file}: {e.GetType().Name}: {e.Message}");
            }
        }
        TestContext.Out.WriteLine($"{files.Count} files, {failures.Count} failures");
        Assert.That(failures, Is.Empty);
    }
}
