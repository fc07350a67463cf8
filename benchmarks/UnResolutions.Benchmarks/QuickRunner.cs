using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using UnResolutions.Syntax;

namespace UnResolutions.Benchmarks;

/// <summary>
/// The quick mode (<c>--quick</c>): the same benchmarks and columns as the BenchmarkDotNet run, measured with a
/// stopwatch and the allocation counter in under a minute, for use while developing. The BenchmarkDotNet run stays
/// the reference.
/// </summary>
public static class QuickRunner
{
    private static readonly TimeSpan Warmup = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan Measure = TimeSpan.FromMilliseconds(500);

    public static void Run(TextWriter output)
    {
        output.WriteLine($"Quick mode (stopwatch, {Measure.TotalMilliseconds} ms per cell after {Warmup.TotalMilliseconds} ms warm-up); .NET {Environment.Version}, {Environment.ProcessorCount} cores");
        Table<PipelineBenchmarks>(PipelineBenchmarks.InputNames(), output);
        Table<WriterBenchmarks>(WriterBenchmarks.InputNames(), output);
        Table<ScalingBenchmarks>(["30KB", "300KB", "3MB", "30MB"], output);
        CorpusTable(output);
    }

    /// <summary>ParseText on every corpus file, smallest first: the "on the corpus" targets, file by file.</summary>
    private static void CorpusTable(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| ParseText, each corpus file | bytes | Mean (us) | MB/s | B/byte | GC % |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (string name in Inputs.CorpusNames().OrderBy(Inputs.Utf8Length))
        {
            string text = Inputs.Get(name);
            int bytes = Inputs.Utf8Length(name);
            (double mean, double allocated, double gc) = Time(() => ResolutionSyntaxTree.ParseText(text));
            output.WriteLine($"| {name} | {bytes} | {mean / 1e3:F1} | {bytes / (mean / 1e9) / 1e6:F1} | {allocated / bytes:F2} | {gc:F0} |");
        }
    }

    private static void Table<T>(IEnumerable<string> inputs, TextWriter output) where T : new()
    {
        MethodInfo[] methods = typeof(T).GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() != null).ToArray();
        output.WriteLine();
        // "x Regex" for ParseText and "x Regex+JSON" for the whole pipeline are issue 15's targets (1.25); "x Scalar" its ceiling (0.35).
        output.WriteLine($"| {typeof(T).Name} | Input | Mean (us) | MB/s | B/byte | x Split | x UTF-8 | x Sprache | x Scalar | x Regex | x Regex+JSON | GC % |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (string input in inputs)
        {
            var bench = new T();
            typeof(T).GetProperty("Input")!.SetValue(bench, input);
            typeof(T).GetMethod("Setup")!.Invoke(bench, null);
            int bytes = Inputs.Utf8Length(input);
            var means = new Dictionary<string, double>();
            var rows = new List<(string Name, double Mean, double Allocated, double Gc)>();
            foreach (MethodInfo method in methods)
            {
                string name = method.GetCustomAttribute<BenchmarkAttribute>()!.Description ?? method.Name;
                (double mean, double allocated, double gc) = Time(() => method.Invoke(bench, null));
                means[name] = mean;
                rows.Add((name, mean, allocated, gc));
            }
            foreach ((string name, double mean, double allocated, double gc) in rows)
            {
                string Ratio(string baseline) => means.TryGetValue(baseline, out double b) ? (b / mean).ToString("F2") : "-";
                output.WriteLine($"| {name} | {input} | {mean / 1e3:F1} | {bytes / (mean / 1e9) / 1e6:F1} | {allocated / bytes:F2} | {Ratio("Split('\\n')")} | {Ratio("UTF-8 decode")} | {Ratio("Sprache char tokenizer")} | {Ratio("Scalar pass")} | {Ratio("Regex segmenter")} | {Ratio("Regex segmenter + JSON")} | {gc:F0} |");
            }
        }
    }

    /// <summary>Mean nanoseconds and bytes allocated per call, and the share of the time spent in GC pauses (%).</summary>
    private static (double Mean, double Allocated, double Gc) Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Warmup) { action(); }
        GC.Collect();
        int calls = 0;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        TimeSpan pauses = GC.GetTotalPauseDuration();
        clock.Restart();
        while (clock.Elapsed < Measure || calls < 3)
        {
            action();
            calls++;
        }
        double elapsed = clock.Elapsed.TotalNanoseconds;
        double gc = (GC.GetTotalPauseDuration() - pauses).TotalNanoseconds / elapsed * 100;
        return (elapsed / calls, (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)calls, gc);
    }
}
