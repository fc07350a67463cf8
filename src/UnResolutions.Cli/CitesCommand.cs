using System.CommandLine;
using UnResolutions.Model;
using UnResolutions.Syntax;
using UnResolutions.Tools.Citations;

namespace UnResolutions.Cli;

/// <summary>
/// <c>unres cites INPUT... --out PATH [--format csv|jsonl]</c>: one edge per citation across the inputs
/// (<see cref="CitationFinder"/>), written to PATH only once complete (<c>-</c> is standard output).
/// </summary>
internal static class CitesCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs("INPUT");
        var output = new Option<string>("--out", "-o") { Description = "The output file (.csv or .jsonl), or - for standard output.", Required = true, HelpName = "PATH" };
        var format = new Option<string?>("--format") { Description = "csv or jsonl; by default from the extension of --out (jsonl for -)." };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var command = new Command("cites", "List the citations of resolutions as a graph: one edge per citation (citing symbol, cited symbol normalized, "
            + "its date, the paragraph and its lead phrase, whether it stands in a footnote, the span).\n\n"
            + "Examples:\n  unres cites corpus/ --out cites.csv\n  unres cites 'corpus/**/*.txt' --out cites.jsonl")
        {
            inputs,
            output,
            format,
        };
        CommonOptions.StdinAtMostOnce(command, inputs);
        command.SetAction(result => Run(result.GetValue(inputs)!, result.GetValue(output)!, result.GetValue(format), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string[] paths, string outPath, string? format, TextWriter stdout, TextWriter errors)
    {
        string kind = format ?? (outPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "jsonl");
        int exit = ExitCodes.Success;
        var citations = new List<Citation>();
        foreach (InputFile input in Inputs.Expand(paths))
        {
            if (ToolInputs.ReadDocuments(input, errors) is not { } documents) { exit = ExitCodes.FileError; continue; }
            foreach (ResolutionDocument document in documents) { citations.AddRange(CitationFinder.Find(document)); }
        }
        return ToolInputs.WriteOutput(outPath, stdout, errors, writer =>
        {
            if (kind == "csv") { CitationWriter.WriteCsvHeader(writer); CitationWriter.WriteCsv(citations, writer); }
            else { CitationWriter.WriteJsonLines(citations, writer); }
        }, exit);
    }
}
