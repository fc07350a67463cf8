using System.Text.Json;

namespace UnResolutions.Tests;

/// <summary>The test fixtures: copies of the shared corpus kept inside this repository (Fixtures/).</summary>
internal static class Fixtures
{
    public static string Directory => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures");

    /// <summary>The names (without extension) of every raw ODS fixture.</summary>
    public static IEnumerable<string> OdsNames() =>
        System.IO.Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ods"), "*.txt")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>The path of a raw ODS fixture.</summary>
    public static string OdsPath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ods", name + ".txt");

    /// <summary>The repository root: the folder with UnResolutions.sln above the test assembly.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UnResolutions.sln"))) { return dir.FullName; }
        }
        throw new InvalidOperationException("The repository root (UnResolutions.sln) was not found above the test directory.");
    }

    public static string Ods(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ods", name + ".txt"));

    public static JsonElement Expected(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "expected", name + ".json"))).RootElement;
}
