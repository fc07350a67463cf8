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
    }
}

/// <summary>Megabytes (10^6 UTF-8 bytes) of input per second.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input megabytes (UTF-8) per second";
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? ns = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return ns is > 0 ? (InputBytes(benchmarkCase) / (ns.Value / 1e9) / 1e6).ToString("F1") : "-";
    }

    internal static int InputBytes(BenchmarkCase benchmarkCase) => Inputs.Utf8Length((string)benchmarkCase.Parameters["Input"]);
}

/// <summary>Bytes allocated per byte of input.</summary>
public sealed class BytesPerInputByteColumn : IColumn
{
    public string Id => nameof(BytesPerInputByteColumn);
    public string ColumnName => "B/byte";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Bytes allocated per input byte";
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        if (report == null) { return "-"; }
        long bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) ?? 0;
        return (bytes / (double)ThroughputColumn.InputBytes(benchmarkCase)).ToString("F2");
    }
}

/// <summary>How many times faster than a baseline method on the same input (the baseline's mean over this mean).</summary>
public sealed class SpeedupColumn(string baseline, string name) : IColumn
{
    public string Id => nameof(SpeedupColumn) + name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 2;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => $"Speed relative to '{baseline}' on the same input (>1 is faster)";
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(IsBaseline);

    // BenchmarkDotNet quotes descriptions that hold spaces or punctuation: 'UTF-8 decode'.
    private bool IsBaseline(BenchmarkCase b) => b.Descriptor.WorkloadMethodDisplayInfo.Trim('\'') == baseline;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkCase? reference = summary.BenchmarksCases.FirstOrDefault(b => IsBaseline(b) && b.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo);
        double? mine = summary[benchmarkCase]?.ResultStatistics?.Mean;
        double? theirs = reference == null ? null : summary[reference]?.ResultStatistics?.Mean;
        return mine is > 0 && theirs is > 0 ? (theirs.Value / mine.Value).ToString("F2") : "-";
    }
}
