using System.CommandLine;
using System.CommandLine.Parsing;
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
    DiffCommand.Create(),
    CitesCommand.Create(),
    MandatesCommand.Create(),
};

ParseResult parsed = root.Parse(args);
var usageErrors = parsed.Errors.Select(e => e.Message).ToList();
if (UnknownOption(parsed) is string unknown)
{
    usageErrors.Insert(0, $"unknown option '{unknown}' (a file whose name starts with '-' can be given as ./{unknown} or after --).");
}
if (usageErrors.Count > 0)
{
    foreach (string message in usageErrors) { Console.Error.WriteLine($"unres: {message}"); }
    Console.Error.WriteLine("Try 'unres --help'.");
    return ExitCodes.Usage;
}
return await parsed.InvokeAsync();

// System.CommandLine takes a token it does not know as an option (`--indnt`, `-warnaserror`) for a file name when the
// command has a file argument; a file name starting with '-' (other than '-', standard input) before `--` is such a
// mistyped option.
static string? UnknownOption(ParseResult parsed)
{
    var operands = new HashSet<Token>(
        parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens), ReferenceEqualityComparer.Instance);
    foreach (Token token in parsed.Tokens)
    {
        if (token.Type == TokenType.DoubleDash) { break; }
        if (token.Value.Length > 1 && token.Value[0] == '-' && operands.Contains(token)) { return token.Value; }
    }
    return null;
}
