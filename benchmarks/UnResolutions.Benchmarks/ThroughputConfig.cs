using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace UnResolutions.Benchmarks;

/// <summary>The columns of every table: MB/s, bytes allocated per input byte, and speed ratios to the baselines.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new ThroughputColumn());
        AddColumn(new BytesPerInputByteColumn());
        AddColumn(new SpeedupColumn("Split('\\n')", "x Split"));
        AddColumn(new SpeedupColumn("UTF-8 decode", "x UTF-8"));
        AddColumn(new SpeedupColumn("Sprache char tokenizer", "x Sprache"));
        AddColumn(new SpeedupColumn("Scalar pass", "x Scalar"));
        AddColumn(new SpeedupColumn("Regex segmenter", "x Regex"));
        AddColumn(new SpeedupColumn("Regex segmenter + JSON", "x Regex+JSON"));
    }
}

/// <summary>What every column of these tables shares: a name, a legend, and a value per benchmark case.</summary>
public abstract class InputColumn(string name, string legend, int priority) : IColumn
{
    public string Id => GetType().Name + ColumnName;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => priority;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public virtual bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);
    public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style);

    /// <summary>The size of the case's input in UTF-8 bytes.</summary>
    protected static long InputBytes(BenchmarkCase benchmarkCase) => Inputs.Utf8Length((string)benchmarkCase.Parameters["Input"]);
}

/// <summary>Megabytes (10^6 UTF-8 bytes) of input per second.</summary>
public sealed class ThroughputColumn() : InputColumn("MB/s", "Input megabytes (UTF-8) per second", 0)
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? ns = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return ns is > 0 ? (InputBytes(benchmarkCase) / (ns.Value / 1e9) / 1e6).ToString("F1") : "-";
    }
}

/// <summary>Bytes allocated per byte of input.</summary>
public sealed class BytesPerInputByteColumn() : InputColumn("B/byte", "Bytes allocated per input byte", 1)
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        if (report == null) { return "-"; }
        long bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) ?? 0;
        return (bytes / (double)InputBytes(benchmarkCase)).ToString("F2");
    }
}

/// <summary>How many times faster than a baseline method on the same input (the baseline's mean over this mean).</summary>
public sealed class SpeedupColumn(string baseline, string name)
    : InputColumn(name, $"Speed relative to '{baseline}' on the same input (>1 is faster)", 2)
{
    public override bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(IsBaseline);

    // BenchmarkDotNet quotes descriptions that hold spaces or punctuation: 'UTF-8 decode'.
    private bool IsBaseline(BenchmarkCase b) => b.Descriptor.WorkloadMethodDisplayInfo.Trim('\'') == baseline;

    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkCase? reference = summary.BenchmarksCases.FirstOrDefault(b => IsBaseline(b) && b.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo);
        double? mine = summary[benchmarkCase]?.ResultStatistics?.Mean;
        double? theirs = reference == null ? null : summary[reference]?.ResultStatistics?.Mean;
        return mine is > 0 && theirs is > 0 ? (theirs.Value / mine.Value).ToString("F2") : "-";
    }
}
