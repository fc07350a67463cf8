using System.Diagnostics;
using System.Text.RegularExpressions;

namespace UnResolutions.Tests.Cli;

/// <summary>
/// The <c>unres parse</c> command, run as a process: the built executable of src/UnResolutions.Cli (the test
/// project references it, so it is built with the tests).
/// </summary>
[TestFixture]
[Category("Cli")]
public class ParseCommandTests : CliTestFixture
{
    [Test]
    public void Format_text_prints_the_file_unchanged()
    {
        string path = FixturePath("A_RES_67_225");
        Unres.Result result = Run("parse", path, "--format", "text");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(result.Stdout, Is.EqualTo(File.ReadAllBytes(path)), "stdout is the file, byte for byte");
        Assert.That(result.Stderr, Is.Empty, "no diagnostics for a clean file");
    }

    [Test]
    public void Format_text_prints_a_crlf_file_unchanged()
    {
        string path = Path.Combine(Work, "crlf.txt");
        File.WriteAllText(path, Fixtures.Ods("A_RES_67_225").Replace("\n", "\r\n", StringComparison.Ordinal));
        Unres.Result result = Run("parse", path, "--format", "text");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(result.Stdout, Is.EqualTo(File.ReadAllBytes(path)));
    }

    [Test]
    public void Format_tree_prints_the_outline()
    {
        Unres.Result result = Run("parse", FixturePath("A_RES_71_242"), "--format", "tree");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        string output = result.StdoutText;
        Assert.That(output, Does.Contain("Recital"));
        Assert.That(output, Does.Contain("OperativeParagraph"));
        Assert.That(output, Does.Contain("FootnoteReferenceToken"));
        Assert.That(output, Does.StartWith("Document [0..27935)"));
        Assert.That(Regex.Matches(output, @"^ *Recital \[", RegexOptions.Multiline), Has.Count.EqualTo(22));
        Assert.That(Regex.Matches(output, @"^ *OperativeParagraph \[", RegexOptions.Multiline), Has.Count.EqualTo(41));
        Assert.That(Regex.Matches(output, @"^ *FootnoteReferenceToken \[", RegexOptions.Multiline), Has.Count.EqualTo(13));
    }

    [Test]
    public void Format_tree_is_the_default()
    {
        string path = FixturePath("A_RES_67_225");
        Unres.Result byDefault = Run("parse", path);
        Unres.Result tree = Run("parse", path, "--format", "tree");
        Assert.That(byDefault.ExitCode, Is.EqualTo(0));
        Assert.That(byDefault.StdoutText, Is.EqualTo(tree.StdoutText));
        Assert.That(byDefault.StdoutText, Does.Contain("OperativeParagraph"));
    }

    [Test]
    public void Missing_file_exits_1_and_names_the_file()
    {
        string path = Path.Combine(Work, "no-such-resolution.txt");
        Unres.Result result = Run("parse", path, "--format", "text");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Stderr, Does.Contain(path));
        Assert.That(result.Stdout, Is.Empty);
    }

    [Test]
    public void Missing_file_among_good_ones_still_prints_the_good_ones_and_exits_1()
    {
        string good = FixturePath("A_RES_67_225");
        string missing = Path.Combine(Work, "missing.txt");
        Unres.Result result = Run("parse", missing, good, "--format", "text");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Stderr, Does.Contain(missing));
        Assert.That(result.Stdout, Is.EqualTo(File.ReadAllBytes(good)));
    }

    [Test]
    public void Parse_without_a_file_is_a_usage_error()
    {
        Unres.Result result = Run("parse");
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
        Assert.That(result.Stderr, Is.Not.Empty);
    }

    [Test]
    public void Unknown_format_is_a_usage_error()
    {
        Unres.Result result = Run("parse", FixturePath("A_RES_71_242"), "--format", "bogus");
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
        Assert.That(result.Stderr, Does.Contain("bogus"));
        Assert.That(result.Stdout, Is.Empty, "nothing is parsed on a usage error");
    }

    [Test]
    public void Diagnostics_go_to_stderr_compiler_style()
    {
        string full = Fixtures.Ods("A_RES_71_242");
        int at = full.IndexOf("\t21.\tWelcomes the offer", StringComparison.Ordinal);
        string text = full[..at] + "\u0001\u0002binary\n" + full[at..];
        int line = full[..at].Count(c => c == '\n') + 1;
        string path = Path.Combine(Work, "garbage.txt");
        File.WriteAllText(path, text);

        Unres.Result result = Run("parse", path, "--format", "text");

        Assert.That(result.ExitCode, Is.EqualTo(0), "diagnostics do not change the exit code");
        Assert.That(result.Stdout, Is.EqualTo(File.ReadAllBytes(path)), "the text is still printed unchanged");
        string[] lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string expectedStart = $"{path}({line},1): warning UNR0101: ";
        Assert.That(lines, Has.Some.StartsWith(expectedStart), result.Stderr);
        Assert.That(lines, Has.All.Match(@"^.+\(\d+,\d+\): (error|warning|info) UNR\d{4}: .+$"), result.Stderr);
    }

    [Test]
    public void Format_json_prints_the_document_model()
    {
        Unres.Result result = Run("parse", FixturePath("A_RES_71_242"), "--format", "json");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        string[] lines = result.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), "one resolution, one line");
        using var json = System.Text.Json.JsonDocument.Parse(lines[0]);
        Assert.That(json.RootElement.GetProperty("number").GetString(), Is.EqualTo("71/242"));
        Assert.That(json.RootElement.GetProperty("adoption").GetProperty("meeting").GetString(), Is.EqualTo("66th plenary meeting"));
        Assert.That(json.RootElement.GetProperty("source").GetString(), Is.EqualTo(FixturePath("A_RES_71_242")));
    }

    [Test]
    public void Several_files_give_json_lines_with_their_source_in_order()
    {
        Unres.Result result = Run("parse", FixturePath("A_RES_71_242"), FixturePath("S_RES_2744_2024"), FixturePath("A_RES_67_225"), "--format", "json");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        var sources = result.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("source").GetString()).ToList();
        Assert.That(sources, Is.EqualTo(new[] { FixturePath("A_RES_71_242"), FixturePath("S_RES_2744_2024"), FixturePath("A_RES_67_225") }));
    }

    [Test]
    public void Format_json_indent_is_indented_json()
    {
        Unres.Result result = Run("parse", FixturePath("A_RES_67_225"), "--format", "json", "--indent");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(result.StdoutText, Does.StartWith("{\n  \"schemaVersion\": \"2.0\","));
    }

    [Test]
    public void Format_syntax_json_reads_back_to_the_input()
    {
        Unres.Result result = Run("parse", FixturePath("A_RES_75_23"), "--format", "syntax-json");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        var tree = UnResolutions.Json.SyntaxJson.Read(result.StdoutText);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(File.ReadAllText(FixturePath("A_RES_75_23"))));
    }

    // `parse FILE > /dev/full` ended in an unhandled IOException (a stack trace, exit 134).
    [TestCase("tree")]
    [TestCase("text")]
    [TestCase("json")]
    [TestCase("syntax-json")]
    public void A_full_disk_on_stdout_is_one_line_and_exit_1(string format)
    {
        Unres.Result result = Unres.RunToFullDisk(Work, ["parse", FixturePath("A_RES_67_225"), "--format", format]);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr.TrimEnd(), Is.EqualTo("unres: error: cannot write the output: No space left on device"), result.ToString());
    }

    [Test]
    public void A_writer_that_fails_is_one_line_and_exit_1()
    {
        var errors = new StringWriter();
        int exit = UnResolutions.Cli.ParseCommand.Run([FixturePath("A_RES_67_225")], "json", new Unres.FullDiskWriter(), errors);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(errors.ToString(), Is.EqualTo("unres: error: cannot write the output: No space left on device" + Environment.NewLine));
    }

    // `parse` read each argument with File.ReadAllBytes: `-` was a missing file, a folder gave "Access denied",
    // a pattern matched nothing; convert and check took them.
    [Test]
    public void Dash_reads_standard_input()
    {
        byte[] text = File.ReadAllBytes(FixturePath("A_RES_67_225"));
        Unres.Result result = Unres.Run(Work, ["parse", "-", "--format", "text"], stdin: text);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Stdout, Is.EqualTo(text));
    }

    [Test]
    public void A_folder_gives_its_txt_files_sorted_by_path()
    {
        Directory.CreateDirectory(Path.Combine(Work, "corpus", "sub"));
        File.Copy(FixturePath("A_RES_71_242"), Path.Combine(Work, "corpus", "b.txt"));
        File.Copy(FixturePath("A_RES_67_225"), Path.Combine(Work, "corpus", "sub", "a.txt"));
        File.WriteAllText(Path.Combine(Work, "corpus", "notes.md"), "not a resolution");
        Unres.Result result = Run("parse", "corpus", "--format", "json");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Stderr, Does.Not.Contain("Access"));
        string[] sources = result.StdoutLines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!).ToArray();
        Assert.That(sources, Is.EqualTo(new[] { Path.Combine("corpus", "b.txt"), Path.Combine("corpus", "sub", "a.txt") }));
    }

    [Test]
    public void A_glob_gives_the_files_it_matches()
    {
        Directory.CreateDirectory(Path.Combine(Work, "corpus"));
        File.Copy(FixturePath("A_RES_71_242"), Path.Combine(Work, "corpus", "b.txt"));
        File.Copy(FixturePath("A_RES_67_225"), Path.Combine(Work, "corpus", "a.txt"));
        Unres.Result result = Run("parse", "corpus/*.txt", "--format", "tree");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.StdoutText, Does.StartWith("// corpus/a.txt\n"));
        Assert.That(result.StdoutText, Does.Contain("\n// corpus/b.txt\n"));
    }

    [Test]
    public void A_folder_without_txt_files_is_a_failure_that_says_so()
    {
        Directory.CreateDirectory(Path.Combine(Work, "empty"));
        Unres.Result result = Run("parse", "empty");
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr.TrimEnd(), Is.EqualTo("empty: error: the folder holds no .txt file"));
    }

    [Test]
    public void Dash_may_be_given_only_once()
    {
        Unres.Result result = Run("parse", "-", "-");
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
    }

    // FileSystemGlobbing takes ? literally: the documented `A_RES_7?_*.txt` matched nothing.
    [TestCase("?.txt", new[] { "a.txt" })]
    [TestCase("??.txt", new[] { "ab.txt" })]
    [TestCase("x?/*.txt", new[] { "x1/c.txt" })]
    [TestCase("**/?.txt", new[] { "a.txt", "x1/c.txt", "x22/d.txt" })]
    [TestCase("x??/?.txt", new[] { "x22/d.txt" })]
    public void A_question_mark_in_a_glob_is_one_character(string pattern, string[] expected)
    {
        Directory.CreateDirectory(Path.Combine(Work, "x1"));
        Directory.CreateDirectory(Path.Combine(Work, "x22"));
        foreach (string name in new[] { "a.txt", "ab.txt", "x1/c.txt", "x22/d.txt" }) { File.Copy(FixturePath("A_RES_67_225"), Path.Combine(Work, name)); }
        Unres.Result result = Run("parse", pattern, "--format", "json");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        string[] sources = result.StdoutLines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!).ToArray();
        Assert.That(sources, Is.EqualTo(expected));
    }

    // Ctrl-C (SIGINT) ended `parse` without a word.
    [Test]
    [Platform(Exclude = "Win", Reason = "SIGINT is sent with kill(1)")]
    public void Sigint_midway_says_interrupted_and_exits_130() => AssertSigintMidwaySaysInterrupted(folder => ["parse", folder, "--format", "json"]);

    [Test]
    public void Lang_forces_the_language_and_an_unknown_one_is_a_warning_not_a_failure()
    {
        string path = Path.Combine(Work, "headless-fr.txt");
        File.WriteAllText(path, "\tRappelant sa résolution 70/1,\n\t1.\tPrie le Secrétaire général de lui faire rapport.\n");
        Unres.Result forced = Run("parse", path, "--format", "json", "--lang", "fr");
        Assert.That(forced.ExitCode, Is.EqualTo(0), forced.Stderr);
        Assert.That(forced.StdoutText, Does.Contain("\"language\":\"fr\"").And.Contain("\"leadPhrase\":\"Rappelant\""));
        Unres.Result unknown = Run("parse", path, "--format", "json", "--lang", "ru");
        Assert.That(unknown.ExitCode, Is.EqualTo(0), unknown.Stderr);
        Assert.That(unknown.Stderr, Does.Contain("warning UNR0005"));
    }
}
