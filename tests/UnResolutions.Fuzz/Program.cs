using System.Globalization;
using System.Text;
using UnResolutions.Fuzz;
using UnResolutions.Syntax;

// unres-fuzz: the mutation runner (default), "replay FILE...", "afl" (the SharpFuzz target) and "scaling" (the
// linear-time report). docs/reliability.md gives the commands.
return args.FirstOrDefault() switch
{
    "afl" => Afl(),
    "replay" => Replay(args[1..]),
    "scaling" => Scaling.Report(args[1..], Console.Out),
    _ => Run(args.FirstOrDefault() == "run" ? args[1..] : args),
};

static int Run(string[] args)
{
    var options = new FuzzOptions { FindingsDirectory = "fuzz-findings", Seeds = Corpus.Load(Path.Combine(AppContext.BaseDirectory, "Seeds")) };
    string knownPath = Path.Combine(AppContext.BaseDirectory, "known-signatures.txt");
    for (int i = 0; i < args.Length; i++)
    {
        string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
        switch (args[i])
        {
            case "--count": options = options with { Count = long.Parse(Value(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture) }; break;
            case "--time": options = options with { Time = Durations.Parse(Value()) }; break;
            case "--seed": options = options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) }; break;
            case "--jobs": options = options with { Jobs = int.Parse(Value(), CultureInfo.InvariantCulture) }; break;
            case "--out": options = options with { FindingsDirectory = Value() }; break;
            case "--seeds": options = options with { Seeds = Corpus.Load(Value()) }; break;
            case "--known": knownPath = Value(); break;
            default:
                Console.Error.WriteLine($"unres-fuzz: unknown option {args[i]}. Usage: unres-fuzz [run] [--count N | --time 60s|5m|1h] [--seed N] [--jobs N] [--out DIR] [--seeds DIR] [--known FILE] | replay FILE... | afl | scaling [--sizes 1,10,100] [--mb N]");
                return 2;
        }
    }
    options = options with { Known = Corpus.LoadKnown(knownPath) };
    FuzzSummary summary = FuzzRunner.Run(options, f =>
        Console.Error.WriteLine(f.Known ? $"known: {f.Signature} (input {f.FirstIndex})" : $"NEW: {f.Signature} (input {f.FirstIndex}): {f.Detail} -> {f.Reproducer}"),
        (n, t) => Console.Error.WriteLine($"{n:N0} inputs in {t:hh\\:mm\\:ss}"));
    Console.WriteLine(summary);
    return summary.New.Any() ? 1 : 0;
}

static int Replay(string[] files)
{
    int status = 0;
    foreach (string file in files)
    {
        var times = new Dictionary<string, TimeSpan>();
        Failure? failure = Pipeline.Check(Reproducers.Read(file), times);
        Console.WriteLine(failure is null ? $"{file}: ok" : $"{file}: {failure.Signature}: {failure.Detail}");
        Console.WriteLine("  " + string.Join(", ", times.Select(t => $"{t.Key} {t.Value.TotalSeconds:F3} s")));
        if (failure is not null) { status = 1; }
    }
    return status;
}

// The AFL++ target: the instrumented library is fed each input as bytes, through both entry points; an unknown failure
// is thrown, which afl-fuzz records as a crash.
static int Afl()
{
    IReadOnlySet<string> known = Corpus.LoadKnown(Path.Combine(AppContext.BaseDirectory, "known-signatures.txt"));
    SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        ResolutionSyntaxTree.ParseBytes(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        Failure? failure = Pipeline.Check(new UTF8Encoding(false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        if (failure is not null && !known.Contains(failure.Signature)) { throw new InvalidOperationException($"{failure.Signature}: {failure.Detail}"); }
    });
    return 0;
}

/// <summary>The seed corpus and the list of known signatures, from disk.</summary>
internal static class Corpus
{
    public static IReadOnlyList<string> Load(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList()
            : [];

    public static IReadOnlySet<string> LoadKnown(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();
}

/// <summary>Durations as typed: <c>90</c> or <c>90s</c>, <c>5m</c>, <c>1h</c>.</summary>
internal static class Durations
{
    public static TimeSpan Parse(string s)
    {
        char unit = s.Length > 0 && char.IsLetter(s[^1]) ? s[^1] : 's';
        double value = double.Parse(char.IsLetter(s[^1]) ? s[..^1] : s, CultureInfo.InvariantCulture);
        return unit switch { 's' => TimeSpan.FromSeconds(value), 'm' => TimeSpan.FromMinutes(value), 'h' => TimeSpan.FromHours(value), _ => throw new FormatException($"unknown unit in {s}") };
    }
}
