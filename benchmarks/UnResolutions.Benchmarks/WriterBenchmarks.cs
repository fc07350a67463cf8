using System.Buffers;
using BenchmarkDotNet.Attributes;
using UnResolutions.Akn;
using UnResolutions.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Benchmarks;

/// <summary>
/// Writing Akoma Ntoso beside writing document JSON, from the same documents: the writers alone (the model built once in
/// the setup), and each with the model built from the tree, as a pipeline does.
/// </summary>
/// <remarks>Each pair is a category with JSON as its baseline, so that BenchmarkDotNet's Ratio column is AKN / JSON.</remarks>
[Config(typeof(ThroughputConfig))]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
public class WriterBenchmarks
{
    private ResolutionSyntaxTree _tree = null!;
    private List<ResolutionDocument> _documents = [];
    private readonly ArrayBufferWriter<byte> _json = new(1 << 20);
    private readonly MemoryStream _xml = new(1 << 20);

    [ParamsSource(nameof(InputNames))]
    public string Input { get; set; } = string.Empty;

    public static IEnumerable<string> InputNames() => PipelineBenchmarks.FixtureInputs();

    [GlobalSetup]
    public void Setup()
    {
        _tree = ResolutionSyntaxTree.ParseText(Inputs.Get(Input));
        _documents = ResolutionModel.FromTree(_tree).ToList();
    }

    [BenchmarkCategory("Writer alone"), Benchmark(Baseline = true, Description = "Document JSON")]
    public int DocumentJson()
    {
        _json.ResetWrittenCount();
        foreach (ResolutionDocument document in _documents) { ResolutionJson.Serialize(document, _json); }
        return _json.WrittenCount;
    }

    [BenchmarkCategory("Writer alone"), Benchmark(Description = "Document AKN")]
    public long DocumentAkn()
    {
        _xml.SetLength(0);
        foreach (ResolutionDocument document in _documents) { AknWriter.Write(document, _xml); }
        return _xml.Length;
    }

    [BenchmarkCategory("With the model"), Benchmark(Baseline = true, Description = "Model + JSON")]
    public int ModelAndJson()
    {
        _json.ResetWrittenCount();
        foreach (ResolutionDocument document in ResolutionModel.EnumerateDocuments(_tree)) { ResolutionJson.Serialize(document, _json); }
        return _json.WrittenCount;
    }

    [BenchmarkCategory("With the model"), Benchmark(Description = "Model + AKN")]
    public long ModelAndAkn()
    {
        _xml.SetLength(0);
        foreach (ResolutionDocument document in ResolutionModel.EnumerateDocuments(_tree)) { AknWriter.Write(document, _xml); }
        return _xml.Length;
    }
}
