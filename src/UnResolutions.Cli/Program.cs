using System.CommandLine;
using UnResolutions.Cli;

// Exit codes (docs/cli.md): 0 success; 1 a file could not be read or written (for check: an error was found);
// 2 a usage error; 130 interrupted.
RootCommand root = new("unres: parses the raw ODS text of United Nations resolutions into a lossless syntax tree, "
    + "converts folders of them to JSON Lines, and checks them.\n\n"
    + "Examples:\n"
    + "  unres parse samples/A_RES_71_242.txt\n"
    + "  unres convert corpus/ --out resolutions.jsonl\n"
    + "  unres check 'corpus/**/*.txt' --warnaserror\n"
    + "  unres --version")
{
    ParseCommand.Create(),
    ConvertCommand.Create(),
    CheckCommand.Create(),
};

ParseResult parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) { Console.Error.WriteLine($"unres: {error.Message}"); }
    Console.Error.WriteLine("Try 'unres --help'.");
    return ExitCodes.Usage;
}
return await parsed.InvokeAsync();
