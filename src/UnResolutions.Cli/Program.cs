using System.CommandLine;
using UnResolutions.Cli;

// Exit codes: 0 the files were read and parsed; 1 a file could not be read; 2 a usage error.
RootCommand root = new("unres: parses the raw ODS text of United Nations resolutions into a lossless syntax tree.")
{
    ParseCommand.Create(),
};

ParseResult parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) { Console.Error.WriteLine($"unres: {error.Message}"); }
    Console.Error.WriteLine("Try 'unres --help'.");
    return ExitCodes.Usage;
}
return await parsed.InvokeAsync();
