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
}
