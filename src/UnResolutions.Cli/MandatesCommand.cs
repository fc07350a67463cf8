using System.CommandLine;
using UnResolutions.Model;
using UnResolutions.Tools.Mandates;

namespace UnResolutions.Cli;

/// <summary><c>unres mandates INPUT... [--format json|csv] [--out PATH]</c>: what the resolutions ask for and by when, one row each (<see cref="MandateFinder"/>).</summary>
internal static class MandatesCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs("INPUT");
        var format = new Option<string>("--format") { Description = "json: JSON Lines, one mandate per line; csv: with a header.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var output = new Option<string>("--out", "-o") { Description = "The output file, written only once complete; - (the default) is standard output.", DefaultValueFactory = _ => "-", HelpName = "PATH" };
        var command = new Command("mandates", "List what resolutions ask for and by when: each request, decision or invitation with a report, a session, "
            + "a date or a frequency in it (symbol, paragraph, actor, action, target session or date, subject).\n\n"
            + "Examples:\n  unres mandates samples/A_RES_71_242.txt\n  unres mandates corpus/ --format csv --out mandates.csv")
        {
            inputs,
            format,
            output,
        };
        CommonOptions.StdinAtMostOnce(command, inputs);
        command.SetAction(result => Run(result.GetValue(inputs)!, result.GetValue(format)!, result.GetValue(output)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string[] paths, string format, string outPath, TextWriter stdout, TextWriter errors)
    {
        int exit = ExitCodes.Success;
        var documents = new List<ResolutionDocument>();
        foreach (InputFile input in Inputs.Expand(paths))
        {
            if (ToolInputs.ReadDocuments(input, errors) is { } read) { documents.AddRange(read); } else { exit = ExitCodes.FileError; }
        }
        return ToolInputs.WriteOutput(outPath, stdout, errors, writer =>
        {
            if (format == "csv") { MandateWriter.WriteCsvHeader(writer); }
            foreach (ResolutionDocument d in documents)
            {
                if (format == "csv") { MandateWriter.WriteCsv(d.Symbol, d.Source, d.Mandates, writer); }
                else { MandateWriter.WriteJsonLines(d.Symbol, d.Source, d.Mandates, writer); }
            }
        }, exit);
    }
}
