using System.Text;

namespace UnResolutions.Benchmarks;

/// <summary>
/// The benchmark inputs: the corpus fixtures (copied next to the program from tests/UnResolutions.Tests/Fixtures/ods),
/// and inputs of a given size made of the corpus files back to back, in a fixed order.
/// </summary>
public static class Inputs
{
    private static readonly Dictionary<string, string> Cache = [];

    private static string Directory => Path.Combine(AppContext.BaseDirectory, "Inputs");

    /// <summary>A fixture by name (<c>A_RES_71_242</c>), or a size (<c>30KB</c>, <c>300KB</c>, <c>3MB</c>, <c>30MB</c>).</summary>
    public static string Get(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out string? text))
            {
                text = name.EndsWith("KB", StringComparison.Ordinal) ? Concatenated(int.Parse(name[..^2]) * 1_000)
                    : name.EndsWith("MB", StringComparison.Ordinal) ? Concatenated(int.Parse(name[..^2]) * 1_000_000)
                    : File.ReadAllText(Path.Combine(Directory, name + ".txt"));
                Cache[name] = text;
            }
            return text;
        }
    }

    /// <summary>The size of an input in UTF-8 bytes: "per input byte" means per byte of the file.</summary>
    public static int Utf8Length(string name) => Encoding.UTF8.GetByteCount(Get(name));

    /// <summary>The names of the corpus fixtures.</summary>
    public static IEnumerable<string> CorpusNames() =>
        new DirectoryInfo(Directory).GetFiles("*.txt").Select(f => f.Name[..^4]).Order(StringComparer.Ordinal);

    /// <summary>The largest corpus fixture.</summary>
    public static string Largest => new DirectoryInfo(Directory).GetFiles("*.txt").OrderByDescending(f => f.Length).First().Name[..^4];

    private static string Concatenated(int size)
    {
        string[] all = System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var builder = new StringBuilder(size + 200_000);
        while (builder.Length < size)
        {
            foreach (string text in all)
            {
                if (builder.Length >= size) { break; }
                builder.Append(text);
                if (!text.EndsWith('\n')) { builder.Append('\n'); }
            }
        }
        return builder.ToString();
    }
}
