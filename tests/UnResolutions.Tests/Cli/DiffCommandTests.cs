using System.Text.Json;

namespace UnResolutions.Tests.Cli;

[TestFixture]
[Category("Cli")]
public class DiffCommandTests
{
    private static string Ods(string name) => Fixtures.OdsPath(name);

    private static string Work => TestContext.CurrentContext.WorkDirectory;

    [Test]
    public void Json_gives_the_summary_and_every_paragraph()
    {
        Unres.Result result = Unres.Run(Work, ["diff", Ods("A_RES_67_225"), Ods("A_RES_71_242"), "--format", "json"]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.StdoutText);
        JsonElement root = json.RootElement;
        Assert.That(root.GetProperty("summary").GetProperty("operativeAdded").GetInt32(), Is.EqualTo(22));
        Assert.That(root.GetProperty("operative").GetArrayLength(), Is.EqualTo(53));
        JsonElement last = root.GetProperty("operative").EnumerateArray().Last();
        Assert.That(last.GetProperty("kind").GetString(), Is.EqualTo("Edited"));
        Assert.That(last.GetProperty("renumbered").GetBoolean(), Is.True);
    }

    [Test]
    public void Text_marks_deletions_and_insertions_without_colours_when_redirected()
    {
        Unres.Result result = Unres.Run(Work, ["diff", Ods("A_RES_67_225"), Ods("A_RES_71_242")]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.StdoutText, Does.Contain("operative 31 -> 41: edited, renumbered"));
        Assert.That(result.StdoutText, Does.Contain("[-sixty-ninth-]{+seventy-third+}"));
        Assert.That(result.StdoutText.Contains('\u001b', StringComparison.Ordinal), Is.False, "no ANSI escape (NUnit's Contain is culture-aware and ignores control characters)");
    }

    [Test]
    public void Html_is_one_self_contained_page()
    {
        Unres.Result result = Unres.Run(Work, ["diff", Ods("A_RES_67_225"), Ods("A_RES_71_242"), "--format", "html"]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.StdoutText, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(result.StdoutText, Does.Not.Contain("http://").And.Not.Contain("https://").And.Not.Contain("<script").And.Not.Contain("<link"));
    }

    [Test]
    public void An_empty_file_compares_as_all_added()
    {
        string empty = Path.Combine(Work, "empty-diff.txt");
        File.WriteAllText(empty, "");
        Unres.Result result = Unres.Run(Work, ["diff", empty, Ods("A_RES_71_242")]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.StdoutText, Does.Contain("operative paragraphs: 0 unchanged, 0 edited, 41 added, 0 removed"));
    }

    [Test]
    public void A_missing_file_is_exit_code_1_with_one_line()
    {
        Unres.Result result = Unres.Run(Work, ["diff", "no-such-file.txt", Ods("A_RES_71_242")]);
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.StdoutText, Is.Empty);
    }
}
