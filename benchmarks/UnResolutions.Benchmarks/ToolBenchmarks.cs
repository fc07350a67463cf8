using BenchmarkDotNet.Attributes;
using UnResolutions.Model;
using UnResolutions.Syntax;
using UnResolutions.Tools.Citations;
using UnResolutions.Tools.Diff;
using UnResolutions.Tools.Mandates;

namespace UnResolutions.Benchmarks;

/// <summary>
/// The tools on the model (docs/tools.md): <c>ResolutionDiff.Compare</c> on the two real exports (67/225 → 71/242, the
/// renewal; and 71/242 with itself), the mandates and the citations of 71/242. The documents are built once: these rows
/// are the tools' own cost, to add to the parse's.
/// <c>dotnet run -c Release --project benchmarks/UnResolutions.Benchmarks -- --filter '*ToolBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class ToolBenchmarks
{
    private ResolutionDocument _old = null!;
    private ResolutionDocument _new = null!;
    private ResolutionSyntaxTree _tree = null!;

    [GlobalSetup]
    public void Setup()
    {
        _old = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(Inputs.Get("A_RES_67_225")))[0];
        _tree = ResolutionSyntaxTree.ParseText(Inputs.Get("A_RES_71_242"));
        _new = ResolutionModel.FromTree(_tree)[0];
    }

    [Benchmark(Baseline = true, Description = "Compare 67/225 -> 71/242")]
    public int CompareRenewal() => ResolutionDiff.Compare(_old, _new).Operative.Count;

    [Benchmark(Description = "Compare 71/242 with itself")]
    public int CompareSelf() => ResolutionDiff.Compare(_new, _new).Operative.Count;

    [Benchmark(Description = "Mandates of 71/242")]
    public int Mandates() => MandateFinder.Find(_new).Count;

    /// <summary>The model of 71/242 from its tree, mandates included: what the mandates add to every document's cost.</summary>
    [Benchmark(Description = "Model of 71/242 (for scale)")]
    public int Model() => ResolutionModel.FromTree(_tree)[0].Operative.Count;

    [Benchmark(Description = "Citations of 71/242")]
    public int Citations() => CitationFinder.Find(_new).Count;
}
