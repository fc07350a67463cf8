using System.CommandLine;
using System.Text;
using UnResolutions.Diagnostics;
using UnResolutions.Syntax;

namespace UnResolutions.Cli;

/// <summary><c>unres parse FILE... [--format tree|text]</c>.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Raw ODS text files of resolutions (UTF-8).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "tree: an indented outline of the syntax tree; text: the tree's full text, which is the input unchanged.",
            DefaultValueFactory = _ => "tree",
        };
        format.AcceptOnlyFromAmong("tree", "text");
        var command = new Command("parse", "Parse resolutions and print their syntax trees. Diagnostics go to stderr.\n\nExamples:\n  unres parse samples/A_RES_71_242.txt\n  unres parse a.txt b.txt --format text")
        {
            files,
            format,
        };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(format)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string[] paths, string format, TextWriter output, TextWriter errors)
    {
        int exit = ExitCodes.Success;
        foreach (string path in paths)
        {
            string text;
            try
            {
                text = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                errors.WriteLine($"{path}: error: cannot read the file: {e.Message}");
                exit = ExitCodes.FileError;
                continue;
            }
            var tree = ResolutionSyntaxTree.ParseText(text);
            if (format == "text")
            {
                tree.GetRoot().WriteTo(output);
            }
            else
            {
                if (paths.Length > 1) { output.WriteLine($"// {path}"); }
                TreePrinter.Print(tree.GetRoot(), output);
            }
            foreach (Diagnostic d in tree.GetDiagnostics())
            {
                errors.WriteLine($"{path}({d.LineSpan.Start}): {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}");
            }
        }
        return exit;
    }
}
