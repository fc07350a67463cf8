using System.CommandLine;
using UnResolutions.Syntax;

namespace UnResolutions.Cli;

/// <summary>Arguments and options shared by <c>convert</c> and <c>check</c>.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Inputs(string name) => new(name)
    {
        Description = "Files; folders (their *.txt files, recursively); glob patterns with *, ? and ** (quote them, e.g. 'corpus/**/*.txt'); "
            + "or - for standard input. Files are taken in the order given, those of one folder or pattern sorted by path.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<int> Jobs()
    {
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "How many files to read, parse and serialize at once (default: the number of cores). The output order never depends on it.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        // One parser for every bad value (not a number, 0, negative): a validator that reads the value throws when
        // the conversion failed (`--jobs abc` died with a stack trace), so the check is where the text is read.
        jobs.CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= 1) { return n; }
            result.AddError($"--jobs must be a whole number, at least 1 (got '{text}').");
            return 0;
        };
        return jobs;
    }

    /// <summary>
    /// <c>--lang CODE</c>: the language to read the resolutions in (<c>en</c>, <c>fr</c>, <c>es</c>), instead of each one's
    /// own header and formula. A language without tables is no usage error: the English rules, and the warning UNR0005.
    /// </summary>
    public static Option<string?> Language() => new("--lang")
    {
        Description = "The language to read the resolutions in: en, fr or es (default: found from each resolution's adoption line or formula). "
            + "Another code reads them with the English rules, with the warning UNR0005.",
        HelpName = "CODE",
    };

    /// <summary>The parse options of a <c>--lang</c> value (the defaults without one).</summary>
    public static ParseOptions ParseOptionsOf(string? language) =>
        string.IsNullOrWhiteSpace(language) ? ParseOptions.Default : new ParseOptions { Language = language };

    /// <summary>Standard input can be read once: <c>-</c> may appear once among the inputs.</summary>
    public static void StdinAtMostOnce(Command command, Argument<string[]> inputs)
    {
        command.Validators.Add(result =>
        {
            string[]? values = result.GetValue(inputs);
            if (values != null && values.Count(v => v == InputFile.StdinName) > 1) { result.AddError("- (standard input) may be given only once."); }
        });
    }

    /// <summary>
    /// Reports that standard output could not be written (a full disk, a closed pipe) in one line and gives the exit
    /// code 1; a failure to write that line too is ignored, there is nowhere left to say it.
    /// </summary>
    public static int CannotWriteOutput(TextWriter errors, IOException e)
    {
        try { errors.WriteLine($"unres: error: cannot write the output: {e.Message}"); }
        catch (IOException) { }
        return ExitCodes.FileError;
    }

    /// <summary>The number of bytes as megabytes (10^6 bytes), with two decimals.</summary>
    public static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
