namespace UnResolutions.Tests.Akn;

/// <summary>
/// Every <c>*.txt</c> under the folders of <c>UNRES_CORPUS</c> (separated by the path separator), as the corpus round trip
/// reads them, written as Akoma Ntoso: schema-valid, eIds conformant and unique, no dangling reference. Skipped when the
/// variable is not set. docs/akn.md gives the command and the count on the dev sets.
/// </summary>
[TestFixture]
[Category("Corpus")]
public class AknCorpusTests
{
    [Test]
    public void Every_corpus_file_gives_valid_AKN()
    {
        List<string> files = Accuracy.CorpusFiles.FromEnvironment();

        var failures = new List<string>();
        int documents = 0;
        foreach (string file in files)
        {
            try
            {
                foreach ((_, string xml) in AknFacts.Convert(File.ReadAllText(file)))
                {
                    documents++;
                    failures.AddRange(AknWriterTests.Problems(xml).Take(3).Select(p => $"{file}: {p}"));
                }
            }
            catch (Exception e)
            {
                failures.Add($"{file}: {e.GetType().Name}: {e.Message}");
            }
        }
        TestContext.Out.WriteLine($"{files.Count} files, {documents} documents, {failures.Count} problems");
        Assert.That(failures, Is.Empty);
    }
}
