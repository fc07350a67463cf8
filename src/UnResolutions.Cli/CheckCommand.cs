using System.CommandLine;
using System.Text;
using UnResolutions.Diagnostics;
using UnResolutions.Syntax;

namespace UnResolutions.Cli;

/// <summary>
/// <c>unres check INPUT... [--warnaserror] [--jobs N]</c>: parses resolutions and prints their diagnostics
/// compiler-style to stdout, then a count line; exits 1 when there is an error (or a warning, with --warnaserror).
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        Argument<string[]> inputs = CommonOptions.Inputs("INPUT");
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat warnings as errors: exit 1 when there is a warning." };
        Option<int> jobs = CommonOptions.Jobs();
        Option<string?> language = CommonOptions.Language();
        var command = new Command("check", "Check resolutions: print every diagnostic compiler-style to stdout "
            + "(file(line,col): error UNR0101: message), then a count line (3 files, 0 errors, 2 warnings, 1 info). "
            + "A file that cannot be read is an error.\n\n"
            + "Exit codes: 0 no error; 1 an error (or a warning, with --warnaserror), or a file could not be read; 2 a usage error.\n\n"
            + "Examples:\n"
            + "  unres check samples/A_RES_71_242.txt\n"
            + "  unres check corpus/ --warnaserror\n"
            + "  unres check 'corpus/**/*.txt' --jobs 2")
        {
            inputs,
            warnAsError,
            jobs,
            language,
        };
        CommonOptions.StdinAtMostOnce(command, inputs);
        command.SetAction((result, cancellationToken) =>
            RunAsync(result.GetValue(inputs)!, result.GetValue(warnAsError), result.GetValue(jobs), Console.Out, cancellationToken, Console.Error,
                CommonOptions.ParseOptionsOf(result.GetValue(language))));
        return command;
    }

    private sealed record FileResult(string Lines, int Errors, int Warnings, int Infos);

    public static async Task<int> RunAsync(string[] inputs, bool warnAsError, int jobs, TextWriter output, CancellationToken cancellationToken, TextWriter? errors = null,
        ParseOptions? options = null)
    {
        // Ctrl-C, SIGINT and SIGTERM cancel the run, which then says so and exits 130 (the default ended the
        // process without a word).
        using Interrupts interrupts = Interrupts.Listen(cancellationToken);
        try
        {
            return await CheckAsync(inputs, warnAsError, jobs, output, options, interrupts.Token).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            // A full disk or a closed pipe on stdout: one line, not an unhandled exception.
            return CommonOptions.CannotWriteOutput(errors ?? Console.Error, e);
        }
    }

    private static async Task<int> CheckAsync(string[] inputs, bool warnAsError, int jobs, TextWriter output, ParseOptions? options, CancellationToken cancellationToken)
    {
        List<InputFile> files = Inputs.Expand(inputs);
        int errors = 0, warnings = 0, infos = 0;
        try
        {
            await OrderedPipeline.RunAsync(
                files.Count,
                jobs,
                (i, _) => CheckFile(files[i], options),
                (_, result) =>
                {
                    output.Write(result.Lines);
                    errors += result.Errors;
                    warnings += result.Warnings;
                    infos += result.Infos;
                    return true;
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.Flush();
            Console.Error.WriteLine("unres: interrupted.");
            return ExitCodes.Interrupted;
        }
        output.WriteLine($"{Count(files.Count, "file", "files")}, {Count(errors, "error", "errors")}, {Count(warnings, "warning", "warnings")}, {infos} info");
        output.Flush();
        return errors > 0 || (warnAsError && warnings > 0) ? ExitCodes.FileError : ExitCodes.Success;
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    private static FileResult CheckFile(InputFile input, ParseOptions? options)
    {
        if (input.Error != null) { return new FileResult($"{input.Path}: error: {input.Error}{Environment.NewLine}", 1, 0, 0); }
        byte[] bytes;
        try
        {
            bytes = input.ReadAllBytes();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new FileResult($"{input.Path}: error: cannot read the file: {e.Message}{Environment.NewLine}", 1, 0, 0);
        }
        var lines = new StringBuilder();
        int errors = 0, warnings = 0, infos = 0;
        foreach (Diagnostic d in ResolutionSyntaxTree.ParseBytes(bytes, options).GetDiagnostics())
        {
            lines.Append(input.Path).Append('(').Append(d.LineSpan.Start.ToString()).Append("): ")
                .Append(d.Severity.ToString().ToLowerInvariant()).Append(' ').Append(d.Code).Append(": ").AppendLine(d.Message);
            switch (d.Severity)
            {
                case DiagnosticSeverity.Error: errors++; break;
                case DiagnosticSeverity.Warning: warnings++; break;
                default: infos++; break;
            }
        }
        return new FileResult(lines.ToString(), errors, warnings, infos);
    }
}
