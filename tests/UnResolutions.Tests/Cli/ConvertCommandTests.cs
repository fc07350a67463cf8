using System.Diagnostics;
using System.Text;
using System.Text.Json;
using UnResolutions.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Cli;

/// <summary><c>unres convert</c>, run as a process on folders of fixtures in a temporary directory.</summary>
[TestFixture]
[Category("Cli")]
public class ConvertCommandTests : CliTestFixture
{
    /// <summary>Copies every fixture into <paramref name="folder"/> (under the work directory) and returns the folder.</summary>
    private string CopyFixtures(string folder, int copies = 1)
    {
        string target = Path.Combine(Work, folder);
        Directory.CreateDirectory(target);
        for (int i = 0; i < copies; i++)
        {
            foreach (string name in Fixtures.OdsNames())
            {
                string file = Path.Combine(target, copies == 1 ? name + ".txt" : $"{i:D3}_{name}.txt");
                File.Copy(FixturePath(name), file);
                File.SetAttributes(file, FileAttributes.Normal);   // the fixtures are read-only
            }
        }
        return target;
    }

    /// <summary>The JSON Lines the library gives for these files, each with its path as source.</summary>
    private static string ExpectedJsonLines(IEnumerable<string> paths)
    {
        var builder = new StringBuilder();
        foreach (string path in paths)
        {
            foreach (ResolutionDocument document in ResolutionModel.FromTree(ResolutionSyntaxTree.ParseBytes(File.ReadAllBytes(path))))
            {
                builder.Append(ResolutionJson.Serialize(document with { Source = path })).Append('\n');
            }
        }
        return builder.ToString();
    }

    private static List<string?> Sources(string jsonLines) =>
        jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => { using var json = JsonDocument.Parse(line); return json.RootElement.GetProperty("source").GetString(); })
            .ToList();

    private string[] LeftoverTemporaryFiles(string output) =>
        Directory.GetFiles(Path.GetDirectoryName(output)!, Path.GetFileName(output) + ".tmp-*");

    private static void AssertPlainText(string stderr) =>
        Assert.That(stderr.Contains('\u001b', StringComparison.Ordinal), Is.False, "no ANSI escape codes when stderr is redirected");

    [Test]
    public void Folder_gives_one_line_per_document_in_sorted_order_with_its_source()
    {
        string folder = CopyFixtures("corpus");
        string output = Path.Combine(Work, "out.jsonl");

        Unres.Result result = Run("convert", folder, "--out", output);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        string[] expectedPaths = Fixtures.OdsNames().Select(n => Path.Combine(folder, n + ".txt")).ToArray();
        string actual = File.ReadAllText(output);
        Assert.That(actual, Is.EqualTo(ExpectedJsonLines(expectedPaths)), "the same documents as the library gives, in the order of the sorted folder");
        Assert.That(Sources(actual).Distinct(), Is.EqualTo(expectedPaths));
        Assert.That(result.Stdout, Is.Empty, "the output goes to the file");
        Assert.That(LeftoverTemporaryFiles(output), Is.Empty);
        Assert.That(result.Stderr, Does.Contain($"files: {expectedPaths.Length} converted, 0 failed"));
        Assert.That(result.Stderr, Does.Match(@"(?m)^MB: \d+\.\d\d$"));
        Assert.That(result.Stderr, Does.Match(@"(?m)^seconds: \d+\.\d\d$"));
        Assert.That(result.Stderr, Does.Match(@"(?m)^MB/s: \d+\.\d\d$"));
        AssertPlainText(result.Stderr);
    }

    [Test]
    public void Inputs_keep_their_order_and_the_output_does_not_depend_on_the_number_of_jobs()
    {
        string folder = CopyFixtures("many", copies: 4);
        string single = FixturePath("S_RES_2744_2024");
        string one = Path.Combine(Work, "jobs1.jsonl");
        string four = Path.Combine(Work, "jobs4.jsonl");

        Unres.Result first = Run("convert", single, folder, FixturePath("A_RES_67_225"), "--out", one, "--jobs", "1");
        Unres.Result second = Run("convert", single, folder, FixturePath("A_RES_67_225"), "--out", four, "--jobs", "4");

        Assert.That(first.ExitCode, Is.EqualTo(0), first.ToString());
        Assert.That(second.ExitCode, Is.EqualTo(0), second.ToString());
        Assert.That(File.ReadAllBytes(four), Is.EqualTo(File.ReadAllBytes(one)), "--jobs 1 and --jobs 4 give the same bytes");
        var expectedOrder = new List<string> { single };
        expectedOrder.AddRange(Directory.GetFiles(folder).Order(StringComparer.Ordinal));
        expectedOrder.Add(FixturePath("A_RES_67_225"));
        Assert.That(File.ReadAllText(one), Is.EqualTo(ExpectedJsonLines(expectedOrder)));
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "a broken symbolic link stands for a file that cannot be read")]
    public void A_file_that_cannot_be_read_is_reported_and_the_others_are_converted()
    {
        string folder = CopyFixtures("corpus");
        string broken = Path.Combine(folder, "B_broken.txt");
        File.CreateSymbolicLink(broken, Path.Combine(Work, "no-such-target.txt"));
        string missing = Path.Combine(Work, "missing.txt");
        string output = Path.Combine(Work, "out.jsonl");

        Unres.Result result = Run("convert", missing, folder, "--out", output, "--jobs", "2");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain($"{missing}: error: cannot read the file"));
        Assert.That(result.Stderr, Does.Contain($"{broken}: error: cannot read the file"));
        string[] good = Fixtures.OdsNames().Select(n => Path.Combine(folder, n + ".txt")).ToArray();
        Assert.That(File.ReadAllText(output), Is.EqualTo(ExpectedJsonLines(good)), "every readable file is converted");
        Assert.That(result.Stderr, Does.Contain($"files: {good.Length} converted, 2 failed"));
        Assert.That(LeftoverTemporaryFiles(output), Is.Empty);
    }

    [Test]
    public void Invalid_bytes_are_not_a_failure_they_are_decoded_with_a_warning()
    {
        string path = Path.Combine(Work, "latin1.txt");
        byte[] bytes = File.ReadAllBytes(FixturePath("A_RES_75_23"));
        bytes[100] = 0xE9;   // not UTF-8
        File.WriteAllBytes(path, bytes);
        string output = Path.Combine(Work, "out.jsonl");

        Unres.Result result = Run("convert", path, "--out", output);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var codes = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString());
        Assert.That(codes, Does.Contain("UNR0004"));
        Assert.That(result.Stderr, Does.Contain("documents: 1, 1 with warnings, 0 with errors"));
    }

    [Test]
    public void Fail_fast_stops_with_exit_1_and_leaves_no_output_file()
    {
        string folder = CopyFixtures("corpus");
        string missing = Path.Combine(folder, "M_missing.txt");
        string output = Path.Combine(Work, "out.jsonl");

        Unres.Result result = Run("convert", folder, missing, "--out", output, "--fail-fast");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain($"{missing}: error: cannot read the file"));
        Assert.That(result.Stderr, Does.Contain("--fail-fast"));
        Assert.That(File.Exists(output), Is.False, "no output file");
        Assert.That(LeftoverTemporaryFiles(output), Is.Empty, "no temporary file");
    }

    [Test]
    public void Fail_fast_leaves_an_existing_output_file_untouched()
    {
        string output = Path.Combine(Work, "out.jsonl");
        File.WriteAllText(output, "previous\n");

        Unres.Result result = Run("convert", FixturePath("A_RES_75_23"), Path.Combine(Work, "missing.txt"), "--out", output, "--fail-fast");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(File.ReadAllText(output), Is.EqualTo("previous\n"));
        Assert.That(LeftoverTemporaryFiles(output), Is.Empty);
    }

    [Test]
    public void An_existing_output_file_is_replaced_at_the_end()
    {
        string output = Path.Combine(Work, "out.jsonl");
        File.WriteAllText(output, "previous\n");

        Unres.Result result = Run("convert", FixturePath("A_RES_75_23"), "--out", output);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(File.ReadAllText(output), Is.EqualTo(ExpectedJsonLines([FixturePath("A_RES_75_23")])));
    }

    [Test]
    public void Standard_input_is_read_for_a_dash()
    {
        string output = Path.Combine(Work, "out.jsonl");
        Unres.Result result = Unres.Run(Work, ["convert", "-", "--out", output, "--quiet"], File.ReadAllBytes(FixturePath("A_RES_71_242")));

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Stderr, Is.Empty, "--quiet: no summary");
        string[] lines = File.ReadAllLines(output);
        Assert.That(lines, Has.Length.EqualTo(1));
        using var json = JsonDocument.Parse(lines[0]);
        Assert.That(json.RootElement.GetProperty("source").GetString(), Is.EqualTo("-"));
        Assert.That(json.RootElement.GetProperty("title").GetString(), Is.EqualTo("Industrial development cooperation"));
    }

    [Test]
    public void Out_dash_writes_to_standard_output()
    {
        Unres.Result result = Run("convert", FixturePath("A_RES_67_225"), FixturePath("A_RES_75_23"), "--out", "-", "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.StdoutText, Is.EqualTo(ExpectedJsonLines([FixturePath("A_RES_67_225"), FixturePath("A_RES_75_23")])));
    }

    [Test]
    public void Glob_patterns_are_expanded_and_sorted()
    {
        CopyFixtures(Path.Combine("corpus", "ga"));
        string sc = Path.Combine(Work, "corpus", "sc", "2024");
        Directory.CreateDirectory(sc);
        File.Copy(FixturePath("S_RES_2744_2024"), Path.Combine(sc, "S_RES_2744_2024.txt"));
        File.WriteAllText(Path.Combine(Work, "corpus", "notes.md"), "not a resolution");
        string output = Path.Combine(Work, "out.jsonl");

        Unres.Result result = Run("convert", "corpus/**/S_*.txt", "corpus/ga/A_RES_75_*.txt", "--out", output);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(Sources(File.ReadAllText(output)), Is.EqualTo(new[]
        {
            "corpus/ga/S_RES_2522_2020.txt", "corpus/ga/S_RES_2744_2024.txt", "corpus/sc/2024/S_RES_2744_2024.txt",
            "corpus/ga/A_RES_75_129.txt", "corpus/ga/A_RES_75_23.txt", "corpus/ga/A_RES_75_231.txt", "corpus/ga/A_RES_75_308.txt",
        }));
    }

    [Test]
    public void A_pattern_that_matches_nothing_is_a_failure()
    {
        string output = Path.Combine(Work, "out.jsonl");
        Unres.Result result = Run("convert", FixturePath("A_RES_75_23"), "nowhere/*.txt", "--out", output);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain("nowhere/*.txt: error: no file matches the pattern"));
        Assert.That(File.ReadAllLines(output), Has.Length.EqualTo(1));
    }

    [Test]
    public void Format_syntax_json_gives_one_lossless_tree_per_file()
    {
        string output = Path.Combine(Work, "trees.jsonl");
        Unres.Result result = Run("convert", FixturePath("A_RES_75_23"), FixturePath("S_RES_2522_2020"), "--out", output, "--format", "syntax-json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        string[] lines = File.ReadAllLines(output);
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(SyntaxJson.Read(lines[0]).GetRoot().ToFullString(), Is.EqualTo(File.ReadAllText(FixturePath("A_RES_75_23"))));
        Assert.That(SyntaxJson.Read(lines[1]).GetRoot().ToFullString(), Is.EqualTo(File.ReadAllText(FixturePath("S_RES_2522_2020"))));
    }

    [TestCase("--jobs", "0")]
    [TestCase("--format", "xml")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        string output = Path.Combine(Work, "out.jsonl");
        Unres.Result result = Run("convert", FixturePath("A_RES_75_23"), "--out", output, option, value);
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void Out_is_required()
    {
        Unres.Result result = Run("convert", FixturePath("A_RES_75_23"));
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Stderr, Does.Contain("--out"));
    }

    [Test]
    public void Stdin_may_be_given_only_once()
    {
        Unres.Result result = Run("convert", "-", "-", "--out", Path.Combine(Work, "out.jsonl"));
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
    }

    [Test]
    public void Help_has_examples()
    {
        Unres.Result result = Run("convert", "--help");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.StdoutText, Does.Contain("Examples"));
        Assert.That(result.StdoutText, Does.Contain("--fail-fast"));
    }

    // Interruption: the output is written to PATH.tmp-PID-XXXXXXXX and renamed at the end, so a process that dies midway
    // never leaves a PATH behind. The corpus is made big enough for the run to last seconds; if the process still
    // finishes before it is killed, the attempt is repeated with a bigger corpus.

    private const int KillAttempts = 3;

    /// <summary>
    /// Starts <c>unres convert</c> on <paramref name="copies"/> copies of the biggest fixture, waits until the
    /// temporary file has data (files have been converted), then calls <paramref name="kill"/>. Returns the exit code,
    /// or null when the process finished before it could be killed.
    /// </summary>
    private int? ConvertAndKillMidway(string output, int copies, Action<Process> kill)
    {
        string folder = Path.Combine(Work, "big-" + copies);
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            string biggest = Directory.GetFiles(Path.GetDirectoryName(FixturePath("A_RES_80_110"))!).MaxBy(f => new FileInfo(f).Length)!;
            for (int i = 0; i < copies; i++) { File.Copy(biggest, Path.Combine(folder, $"{i:D4}.txt")); }
        }
        using var process = Process.Start(Unres.StartInfo(Work, ["convert", folder, "--out", output, "--jobs", "1", "--quiet"]))!;
        process.StandardInput.Close();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        bool midway = false;
        while (!process.HasExited && clock.Elapsed < Unres.DefaultTimeout)
        {
            string? temporary = LeftoverTemporaryFiles(output).FirstOrDefault();
            if (temporary != null && new FileInfo(temporary).Length > 0) { midway = true; break; }
            Thread.Sleep(5);
        }
        if (midway) { kill(process); }
        if (!process.WaitForExit(Unres.DefaultTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("unres convert did not stop");
        }
        Task.WaitAll([stderr, stdout], Unres.DefaultTimeout);
        TestContext.Out.WriteLine($"{copies} copies: midway={midway}, exit {process.ExitCode}, stderr: {stderr.Result}");
        if (!midway || process.ExitCode == 0)
        {
            // Too fast to catch midway: try again with a bigger corpus.
            File.Delete(output);
            foreach (string temporary in LeftoverTemporaryFiles(output)) { File.Delete(temporary); }
            return null;
        }
        return process.ExitCode;
    }

    [Test]
    public void Killing_the_process_midway_leaves_no_output_file()
    {
        string output = Path.Combine(Work, "killed.jsonl");
        int copies = 150;
        for (int attempt = 1; attempt <= KillAttempts; attempt++, copies *= 2)
        {
            int? exit = ConvertAndKillMidway(output, copies, process => process.Kill(entireProcessTree: true));
            if (exit == null) { continue; }
            Assert.That(File.Exists(output), Is.False, "a killed conversion leaves no file at PATH");
            return;
        }
        Assert.Fail($"unres convert always finished before it could be killed ({KillAttempts} attempts)");
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "SIGTERM is sent with kill(1)")]
    public void Sigterm_midway_deletes_the_temporary_file_and_exits_130()
    {
        string output = Path.Combine(Work, "terminated.jsonl");
        int copies = 150;
        for (int attempt = 1; attempt <= KillAttempts; attempt++, copies *= 2)
        {
            int? exit = ConvertAndKillMidway(output, copies, process =>
            {
                using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
                kill.WaitForExit();
            });
            if (exit == null) { continue; }
            Assert.That(exit, Is.EqualTo(130), "interrupted");
            Assert.That(File.Exists(output), Is.False, "an interrupted conversion leaves no file at PATH");
            Assert.That(LeftoverTemporaryFiles(output), Is.Empty, "and deletes its temporary file");
            return;
        }
        Assert.Fail($"unres convert always finished before it could be stopped ({KillAttempts} attempts)");
    }

    // `convert a.txt --out a.txt` replaced the input with its own JSON, silently, with exit 0.
    [TestCase("a.txt", "a.txt")]
    [TestCase("a.txt", "./a.txt")]
    [TestCase("sub/../a.txt", "a.txt")]
    [TestCase(".", "a.txt")]
    [TestCase("*.txt", "ABSOLUTE")]
    public void Out_that_is_an_input_is_refused_and_the_input_is_untouched(string input, string output)
    {
        string path = Path.Combine(Work, "a.txt");
        File.Copy(FixturePath("A_RES_67_225"), path);
        Directory.CreateDirectory(Path.Combine(Work, "sub"));
        byte[] before = File.ReadAllBytes(path);
        Unres.Result result = Run("convert", input, "--out", output == "ABSOLUTE" ? path : output);
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Stderr, Does.StartWith("unres: --out ").And.Contain("is one of the inputs"));
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(before), "the input is untouched");
        Assert.That(Directory.GetFiles(Work), Has.Length.EqualTo(1), "no temporary file left");
    }

    [Test]
    public void Out_through_a_symbolic_link_to_an_input_is_refused()
    {
        if (OperatingSystem.IsWindows()) { Assert.Ignore("symbolic links need privileges on Windows"); }
        string path = Path.Combine(Work, "a.txt");
        File.Copy(FixturePath("A_RES_67_225"), path);
        File.CreateSymbolicLink(Path.Combine(Work, "link.jsonl"), path);
        Unres.Result result = Run("convert", "a.txt", "--out", "link.jsonl");
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(File.ReadAllBytes(FixturePath("A_RES_67_225"))));
    }

    [Test]
    public void Out_next_to_the_input_is_still_written()
    {
        File.Copy(FixturePath("A_RES_67_225"), Path.Combine(Work, "a.txt"));
        Unres.Result result = Run("convert", ".", "--out", "a.jsonl", "--quiet");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(File.Exists(Path.Combine(Work, "a.jsonl")), Is.True);
    }

    // `--out link.jsonl` where link.jsonl is a symbolic link replaced the link with a regular file.
    [Test]
    public void Out_that_is_a_symbolic_link_is_written_through_it()
    {
        if (OperatingSystem.IsWindows()) { Assert.Ignore("symbolic links need privileges on Windows"); }
        Directory.CreateDirectory(Path.Combine(Work, "data"));
        string target = Path.Combine(Work, "data", "resolutions.jsonl");
        File.WriteAllText(target, "old\n");
        string link = Path.Combine(Work, "link.jsonl");
        File.CreateSymbolicLink(link, target);
        Unres.Result result = Run("convert", FixturePath("A_RES_67_225"), "--out", link, "--quiet");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(target), "the link is still a link");
        Assert.That(File.ReadAllText(target), Does.StartWith("{\"schemaVersion\""), "its target holds the output");
        Assert.That(Directory.GetFiles(Path.Combine(Work, "data")), Has.Length.EqualTo(1), "no temporary file left");
    }

    // A killed convert left PATH.tmp-* files (up to 54 MB) that nothing removed.
    [Test]
    public void A_killed_runs_temporary_file_is_deleted_by_the_next_run_a_live_ones_is_kept()
    {
        string output = Path.Combine(Work, "out.jsonl");
        string stale = output + ".tmp-999999999-deadbeef";   // no process has that id (Linux's limit is 4,194,304)
        string live = output + $".tmp-{Environment.ProcessId}-cafebabe";
        File.WriteAllText(stale, "half");
        File.WriteAllText(live, "half");
        Unres.Result result = Run("convert", FixturePath("A_RES_67_225"), "--out", output, "--quiet");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(File.Exists(stale), Is.False, "the leftover of a process that is gone is deleted");
        Assert.That(File.Exists(live), Is.True, "the temporary file of a running process is kept");
        Assert.That(LeftoverTemporaryFiles(output), Is.EqualTo(new[] { live }));
    }

    // Two convert runs on the same --out both exited 0 and one result silently disappeared.
    [Test]
    public void A_second_writer_of_the_same_out_fails_clearly_and_leaves_it_alone()
    {
        string output = Path.Combine(Work, "out.jsonl");
        File.WriteAllText(output, "previous\n");
        using (new FileStream(output + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))   // as a running convert holds it
        {
            Unres.Result second = Run("convert", FixturePath("A_RES_67_225"), "--out", output, "--quiet");
            Assert.That(second.ExitCode, Is.EqualTo(1), second.ToString());
            Assert.That(second.Stderr, Does.Contain("another unres convert is writing it"), second.ToString());
            Assert.That(File.ReadAllText(output), Is.EqualTo("previous\n"));
        }
        Unres.Result after = Run("convert", FixturePath("A_RES_67_225"), "--out", output, "--quiet");
        Assert.That(after.ExitCode, Is.EqualTo(0), after.ToString());
        Assert.That(File.Exists(output + ".lock"), Is.False, "the lock is gone with its run");
    }

    // `--out` onto a FIFO or a device replaced it with a regular file (as root, --out /dev/null replaced the device).
    [Test]
    public void Out_onto_a_fifo_writes_into_it_and_leaves_it_a_fifo()
    {
        if (!OperatingSystem.IsLinux()) { Assert.Ignore("FIFOs and statx: Linux"); }
        string fifo = Path.Combine(Work, "pipe.jsonl");
        using (Process mkfifo = Process.Start("mkfifo", [fifo])) { mkfifo.WaitForExit(); Assert.That(mkfifo.ExitCode, Is.EqualTo(0)); }
        // The reader opens the FIFO as a consumer would (opening blocks until the writer comes).
        Task<byte[]> reader = Task.Run(() => File.ReadAllBytes(fifo));
        Unres.Result result = Run("convert", FixturePath("A_RES_67_225"), FixturePath("A_RES_75_23"), "--out", fifo, "--quiet");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(reader.Wait(TimeSpan.FromSeconds(60)), Is.True, "the reader got the end of the output");
        Assert.That(Encoding.UTF8.GetString(reader.Result), Is.EqualTo(ExpectedJsonLines([FixturePath("A_RES_67_225"), FixturePath("A_RES_75_23")])));
        Assert.That(UnResolutions.Cli.OutputTargets.IsSpecialFile(fifo), Is.True, "still a FIFO, not a regular file");
        Assert.That(Directory.GetFileSystemEntries(Work), Is.EqualTo(new[] { fifo }), "no temporary file and no lock file next to it");
    }

    [Test]
    public void Out_onto_dev_null_writes_into_it_and_leaves_the_device()
    {
        if (!OperatingSystem.IsLinux()) { Assert.Ignore("/dev/null and statx: Linux"); }
        string[] before = Directory.GetFiles("/dev", "null.*");
        Unres.Result result = Run("convert", FixturePath("A_RES_67_225"), "--out", "/dev/null", "--quiet");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(UnResolutions.Cli.OutputTargets.IsSpecialFile("/dev/null"), Is.True, "still the device");
        Assert.That(File.ReadAllBytes("/dev/null"), Is.Empty);
        Assert.That(Directory.GetFiles("/dev", "null.*"), Is.EqualTo(before), "no /dev/null.tmp-* or /dev/null.lock");
        Assert.That(UnResolutions.Cli.OutputTargets.IsSpecialFile(FixturePath("A_RES_67_225")), Is.False, "a regular file is no special file");
        Assert.That(UnResolutions.Cli.OutputTargets.IsSpecialFile(Path.Combine(Work, "missing.jsonl")), Is.False, "nor a missing one");
    }

    [TestCase("/dev/stdout")]
    [TestCase("/proc/self/fd/1")]
    [TestCase("/dev/fd/1")]
    public void Out_onto_standard_output_by_its_path_is_standard_output(string path)
    {
        if (!OperatingSystem.IsLinux()) { Assert.Ignore("/proc and /dev/fd: Linux"); }
        Unres.Result result = Run("convert", FixturePath("A_RES_67_225"), "--out", path, "--quiet");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.StdoutText, Is.EqualTo(ExpectedJsonLines([FixturePath("A_RES_67_225")])));
        Assert.That(UnResolutions.Cli.OutputTargets.FileDescriptor(path), Is.EqualTo(1));
        Assert.That(UnResolutions.Cli.OutputTargets.FileDescriptor(Path.Combine(Work, "out.jsonl")), Is.Null);
    }

    // Opening a FIFO waits for a reader: without one, Ctrl-C must still end the run.
    [Test]
    public void Ctrl_c_while_waiting_for_a_fifos_reader_exits_130()
    {
        if (!OperatingSystem.IsLinux()) { Assert.Ignore("FIFOs and statx: Linux"); }
        // A test run started in the background of a shell without job control ignores SIGINT, and so do its children.
        string ignored = File.ReadLines("/proc/self/status").Single(l => l.StartsWith("SigIgn:", StringComparison.Ordinal))["SigIgn:".Length..].Trim();
        if ((Convert.ToUInt64(ignored, 16) & 0x2) != 0) { Assert.Ignore("SIGINT is ignored by this test run (started in the background), so unres would ignore it too"); }
        string fifo = Path.Combine(Work, "pipe.jsonl");
        using (Process mkfifo = Process.Start("mkfifo", [fifo])) { mkfifo.WaitForExit(); }
        using var process = Process.Start(Unres.StartInfo(Work, ["convert", FixturePath("A_RES_67_225"), "--out", fifo, "--quiet"]))!;
        process.StandardInput.Close();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        // It waits for ever: give it the time to start and reach the open.
        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(5)), Is.False, "no reader: the run waits");
        using (Process kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) { kill.WaitForExit(); }
        bool exited = process.WaitForExit(TimeSpan.FromSeconds(60));
        if (!exited) { process.Kill(entireProcessTree: true); }
        Assert.That(exited, Is.True, "Ctrl-C ended the wait");
        Assert.That(process.ExitCode, Is.EqualTo(130), stderr.Result);
        Assert.That(stderr.Result, Does.Contain("interrupted"));
        Assert.That(UnResolutions.Cli.OutputTargets.IsSpecialFile(fifo), Is.True);
    }
}
