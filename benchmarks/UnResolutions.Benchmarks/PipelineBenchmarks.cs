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
    // One text per file: a fixture or a size is one, the --corpus folder one per file, each parsed on its own as
    // `unres convert` parses it (a call is the whole folder).
    private string[] _texts = [];
    private byte[][] _bytes = [];
    private ResolutionSyntaxTree[] _trees = [];
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);

    /// <summary>The two real exports, the largest corpus file, 3 MB of resolutions back to back, and the --corpus folder.</summary>
    [ParamsSource(nameof(InputNames))]
    public string Input { get; set; } = string.Empty;

    public static IEnumerable<string> InputNames() => Inputs.CorpusDirectory == null ? FixtureInputs() : [.. FixtureInputs(), Inputs.Corpus];

    /// <summary>The inputs of the repository's own, whatever the folder given.</summary>
    public static IEnumerable<string> FixtureInputs() => ["A_RES_71_242", "A_RES_67_225", Inputs.Largest, "3MB"];

    [GlobalSetup]
    public void Setup()
    {
        _texts = Inputs.Texts(Input);
        _bytes = [.. _texts.Select(Encoding.UTF8.GetBytes)];
        _trees = [.. _texts.Select(ResolutionSyntaxTree.ParseText)];
    }

    [Benchmark(Baseline = true, Description = "Split('\\n')")]
    public int Split()
    {
        int lines = 0;
        foreach (string text in _texts) { lines += text.Split('\n').Length; }
        return lines;
    }

    [Benchmark(Description = "UTF-8 decode")]
    public int Utf8Decode()
    {
        int chars = 0;
        foreach (byte[] bytes in _bytes) { chars += Encoding.UTF8.GetString(bytes).Length; }
        return chars;
    }

    [Benchmark(Description = "Sprache char tokenizer")]
    public int SpracheCharTokenizer()
    {
        int tokens = 0;
        foreach (string text in _texts) { tokens += NaiveSpracheTokenizer.Count(text); }
        return tokens;
    }

    [Benchmark(Description = "Scalar pass")]
    public int ScalarPass()
    {
        int count = 0;
        foreach (string text in _texts) { count += Baselines.ScalarPass(text); }
        return count;
    }

    [Benchmark(Description = "Regex segmenter")]
    public int RegexSegmenter()
    {
        int paragraphs = 0;
        foreach (string text in _texts) { paragraphs += Baselines.Segment(text).Operative.Count; }
        return paragraphs;
    }

    [Benchmark(Description = "Regex segmenter + JSON")]
    public int RegexSegmenterJson()
    {
        int length = 0;
        foreach (string text in _texts) { length += Baselines.SegmentToJson(text).Length; }
        return length;
    }

    [Benchmark(Description = "ParseText")]
    public int ParseText()
    {
        int length = 0;
        foreach (string text in _texts) { length += ResolutionSyntaxTree.ParseText(text).GetRoot().FullSpan.Length; }
        return length;
    }

    [Benchmark(Description = "Model + JSON")]
    public int ModelAndJson()
    {
        int written = 0;
        foreach (ResolutionSyntaxTree tree in _trees)
        {
            _output.ResetWrittenCount();
            foreach (ResolutionDocument document in ResolutionModel.EnumerateDocuments(tree)) { ResolutionJson.Serialize(document, _output); }
            written += _output.WrittenCount;
        }
        return written;
    }

    [Benchmark(Description = "Bytes to JSON")]
    public int Pipeline()
    {
        int written = 0;
        foreach (byte[] bytes in _bytes)
        {
            _output.ResetWrittenCount();
            foreach (ResolutionDocument document in ResolutionModel.EnumerateDocuments(ResolutionSyntaxTree.ParseBytes(bytes))) { ResolutionJson.Serialize(document, _output); }
            written += _output.WrittenCount;
        }
        return written;
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
