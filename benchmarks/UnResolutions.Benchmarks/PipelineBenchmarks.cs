using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using UnResolutions.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Benchmarks;

/// <summary>
/// The main table: ParseText, model + JSON, and the whole pipeline, beside three baselines measured in the same
/// run on the same input: <c>string.Split('\n')</c> (the floor), UTF-8 decoding of the input bytes, a naive
/// character-level Sprache tokenizer (what a textbook Sprache grammar costs), one scalar pass over the text (the
/// ceiling of any parser) and a regular-expression segmenter with and without JSON (what users compare with).
/// </summary>
[Config(typeof(ThroughputConfig))]
public class PipelineBenchmarks
{
    private string _text = string.Empty;
    private byte[] _bytes = [];
    private ResolutionSyntaxTree _tree = null!;
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);

    /// <summary>The two real exports, the largest corpus file, and 3 MB of resolutions back to back.</summary>
    [ParamsSource(nameof(InputNames))]
    public string Input { get; set; } = string.Empty;

    public static IEnumerable<string> InputNames() => ["A_RES_71_242", "A_RES_67_225", Inputs.Largest, "3MB"];

    [GlobalSetup]
    public void Setup()
    {
        _text = Inputs.Get(Input);
        _bytes = Encoding.UTF8.GetBytes(_text);
        _tree = ResolutionSyntaxTree.ParseText(_text);
    }

    [Benchmark(Baseline = true, Description = "Split('\\n')")]
    public int Split() => _text.Split('\n').Length;

    [Benchmark(Description = "UTF-8 decode")]
    public int Utf8Decode() => Encoding.UTF8.GetString(_bytes).Length;

    [Benchmark(Description = "Sprache char tokenizer")]
    public int SpracheCharTokenizer() => NaiveSpracheTokenizer.Count(_text);

    [Benchmark(Description = "Scalar pass")]
    public int ScalarPass() => Baselines.ScalarPass(_text);

    [Benchmark(Description = "Regex segmenter")]
    public int RegexSegmenter() => Baselines.Segment(_text).Operative.Count;

    [Benchmark(Description = "Regex segmenter + JSON")]
    public int RegexSegmenterJson() => Baselines.SegmentToJson(_text).Length;

    [Benchmark(Description = "ParseText")]
    public int ParseText() => ResolutionSyntaxTree.ParseText(_text).GetRoot().FullSpan.Length;

    [Benchmark(Description = "Model + JSON")]
    public int ModelAndJson()
    {
        _output.ResetWrittenCount();
        foreach (ResolutionDocument document in ResolutionModel.EnumerateDocuments(_tree)) { ResolutionJson.Serialize(document, _output); }
        return _output.WrittenCount;
    }

    [Benchmark(Description = "Bytes to JSON")]
    public int Pipeline()
    {
        _output.ResetWrittenCount();
        foreach (ResolutionDocument document in ResolutionModel.EnumerateDocuments(ResolutionSyntaxTree.ParseBytes(_bytes))) { ResolutionJson.Serialize(document, _output); }
        return _output.WrittenCount;
    }
}

/// <summary>How ParseText's cost grows with the input: per byte it must stay flat.</summary>
[Config(typeof(ThroughputConfig))]
public class ScalingBenchmarks
{
    private string _text = string.Empty;

    [Params("30KB", "300KB", "3MB", "30MB")]
    public string Input { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = Inputs.Get(Input);

    /// <summary>The floor at each size: it shows what the runtime itself costs per byte as the input grows.</summary>
    [Benchmark(Baseline = true, Description = "Split('\\n')")]
    public int Split() => _text.Split('\n').Length;

    [Benchmark(Description = "ParseText")]
    public int ParseText() => ResolutionSyntaxTree.ParseText(_text).GetRoot().FullSpan.Length;
}
