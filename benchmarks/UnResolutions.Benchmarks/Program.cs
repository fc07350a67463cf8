using BenchmarkDotNet.Running;
using UnResolutions.Benchmarks;

// Full run (the reference):  dotnet run -c Release --project benchmarks/UnResolutions.Benchmarks -- --filter '*'
// Quick mode (under a minute): dotnet run -c Release --project benchmarks/UnResolutions.Benchmarks -- --quick
// Either mode, with a folder of resolutions measured beside the fixtures, each file parsed on its own:
//   ... -- --quick --corpus tests/UnResolutions.Tests/Fixtures/dev/ga/ods   (or any folder of ODS .txt exports)
int corpus = Array.IndexOf(args, "--corpus");
if (corpus >= 0)
{
    if (corpus + 1 >= args.Length || !Directory.Exists(args[corpus + 1]))
    {
        Console.Error.WriteLine("--corpus needs a folder of .txt resolutions.");
        Environment.Exit(2);
    }
    Environment.SetEnvironmentVariable(Inputs.CorpusVariable, Path.GetFullPath(args[corpus + 1]));
    args = [.. args[..corpus], .. args[(corpus + 2)..]];
}
if (args.Contains("--quick"))
{
    QuickRunner.Run(Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
