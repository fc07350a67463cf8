using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace UnResolutions.Fuzz;

/// <summary>What a run does: which inputs (the seed of the run and how many, or for how long), with which corpus, and
/// where the reproducers go.</summary>
public sealed record FuzzOptions
{
    /// <summary>The seed of the run: input number i is a function of this seed and i only.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>How many inputs, when <see cref="Time"/> is not given.</summary>
    public long Count { get; init; } = 10_000;

    /// <summary>How long to run, instead of a count.</summary>
    public TimeSpan? Time { get; init; }

    /// <summary>Threads; the set of inputs and of failures for a count does not depend on it.</summary>
    public int Jobs { get; init; } = 1;

    /// <summary>The seed corpus (whole documents).</summary>
    public IReadOnlyList<string> Seeds { get; init; } = [];

    /// <summary>Signatures that are known and reported apart (a fix on its way), never silenced.</summary>
    public IReadOnlySet<string> Known { get; init; } = new HashSet<string>();

    /// <summary>Where a minimized reproducer of each new signature is saved; null saves nothing.</summary>
    public string? FindingsDirectory { get; init; }

    /// <summary>An input slower than this is listed in the summary (not a failure: time is not deterministic).</summary>
    public TimeSpan Slow { get; init; } = TimeSpan.FromSeconds(2);
}

/// <summary>One signature seen in a run: how often, the first input (by index) that showed it, and its reproducer.</summary>
public sealed record Finding(string Signature, string Detail, long FirstIndex, long Count, bool Known, string? Reproducer);

/// <summary>The outcome of a run.</summary>
public sealed record FuzzSummary(int Seed, long Inputs, long Chars, TimeSpan Elapsed, IReadOnlyList<Finding> Findings,
    IReadOnlyList<(long Index, int Length, TimeSpan Time)> Slow)
{
    /// <summary>The findings whose signature is not known.</summary>
    public IEnumerable<Finding> New => Findings.Where(f => !f.Known);

    /// <summary>One line: inputs, size, time, and the new and known signatures with their counts.</summary>
    public override string ToString()
    {
        var b = new StringBuilder(); b.Append(CultureInfo.InvariantCulture, $"fuzz: seed {Seed}, {Inputs:N0} inputs ({Chars / 1e6:F1} M chars) in {Elapsed:hh\\:mm\\:ss}, ");
        b.Append(CultureInfo.InvariantCulture, $"{New.Count()} new signature(s)");
        foreach (Finding f in New) { b.Append(CultureInfo.InvariantCulture, $" [{f.Signature}: {f.Count:N0}]"); }
        b.Append(CultureInfo.InvariantCulture, $", {Findings.Count(f => f.Known)} known");
        foreach (Finding f in Findings.Where(f => f.Known)) { b.Append(CultureInfo.InvariantCulture, $" [{f.Signature}: {f.Count:N0}]"); }
        b.Append(CultureInfo.InvariantCulture, $", {Slow.Count} slow input(s)");
        if (Slow.Count > 0) { var s = Slow.MaxBy(x => x.Time); b.Append(CultureInfo.InvariantCulture, $" (slowest #{s.Index}: {s.Length:N0} chars in {s.Time.TotalSeconds:F1} s)"); }
        return b.ToString();
    }
}

/// <summary>Runs the mutation fuzzer: inputs from <see cref="Mutator"/> through <see cref="Pipeline.Check"/>.</summary>
public static class FuzzRunner
{
    /// <summary>Runs <paramref name="options"/>; <paramref name="progress"/> is told of each new signature.</summary>
    public static FuzzSummary Run(FuzzOptions options, Action<Finding>? progress = null, Action<long, TimeSpan>? tick = null)
    {
        var mutator = new Mutator(options.Seeds);
        var findings = new ConcurrentDictionary<string, Finding>();
        var slow = new ConcurrentBag<(long, int, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        long next = -1, done = 0, chars = 0;
        long limit = options.Time is null ? options.Count : long.MaxValue;
        object gate = new();

        void Work()
        {
            var watch = new Stopwatch();
            while (true)
            {
                long index = Interlocked.Increment(ref next);
                if (index >= limit || (options.Time is { } time && clock.Elapsed >= time)) { return; }
                string input = mutator.Make(options.Seed, index);
                watch.Restart();
                Failure? failure = Pipeline.Check(input);
                if (watch.Elapsed > options.Slow) { slow.Add((index, input.Length, watch.Elapsed)); }
                if (Interlocked.Increment(ref done) % 50_000 == 0) { tick?.Invoke(Interlocked.Read(ref done), clock.Elapsed); }
                Interlocked.Add(ref chars, input.Length);
                if (failure is null) { continue; }
                lock (gate)
                {
                    if (findings.TryGetValue(failure.Signature, out Finding? seen))
                    {
                        findings[failure.Signature] = seen with { Count = seen.Count + 1, FirstIndex = Math.Min(seen.FirstIndex, index) };
                        continue;
                    }
                    bool known = options.Known.Contains(failure.Signature);
                    string? path = known || options.FindingsDirectory is null ? null : Save(options, index, input, failure);
                    var finding = new Finding(failure.Signature, failure.Detail, index, 1, known, path);
                    findings[failure.Signature] = finding;
                    progress?.Invoke(finding);
                }
            }
        }

        var threads = Enumerable.Range(0, Math.Max(1, options.Jobs)).Select(_ => new Thread(Work, 64 * 1024 * 1024)).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return new FuzzSummary(options.Seed, done, chars, clock.Elapsed,
            findings.Values.OrderBy(f => f.Signature, StringComparer.Ordinal).ToList(), slow.OrderBy(s => s.Item1).ToList());
    }

    /// <summary>Minimizes the input and saves it with a note: the signature, the detail, and how to replay it.</summary>
    private static string Save(FuzzOptions options, long index, string input, Failure failure)
    {
        string minimal = Minimizer.Minimize(input, failure.Signature);
        Directory.CreateDirectory(options.FindingsDirectory!);
        string name = Reproducers.NameOf(failure.Signature);
        string path = Reproducers.Write(Path.Combine(options.FindingsDirectory!, name), minimal);
        File.WriteAllText(Path.Combine(options.FindingsDirectory!, name + ".md"),
            $"""
            # {failure.Signature}

            {failure.Detail}

            First seen: seed {options.Seed}, input {index} ({input.Length} chars), minimized to {minimal.Length} chars:

                {Pipeline.Escape(minimal)}

            Replay: `dotnet run -c Release --project tests/UnResolutions.Fuzz -- replay {Path.GetFileName(path)}`

            """);
        return path;
    }
}

/// <summary>Reproducers on disk: UTF-8 text when the input is well-formed UTF-16, else the exact UTF-16LE units (a lone
/// surrogate has no UTF-8 form).</summary>
public static class Reproducers
{
    /// <summary>A file name for a signature: its words, and a hash that tells two long signatures apart.</summary>
    public static string NameOf(string signature)
    {
        var b = new StringBuilder();
        foreach (char c in signature) { b.Append(char.IsAsciiLetterOrDigit(c) || c == '.' ? c : '-'); }
        uint hash = 2166136261;
        foreach (char c in signature) { hash = unchecked((hash ^ c) * 16777619); }
        string words = b.ToString();
        return $"{words[..Math.Min(words.Length, 80)]}-{hash:x8}";
    }

    /// <summary>Writes <paramref name="text"/> at <paramref name="pathWithoutExtension"/> plus <c>.txt</c> or <c>.utf16le</c>.</summary>
    public static string Write(string pathWithoutExtension, string text)
    {
        bool wellFormed = !text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') || Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) == text;
        string path = pathWithoutExtension + (wellFormed ? ".txt" : ".utf16le");
        File.WriteAllBytes(path, wellFormed ? new UTF8Encoding(false).GetBytes(text) : Encoding.Unicode.GetBytes(text));
        return path;
    }

    /// <summary>Reads a reproducer written by <see cref="Write"/> (or any UTF-8 file).</summary>
    public static string Read(string path) =>
        path.EndsWith(".utf16le", StringComparison.Ordinal) ? Encoding.Unicode.GetString(File.ReadAllBytes(path))
            : new UTF8Encoding(false).GetString(File.ReadAllBytes(path));   // GetString keeps a leading U+FEFF, ReadAllText would not
}
