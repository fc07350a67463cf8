using BenchmarkDotNet.Running;
using UnResolutions.Benchmarks;

// Full run (the reference):  dotnet run -c Release --project benchmarks/UnResolutions.Benchmarks -- --filter '*'
// Quick mode (under a minute): dotnet run -c Release --project benchmarks/UnResolutions.Benchmarks -- --quick
if (args.Contains("--quick"))
{
    QuickRunner.Run(Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
