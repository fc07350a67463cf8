using BenchmarkDotNet.Attributes;
using UnResolutions.Syntax;

namespace UnResolutions.Benchmarks;

/// <summary>
/// ParseText against baselines measured in the same run on the same input: <c>string.Split('\n')</c> (the floor)
/// and a naive character-level Sprache tokenizer (what a grammar written the textbook way costs).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _text = string.Empty;

    [Params("A_RES_71_242", "A_RES_67_225", "A_RES_80_110", "3MB")]
    public string Input { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = Inputs.Get(Input);

    [Benchmark(Baseline = true, Description = "string.Split('\\n')")]
    public int Split() => _text.Split('\n').Length;

    [Benchmark(Description = "Sprache char-level tokenizer")]
    public int SpracheCharTokenizer() => NaiveSpracheTokenizer.Count(_text);

    [Benchmark(Description = "ParseText")]
    public int ParseText() => ResolutionSyntaxTree.ParseText(_text).GetRoot().FullSpan.Length;
}
