using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/UnResolutions.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
