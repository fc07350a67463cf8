using System.CommandLine;
using UnResolutions.Model;
using UnResolutions.Tools.Diff;

namespace UnResolutions.Cli;

/// <summary><c>unres diff OLD NEW [--format text|json|html] [--indent]</c>: compares two versions of a resolution paragraph by paragraph (<see cref="ResolutionDiff"/>).</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var old = new Argument<string>("OLD") { Description = "The older resolution: a raw ODS text file, or - for standard input." };
        var @new = new Argument<string>("NEW") { Description = "The newer resolution: a raw ODS text file, or - for standard input." };
        var format = new Option<string>("--format")
        {
            Description = "text: the changed paragraphs for a terminal (colours when stdout is one); json: the whole comparison (docs/tools.md); "
                + "html: one self-contained page, old and new side by side.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var indent = new Option<bool>("--indent") { Description = "Indent the JSON." };
        var command = new Command("diff", "Compare two versions of a resolution: recitals and operative paragraphs paired by content, "
            + "word-level changes, lead phrases changed, paragraphs moved, added, removed and renumbered, citations and footnotes changed.\n\n"
            + "Examples:\n  unres diff A_RES_67_225.txt A_RES_71_242.txt\n  unres diff A_RES_67_225.txt A_RES_71_242.txt --format html > diff.html\n"
            + "  unres diff old.txt new.txt --format json | jq .summary")
        {
            old,
            @new,
            format,
            indent,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(old) == InputFile.StdinName && result.GetValue(@new) == InputFile.StdinName) { result.AddError("- (standard input) may be given only once."); }
        });
        command.SetAction(result => Run(result.GetValue(old)!, result.GetValue(@new)!, result.GetValue(format)!, Console.Out, Console.Error,
            result.GetValue(indent), colours: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null));
        return command;
    }

    public static int Run(string oldPath, string newPath, string format, TextWriter output, TextWriter errors, bool indent = false, bool colours = false)
    {
        if (Read(oldPath, errors) is not { } old || Read(newPath, errors) is not { } @new) { return ExitCodes.FileError; }
        ResolutionComparison comparison = ResolutionDiff.Compare(old, @new);
        try
        {
            switch (format)
            {
                case "json": output.WriteLine(DiffJson.Serialize(comparison, indent)); break;
                case "html": output.Write(DiffHtml.Render(comparison)); break;
                default: DiffText.Write(comparison, output, colours); break;
            }
            output.Flush();
            return ExitCodes.Success;
        }
        catch (IOException e)
        {
            return CommonOptions.CannotWriteOutput(errors, e);
        }
    }

    /// <summary>The first resolution of a file (an empty document when it holds none, so that an empty file compares as all added or removed); null when it cannot be read.</summary>
    internal static ResolutionDocument? Read(string path, TextWriter errors) =>
        ToolInputs.ReadDocuments(Inputs.Expand([path]).Single(), errors) is { } documents
            ? documents.FirstOrDefault() ?? new ResolutionDocument { Source = path }
            : null;
}
