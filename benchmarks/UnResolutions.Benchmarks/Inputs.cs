using System.Text;

namespace UnResolutions.Benchmarks;

/// <summary>
/// The benchmark inputs: the corpus fixtures (copied next to the program from tests/UnResolutions.Tests/Fixtures/ods),
/// inputs of a given size made of the corpus files back to back, in a fixed order, and a folder of the user's
/// (<c>--corpus DIR</c>), read file by file as <c>unres convert</c> reads it.
/// </summary>
public static class Inputs
{
    private static readonly Dictionary<string, string> Cache = [];
    private static string[]? _corpus;

    /// <summary>The input name of the <c>--corpus</c> folder: every <c>*.txt</c> in it, each parsed on its own.</summary>
    public const string Corpus = "corpus";

    /// <summary>
    /// Where <c>--corpus DIR</c> is handed to the benchmark processes: BenchmarkDotNet runs each benchmark in a child
    /// process, which inherits the environment but not the arguments.
    /// </summary>
    public const string CorpusVariable = "UNRES_BENCH_CORPUS";

    /// <summary>The <c>--corpus</c> folder, if one was given.</summary>
    public static string? CorpusDirectory => Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } d ? d : null;

    /// <summary>
    /// The texts of an input, each parsed on its own: the files of the <c>--corpus</c> folder (ordinal order of their
    /// paths), or the one text of a fixture or a size.
    /// </summary>
    public static string[] Texts(string name)
    {
        if (name != Corpus) { return [Get(name)]; }
        string directory = CorpusDirectory ?? throw new InvalidOperationException($"The input '{Corpus}' needs --corpus DIR.");
        return _corpus ??= System.IO.Directory.GetFiles(directory, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
    }

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
    public static long Utf8Length(string name) => Texts(name).Sum(t => (long)Encoding.UTF8.GetByteCount(t));

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
