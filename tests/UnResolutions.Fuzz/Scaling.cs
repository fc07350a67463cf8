using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using UnResolutions.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Fuzz;

/// <summary>
/// The linear-time report: each hostile shape at 1×, 10× and 100× its base size, the time of the parse and of the
/// model with its JSON, in CPU seconds per MB of input (UTF-16 chars / 10^6). Linear time is a flat column; the last
/// column is the time per MB at 100× over the time per MB at 1×. A stopwatch, best of several runs on small inputs.
/// </summary>
public static class Scaling
{
    /// <summary>A hostile shape: its name and its text at a multiple of its base size.</summary>
    public sealed record Shape(string Name, Func<int, string> Make);

    /// <summary>The shapes of issue 14, each at 1× so that 100× is the size the issue names.</summary>
    public static readonly Shape[] Shapes =
    [
        new("one line, 50 MB at 100x", k => Repeat("Recalling its resolutions 49/108 of 19 December 1994, 51/170 of 16 December 1996 and ", 500_000 * k / 88)),
        new("one recital line, 50 MB at 100x", k => Head + "\tRecalling " + Repeat("its resolutions 49/108 of 19 December 1994, 51/1702 of 16 December 1996 and ", 500_000 * k / 78) + "\n"),
        new("1 M `1.` lines at 100x", k => Repeat("1.\n", 10_000 * k)),
        new("100,000 resolutions with diagnostics at 100x", k => Repeat("[Start1]\nResolution adopted by the General Assembly on 31 February 2016\n71/1.\tTitle\n\tThe General Assembly,\n\t1.\tDecides\n", 1_000 * k)),
        new("100,000 `[Start1]` lines at 100x", k => Repeat("[Start1]\n", 1_000 * k)),
        new("symbol + 1 M letters at 100x", k => Head + "(A/71/467/Add" + new string('a', 10_000 * k) + "\n"),
        new("S/R + 1 M `ES` at 100x", k => Head + "S/R" + Repeat("ES", 5_000 * k) + "/2744 (2024)\n"),
        new("1 M deep sub-paragraph labels at 100x", k => "\tThe General Assembly,\n\t1.\tDecides:\n" + DeepLabels(10_000 * k)),
        new("1 M glued references at 100x", k => GluedReferences(10_000 * k)),
    ];

    /// <summary>A resolution's header, so that what follows is read as its text.</summary>
    private const string Head = "Resolution adopted by the General Assembly on 21 December 2016\n71/242.\tTitle\n\n\tThe General Assembly,\n";

    /// <summary>Prints the report as a Markdown table; <c>--sizes 1,10</c> for fewer multiples, <c>--shape TEXT</c> for the
    /// shapes whose name holds TEXT.</summary>
    public static int Report(string[] args, TextWriter output)
    {
        int[] sizes = [1, 10, 100];
        string? only = null;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--sizes") { sizes = args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(); }
            else if (args[i] == "--shape") { only = args[i + 1]; }
        }
        output.WriteLine($"| shape | {string.Join(" | ", sizes.Select(k => $"{k}x MB"))} | parse CPU s/MB {string.Join(" / ", sizes.Select(k => $"{k}x"))} | model+JSON CPU s/MB {string.Join(" / ", sizes.Select(k => $"{k}x"))} | {sizes[^1]}x / {sizes[0]}x |");
        output.WriteLine($"|---|{string.Concat(sizes.Select(_ => "---:|"))}---:|---:|---:|");
        foreach (Shape shape in Shapes.Where(s => only is null || s.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            Measure(shape.Make(1));   // warm-up: the JIT's tiers, not the input, are what a first run measures
            var mb = new List<double>();
            var parse = new List<double>();
            var model = new List<double>();
            foreach (int k in sizes)
            {
                string text = shape.Make(k);
                (double p, double m) = Measure(text);
                double size = text.Length / 1e6;
                mb.Add(size);
                parse.Add(p / size);
                model.Add(m / size);
            }
            double ratio = (parse[^1] + model[^1]) / (parse[0] + model[0]);
            output.WriteLine(FormattableString.Invariant(
                $"| {shape.Name} | {string.Join(" | ", mb.Select(x => x.ToString("F2", CultureInfo.InvariantCulture)))} | {string.Join(" / ", parse.Select(x => x.ToString("F3", CultureInfo.InvariantCulture)))} | {string.Join(" / ", model.Select(x => x.ToString("F3", CultureInfo.InvariantCulture)))} | {ratio:F2} |"));
            output.Flush();
        }
        return 0;
    }

    /// <summary>CPU seconds of ParseText and of the model with every document's JSON, the best of the runs made in about
    /// a second (one run when a run takes longer). CPU time of the process, not the wall clock: on a machine shared
    /// with other work the wall clock measures the neighbours; GC threads' time counts, as it is the input's cost.</summary>
    private static (double Parse, double Model) Measure(string text)
    {
        double bestParse = double.MaxValue, bestModel = double.MaxValue;
        var total = Stopwatch.StartNew();
        var buffer = new ArrayBufferWriter<byte>();
        using Process self = Process.GetCurrentProcess();
        double Cpu() { self.Refresh(); return self.TotalProcessorTime.TotalSeconds; }
        int runs = 0;
        do
        {
            double start = Cpu();
            ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseText(text);
            double parsed = Cpu();
            foreach (ResolutionDocument document in ResolutionModel.EnumerateDocuments(tree))
            {
                buffer.ResetWrittenCount();
                ResolutionJson.Serialize(document, buffer);
            }
            double modelled = Cpu();
            bestParse = Math.Min(bestParse, parsed - start);
            bestModel = Math.Min(bestModel, modelled - parsed);
            runs++;
        }
        while (total.Elapsed.TotalSeconds < 2 || runs < 3 && total.Elapsed.TotalSeconds < 20);
        return (bestParse, bestModel);
    }

    private static string Repeat(string unit, int times)
    {
        var b = new StringBuilder(unit.Length * times);
        for (int i = 0; i < times; i++) { b.Append(unit); }
        return b.ToString();
    }

    /// <summary>Sub-paragraph labels going ever deeper: letters, roman numerals, capitals, digits, doubled letters, each
    /// level one tab further in, and back out every 40 lines.</summary>
    private static string DeepLabels(int lines)
    {
        string[] styles = ["({0})", "({1})", "({2})", "({3})", "({4})"];
        string[] romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];
        var b = new StringBuilder(lines * 24);
        for (int i = 0; i < lines; i++)
        {
            int depth = i % 40;
            int n = i / 40 % 10;
            string label = string.Format(CultureInfo.InvariantCulture, styles[depth % styles.Length], (char)('a' + n), romans[n], (char)('A' + n), n + 1, new string((char)('a' + n), 2));
            b.Append('\t', 1 + depth).Append(label).Append("\tcalls for;\n");
        }
        return b.ToString();
    }

    /// <summary>Recitals whose references are digits glued to words (<c>Agreement1</c>), with the footnotes they cite.</summary>
    private static string GluedReferences(int references)
    {
        var b = new StringBuilder(references * 60);
        b.Append("Resolution adopted by the General Assembly on 21 December 2016\n71/242.\tTitle\n\n\tThe General Assembly,\n");
        for (int i = 1; i <= references; i++)
        {
            if (i % 10 == 1) { b.Append("\tRecalling"); }
            b.Append(CultureInfo.InvariantCulture, $" the Agreement{i}");
            if (i % 10 == 0) { b.Append(",\n"); }
        }
        b.Append("\n\t1.\tDecides to remain seized of the matter.\n_______________\n");
        for (int i = 1; i <= references; i++) { b.Append(CultureInfo.InvariantCulture, $"{i} See A/71/{i}.\n"); }
        return b.ToString();
    }
}
