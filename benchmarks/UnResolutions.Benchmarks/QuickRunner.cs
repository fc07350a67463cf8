using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using UnResolutions.Syntax;

namespace UnResolutions.Benchmarks;

/// <summary>
/// The quick mode (<c>--quick</c>): the same benchmarks and columns as the BenchmarkDotNet run, measured with a
/// stopwatch and the allocation counter in a few minutes, for use while developing. Each method is warmed up to a
/// steady state, then the methods of one input are timed in interleaved rounds (the median is reported), so that
/// a ratio between two columns compares the same moments of a shared machine. The BenchmarkDotNet run stays the
/// reference.
/// </summary>
public static class QuickRunner
{
    // A 400 ms warm-up measured the JIT: tiered compilation promotes hot methods to optimized code (and on-stack
    // replacement replaces long loops) over the first second or so. Warm-up runs batches until three in a row
    // agree within 3 %, at least MinWarmup and at most MaxWarmup.
    private static readonly TimeSpan Batch = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MinWarmup = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxWarmup = TimeSpan.FromSeconds(8);
    private const double Steady = 0.03;
    private static readonly TimeSpan Round = TimeSpan.FromMilliseconds(300);
    private const int Rounds = 5;

    // The character-level Sprache tokenizer runs at about 7 MB/s: on a folder of the user's it alone would take
    // minutes, and its ratio to ParseText is known from the fixtures.
    private const string SlowBaseline = "Sprache char tokenizer";

    public static void Run(TextWriter output)
    {
        output.WriteLine($"Quick mode (stopwatch; warm-up to a steady state, then the median of {Rounds} interleaved rounds of {Round.TotalMilliseconds} ms); .NET {Environment.Version}, {Environment.ProcessorCount} cores"
            + (Inputs.CorpusDirectory is { } corpus ? $"; corpus {corpus} ({Inputs.Texts(Inputs.Corpus).Length} files, {Inputs.Utf8Length(Inputs.Corpus):N0} bytes)" : ""));
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
            long bytes = Inputs.Utf8Length(name);
            Action parse = () => ResolutionSyntaxTree.ParseText(text);
            WarmUp(parse);
            (double mean, double allocated, double gc) = Time(parse, Round);
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
            long bytes = Inputs.Utf8Length(input);
            var cells = new List<(string Name, Action Action)>();
            foreach (MethodInfo method in methods)
            {
                string name = method.GetCustomAttribute<BenchmarkAttribute>()!.Description ?? method.Name;
                if (input == Inputs.Corpus && name == SlowBaseline) { continue; }
                var action = (Action)(() => method.Invoke(bench, null));
                WarmUp(action);
                cells.Add((name, action));
            }
            var samples = cells.Select(_ => new List<(double Mean, double Allocated, double Gc)>()).ToArray();
            for (int round = 0; round < Rounds; round++)
            {
                for (int i = 0; i < cells.Count; i++) { samples[i].Add(Time(cells[i].Action, Round)); }
            }
            var means = new Dictionary<string, double>();
            var rows = new List<(string Name, double Mean, double Allocated, double Gc)>();
            for (int i = 0; i < cells.Count; i++)
            {
                (double mean, double allocated, double gc) = samples[i].OrderBy(s => s.Mean).ElementAt(Rounds / 2);
                means[cells[i].Name] = mean;
                rows.Add((cells[i].Name, mean, allocated, gc));
            }
            foreach ((string name, double mean, double allocated, double gc) in rows)
            {
                string Ratio(string baseline) => means.TryGetValue(baseline, out double b) ? (b / mean).ToString("F2") : "-";
                output.WriteLine($"| {name} | {input} | {mean / 1e3:F1} | {bytes / (mean / 1e9) / 1e6:F1} | {allocated / bytes:F2} | {Ratio("Split('\\n')")} | {Ratio("UTF-8 decode")} | {Ratio(SlowBaseline)} | {Ratio("Scalar pass")} | {Ratio("Regex segmenter")} | {Ratio("Regex segmenter + JSON")} | {gc:F0} |");
            }
        }
    }

    /// <summary>Runs batches of calls until three in a row agree on the time per call (a steady state), within bounds.</summary>
    private static void WarmUp(Action action)
    {
        var clock = Stopwatch.StartNew();
        var recent = new Queue<double>();
        while (clock.Elapsed < MaxWarmup)
        {
            recent.Enqueue(Time(action, Batch, collect: false).Mean);
            if (recent.Count > 3) { recent.Dequeue(); }
            if (clock.Elapsed >= MinWarmup && recent.Count == 3 && recent.Max() <= recent.Min() * (1 + Steady)) { return; }
        }
    }

    /// <summary>Mean nanoseconds and bytes allocated per call, and the share of the time spent in GC pauses (%).</summary>
    private static (double Mean, double Allocated, double Gc) Time(Action action, TimeSpan duration, bool collect = true)
    {
        if (collect) { GC.Collect(); }
        int calls = 0;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        TimeSpan pauses = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration || calls < 1)
        {
            action();
            calls++;
        }
        double elapsed = clock.Elapsed.TotalNanoseconds;
        double gc = (GC.GetTotalPauseDuration() - pauses).TotalNanoseconds / elapsed * 100;
        return (elapsed / calls, (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)calls, gc);
    }
}
