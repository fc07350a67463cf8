namespace UnResolutions.Tests.Cli;

/// <summary><c>unres check</c>, run as a process: compiler-style diagnostics on stdout, a count line, exit codes.</summary>
[TestFixture]
[Category("Cli")]
public class CheckCommandTests : CliTestFixture
{
    private const string DiagnosticLine = @"^.+\(\d+,\d+\): (error|warning|info) UNR\d{4}: .+$";

    /// <summary>71/242 with a line of control characters before paragraph 21: a UNR0101 warning at that line.</summary>
    private (string Path, int Line) FileWithAWarning()
    {
        string full = Fixtures.Ods("A_RES_71_242");
        int at = full.IndexOf("\t21.\tWelcomes the offer", StringComparison.Ordinal);
        string path = Path.Combine(Work, "garbage.txt");
        File.WriteAllText(path, full[..at] + "\u0001\u0002binary\n" + full[at..]);
        return (path, full[..at].Count(c => c == '\n') + 1);
    }

    [Test]
    public void Clean_files_exit_0_with_a_count_line()
    {
        string folder = Path.GetDirectoryName(FixturePath("A_RES_71_242"))!;
        Unres.Result result = Run("check", folder);
        int files = Fixtures.OdsNames().Count();
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        // The fixtures' one diagnostic: 71/242 cites its note 4 a second time (an info, which never fails a check).
        string repeat = $"{FixturePath("A_RES_71_242")}(32,145): info UNR0205: Footnote 4 is cited again; the UN's markup records a note once, at its first citation.";
        Assert.That(result.StdoutLines, Is.EqualTo(new[] { repeat, $"{files} files, 0 errors, 0 warnings, 1 info" }));
    }

    [Test]
    public void Warnings_are_printed_compiler_style_and_do_not_fail_the_check()
    {
        (string path, int line) = FileWithAWarning();
        Unres.Result result = Run("check", FixturePath("A_RES_75_23"), path);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        string[] lines = result.StdoutLines;
        Assert.That(lines[..^1], Has.All.Match(DiagnosticLine));
        Assert.That(lines, Has.Some.StartsWith($"{path}({line},1): warning UNR0101: "));
        int warnings = lines.Count(l => l.Contains("): warning UNR", StringComparison.Ordinal));
        int infos = lines.Count(l => l.Contains("): info UNR", StringComparison.Ordinal));
        Assert.That(lines[^1], Is.EqualTo($"2 files, 0 errors, {warnings} {(warnings == 1 ? "warning" : "warnings")}, {infos} info"));
    }

    [Test]
    public void Warnaserror_makes_a_warning_fail_the_check()
    {
        (string path, _) = FileWithAWarning();
        Unres.Result result = Run("check", path, "--warnaserror");
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());

        Unres.Result clean = Run("check", FixturePath("A_RES_75_23"), "--warnaserror");
        Assert.That(clean.ExitCode, Is.EqualTo(0), clean.ToString());
    }

    [Test]
    public void An_error_fails_the_check()
    {
        string empty = Path.Combine(Work, "empty.txt");
        File.WriteAllText(empty, "");
        Unres.Result result = Run("check", empty, FixturePath("A_RES_75_23"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdoutLines[0], Does.StartWith($"{empty}(1,1): error UNR0001: "));
        Assert.That(result.StdoutLines[^1], Does.StartWith("2 files, 1 error, "));
    }

    [Test]
    public void An_unreadable_file_is_an_error()
    {
        string missing = Path.Combine(Work, "missing.txt");
        Unres.Result result = Run("check", FixturePath("A_RES_75_23"), missing);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdoutLines[0], Does.StartWith($"{missing}: error: cannot read the file"));
        Assert.That(result.StdoutLines[^1], Is.EqualTo("2 files, 1 error, 0 warnings, 0 info"));
    }

    [Test]
    public void Invalid_bytes_are_a_warning()
    {
        string path = Path.Combine(Work, "latin1.txt");
        byte[] bytes = File.ReadAllBytes(FixturePath("A_RES_75_23"));
        bytes[100] = 0xE9;
        File.WriteAllBytes(path, bytes);

        Unres.Result result = Run("check", path);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.StdoutLines, Has.Some.Match($@"^{System.Text.RegularExpressions.Regex.Escape(path)}\(\d+,\d+\): warning UNR0004: "));
        Assert.That(Run("check", path, "--warnaserror").ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void Globs_and_stdin_are_inputs_too()
    {
        Directory.CreateDirectory(Path.Combine(Work, "ga"));
        File.Copy(FixturePath("A_RES_75_23"), Path.Combine(Work, "ga", "A_RES_75_23.txt"));
        File.WriteAllText(Path.Combine(Work, "ga", "empty.txt"), "");
        Unres.Result result = Unres.Run(Work, ["check", "ga/*.txt", "-"], File.ReadAllBytes(FixturePath("A_RES_67_225")));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdoutLines[0], Does.StartWith("ga/empty.txt(1,1): error UNR0001: "));
        Assert.That(result.StdoutLines[^1], Is.EqualTo("3 files, 1 error, 0 warnings, 0 info"));
    }

    [Test]
    public void Check_without_a_file_is_a_usage_error()
    {
        Unres.Result result = Run("check");
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
    }

    // `check FILE > /dev/full` ended in an unhandled IOException (a stack trace, exit 134).
    [Test]
    public void A_full_disk_on_stdout_is_one_line_and_exit_1()
    {
        Unres.Result result = Unres.RunToFullDisk(Work, ["check", FixturePath("A_RES_67_225"), FixturePath("A_RES_71_242")]);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr.TrimEnd(), Is.EqualTo("unres: error: cannot write the output: No space left on device"), result.ToString());
    }

    [Test]
    public async Task A_writer_that_fails_is_one_line_and_exit_1()
    {
        var errors = new StringWriter();
        int exit = await UnResolutions.Cli.CheckCommand.RunAsync([FixturePath("A_RES_67_225")], false, 2, new Unres.FullDiskWriter(), CancellationToken.None, errors);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(errors.ToString(), Is.EqualTo("unres: error: cannot write the output: No space left on device" + Environment.NewLine));
    }

    // Ctrl-C (SIGINT) ended `check` without a word.
    [Test]
    [Platform(Exclude = "Win", Reason = "SIGINT is sent with kill(1)")]
    public void Sigint_midway_says_interrupted_and_exits_130() => AssertSigintMidwaySaysInterrupted(folder => ["check", folder, "--jobs", "1"]);
}
