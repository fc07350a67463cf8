using System.CommandLine;
using System.Text;
using System.Text.Json;
using UnResolutions.Diagnostics;
using UnResolutions.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Cli;

/// <summary><c>unres parse INPUT... [--format tree|text|json|syntax-json] [--indent]</c>: the inputs are expanded as those of <c>convert</c> and <c>check</c> (<see cref="Inputs"/>).</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Raw ODS text files of resolutions (UTF-8, or UTF-16 with a byte-order mark; other bytes are read as Windows-1252, with a warning); "
                + "folders (their *.txt files, recursively); glob patterns with *, ? and ** (quote them); or - for standard input, as for convert and check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "tree: an indented outline of the syntax tree; text: the tree's full text, which is the input unchanged; "
                + "json: the document model (one JSON document per resolution, per line); syntax-json: the lossless syntax tree as JSON; "
                + "akn: Akoma Ntoso (AKN4UN) XML, one document per resolution.",
            DefaultValueFactory = _ => "tree",
        };
        format.AcceptOnlyFromAmong("tree", "text", "json", "syntax-json", "akn");
        var indent = new Option<bool>("--indent") { Description = "Indent the JSON (json and syntax-json; one document is then no longer one line)." };
        Option<string?> language = CommonOptions.Language();
        var command = new Command("parse", "Parse resolutions and print their syntax trees. Diagnostics go to stderr.\n\nExamples:\n  unres parse samples/A_RES_71_242.txt\n  unres parse samples/A_RES_71_242.txt --format json --indent\n  unres parse a.txt b.txt --format json > resolutions.jsonl")
        {
            files,
            format,
            indent,
            language,
        };
        CommonOptions.StdinAtMostOnce(command, files);
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(format)!, Console.Out, Console.Error, result.GetValue(indent),
            CommonOptions.ParseOptionsOf(result.GetValue(language))));
        return command;
    }

    public static int Run(string[] paths, string format, TextWriter output, TextWriter errors, bool indent = false, ParseOptions? options = null)
    {
        // Ctrl-C, SIGINT and SIGTERM stop the run between two files, which then says so and exits 130 (the default
        // ended the process without a word).
        using Interrupts interrupts = Interrupts.Listen(CancellationToken.None);
        try
        {
            int exit = Print(paths, format, output, errors, indent, options, interrupts.Token);
            output.Flush();
            if (interrupts.Token.IsCancellationRequested)
            {
                errors.WriteLine("unres: interrupted.");
                return ExitCodes.Interrupted;
            }
            return exit;
        }
        catch (IOException e)
        {
            // A full disk or a closed pipe on stdout: one line, not an unhandled exception.
            return CommonOptions.CannotWriteOutput(errors, e);
        }
    }

    private static int Print(string[] paths, string format, TextWriter output, TextWriter errors, bool indent, ParseOptions? options, CancellationToken interrupted)
    {
        int exit = ExitCodes.Success;
        List<InputFile> inputs = Inputs.Expand(paths);
        foreach (InputFile input in inputs)
        {
            if (interrupted.IsCancellationRequested) { break; }
            string path = input.Path;
            if (input.Error != null)
            {
                errors.WriteLine($"{path}: error: {input.Error}");
                exit = ExitCodes.FileError;
                continue;
            }
            byte[] bytes;
            try
            {
                bytes = input.ReadAllBytes();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                errors.WriteLine($"{path}: error: cannot read the file: {e.Message}");
                exit = ExitCodes.FileError;
                continue;
            }
            var tree = ResolutionSyntaxTree.ParseBytes(bytes, options);
            if (format == "text")
            {
                tree.GetRoot().WriteTo(output);
            }
            else if (format == "json")
            {
                foreach (ResolutionDocument document in ResolutionModel.EnumerateDocuments(tree))
                {
                    output.WriteLine(ResolutionJson.Serialize(document with { Source = path }, indent));
                }
            }
            else if (format == "akn")
            {
                foreach (ResolutionDocument document in ResolutionModel.EnumerateDocuments(tree))
                {
                    output.WriteLine(Akn.AknWriter.WriteToString(document));
                }
            }
            else if (format == "syntax-json")
            {
                using var stream = new MemoryStream();
                using (var writer = new Utf8JsonWriter(stream, JsonOutput.WriterOptions(indent)))
                {
                    SyntaxJson.Write(tree.GetRoot(), writer, path);
                }
                output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
            }
            else
            {
                if (inputs.Count > 1) { output.WriteLine($"// {path}"); }
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
