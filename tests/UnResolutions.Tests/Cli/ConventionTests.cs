using System.Text.RegularExpressions;

namespace UnResolutions.Tests.Cli;

/// <summary>What every command of <c>unres</c> has: help with examples, and the version on the root.</summary>
[TestFixture]
[Category("Cli")]
public class ConventionTests
{
    private static Unres.Result Run(params string[] args) => Unres.Run(Path.GetTempPath(), args);

    [Test]
    public void Version_is_the_package_version()
    {
        Unres.Result result = Run("--version");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.StdoutText.Trim(), Is.EqualTo("0.1.0"));
    }

    [TestCase]
    [TestCase("parse")]
    [TestCase("convert")]
    [TestCase("check")]
    [TestCase("diff")]
    [TestCase("mandates")]
    [TestCase("cites")]
    public void Help_has_an_examples_section(params string[] command)
    {
        Unres.Result result = Run([.. command, "--help"]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.StdoutText, Does.Contain("Examples:"));
        Assert.That(result.StdoutText, Does.Contain("Usage:"));
    }

    [TestCase("parse")]
    [TestCase("convert")]
    [TestCase("check")]
    [TestCase("diff")]
    [TestCase("mandates")]
    [TestCase("cites")]
    public void Every_command_and_option_is_documented_in_docs_cli_md(string command)
    {
        string doc = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "docs", "cli.md"));
        Assert.That(doc, Does.Contain($"## `unres {command}`"));
        Unres.Result help = Run(command, "--help");
        var options = Regex.Matches(help.StdoutText, @"^\s+(?:-\w, )?(--[a-z][a-z-]*)", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).Where(o => o != "--help").ToList();
        Assert.That(options, Is.Not.Empty, help.StdoutText);
        foreach (string option in options) { Assert.That(doc, Does.Contain($"`{option}"), $"{command} {option} is documented"); }
    }

    [Test]
    public void Unknown_command_is_a_usage_error()
    {
        Unres.Result result = Run("frobnicate");
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
    }

    // System.CommandLine reads an unknown token as a file name when the command takes files: `parse --indnt`
    // said "cannot read the file" and exited 1 instead of the usage error.
    [TestCase("parse", "--indnt")]
    [TestCase("parse", "-x")]
    [TestCase("check", "-warnaserror")]
    [TestCase("convert", "--jobz", "--out", "out.jsonl")]
    public void A_mistyped_option_is_a_usage_error_naming_it(string command, string mistyped, params string[] rest)
    {
        Unres.Result result = Run([command, Fixtures.OdsPath("A_RES_67_225"), mistyped, .. rest]);
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        string[] lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith($"unres: unknown option '{mistyped}'"), result.ToString());
        Assert.That(result.Stderr, Does.Not.Contain("cannot read"));
        Assert.That(result.Stdout, Is.Empty, "nothing done");
    }

    [Test]
    public void A_file_whose_name_starts_with_a_dash_is_read_after_double_dash()
    {
        string work = Path.Combine(Path.GetTempPath(), "unres-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            File.Copy(Fixtures.OdsPath("A_RES_67_225"), Path.Combine(work, "-a.txt"));
            Unres.Result afterDoubleDash = Unres.Run(work, ["check", "--", "-a.txt"]);
            Assert.That(afterDoubleDash.ExitCode, Is.EqualTo(0), afterDoubleDash.ToString());
            Unres.Result dotSlash = Unres.Run(work, ["check", "./-a.txt"]);
            Assert.That(dotSlash.ExitCode, Is.EqualTo(0), dotSlash.ToString());
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    // `--jobs abc` died with an unhandled InvalidOperationException (exit 134): the validator read a value that
    // could not be converted.
    [TestCase("check", "abc")]
    [TestCase("check", "0")]
    [TestCase("check", "-1")]
    [TestCase("convert", "abc")]
    [TestCase("convert", "-1")]
    [TestCase("convert", "1.5")]
    public void A_bad_jobs_value_is_a_one_line_usage_error(string command, string jobs)
    {
        string output = Path.Combine(Path.GetTempPath(), "unres-jobs-" + Guid.NewGuid().ToString("N") + ".jsonl");
        string[] args = command == "convert"
            ? ["convert", Fixtures.OdsPath("A_RES_67_225"), "--out", output, "--jobs", jobs]
            : ["check", Fixtures.OdsPath("A_RES_67_225"), "--jobs", jobs];
        Unres.Result result = Run(args);
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        string[] lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo($"unres: --jobs must be a whole number, at least 1 (got '{jobs}')."), result.ToString());
        Assert.That(result.Stderr, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(File.Exists(output), Is.False);
    }
}
