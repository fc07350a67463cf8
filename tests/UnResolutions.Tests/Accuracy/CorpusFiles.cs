namespace UnResolutions.Tests.Accuracy;

/// <summary>The corpus outside the repository that the <c>Corpus</c> category reads, named by <c>UNRES_CORPUS</c>.</summary>
internal static class CorpusFiles
{
    /// <summary>
    /// Every <c>*.txt</c> under the folders of <c>UNRES_CORPUS</c> (separated by the path separator), in ordinal order;
    /// the test is ignored when the variable is not set and fails when it names no file.
    /// </summary>
    public static List<string> FromEnvironment()
    {
        string? folders = Environment.GetEnvironmentVariable("UNRES_CORPUS");
        if (string.IsNullOrWhiteSpace(folders)) { Assert.Ignore("UNRES_CORPUS is not set."); }
        var files = folders!.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.txt", SearchOption.AllDirectories)).Order(StringComparer.Ordinal).ToList();
        Assert.That(files, Is.Not.Empty, "no *.txt file under UNRES_CORPUS");
        return files;
    }
}
