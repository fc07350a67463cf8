namespace UnResolutions.Benchmarks;

/// <summary>The benchmark inputs: corpus fixtures copied next to the benchmark program.</summary>
public static class Inputs
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Inputs", name + ".txt"));

    /// <summary>The inputs by name: the two real exports, the largest corpus file, and about 3 MB of resolutions back to back.</summary>
    public static string Get(string name) => name switch
    {
        "3MB" => Concatenated(3_000_000),
        _ => Read(name),
    };

    private static string Concatenated(int size)
    {
        string[] all = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Inputs"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var builder = new System.Text.StringBuilder(size + 200_000);
        while (builder.Length < size)
        {
            foreach (string text in all) { builder.Append(text); if (!text.EndsWith('\n')) { builder.Append('\n'); } }
        }
        return builder.ToString();
    }
}
