using System.Diagnostics;
using System.Text;

namespace UnResolutions.Tests.Cli;

/// <summary>
/// Runs the built <c>unres</c> as a process, as <see cref="ParseCommandTests"/> does: unres.dll of
/// src/UnResolutions.Cli/bin/&lt;Configuration&gt;/net10.0 (the test project references the CLI, so it is built with
/// the tests), through its app host when there is one, else <c>dotnet unres.dll</c>.
/// </summary>
internal static class Unres
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    internal sealed record Result(int ExitCode, byte[] Stdout, string Stderr)
    {
        public string StdoutText => Encoding.UTF8.GetString(Stdout);

        public string[] StdoutLines => StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public override string ToString() => $"exit {ExitCode}\nstdout:\n{StdoutText}\nstderr:\n{Stderr}";
    }

    /// <summary>unres.dll next to the repository's CLI project output, or the copy next to the test assembly.</summary>
    public static string FindDll()
    {
        string testDirectory = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        string framework = Path.GetFileName(testDirectory);
        string configuration = Path.GetFileName(Path.GetDirectoryName(testDirectory)!);
        string candidate = Path.Combine(Fixtures.RepositoryRoot, "src", "UnResolutions.Cli", "bin", configuration, framework, "unres.dll");
        if (File.Exists(candidate)) { return candidate; }
        string local = Path.Combine(testDirectory, "unres.dll");
        if (File.Exists(local)) { return local; }
        Assert.Inconclusive("the unres executable is not built");
        return null!;
    }

    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args)
    {
        string dll = FindDll();
        string host = Path.Combine(Path.GetDirectoryName(dll)!, OperatingSystem.IsWindows() ? "unres.exe" : "unres");
        bool useHost = File.Exists(host);
        var start = new ProcessStartInfo(useHost ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        if (!useHost) { start.ArgumentList.Add(dll); }
        foreach (string arg in args) { start.ArgumentList.Add(arg); }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    /// <summary>
    /// Runs <c>unres</c> with its standard output on <c>/dev/full</c> (every write fails: "No space left on device"),
    /// through <c>sh</c>; inconclusive where there is no <c>/dev/full</c>.
    /// </summary>
    public static Result RunToFullDisk(string workingDirectory, string[] args)
    {
        if (!File.Exists("/dev/full") || OperatingSystem.IsWindows()) { Assert.Inconclusive("no /dev/full here"); }
        ProcessStartInfo unres = StartInfo(workingDirectory, args);
        var start = new ProcessStartInfo("sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (string arg in (string[])["-c", "exec \"$@\" > /dev/full", "sh", unres.FileName, .. unres.ArgumentList]) { start.ArgumentList.Add(arg); }
        foreach (var variable in unres.Environment) { start.Environment[variable.Key] = variable.Value; }
        using var process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(DefaultTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"unres {string.Join(' ', args)} > /dev/full did not finish within {DefaultTimeout}");
        }
        Task.WaitAll([stdout, stderr], DefaultTimeout);
        return new Result(process.ExitCode, Encoding.UTF8.GetBytes(stdout.Result), stderr.Result);
    }

    /// <summary>
    /// Runs <c>unres</c>, sends it SIGINT (with kill(1)) as soon as it has written something to stdout, and returns
    /// its result, or null when it finished before it could be interrupted.
    /// </summary>
    public static Result? RunAndInterrupt(string workingDirectory, string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        process.StandardInput.Close();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Stream output = process.StandardOutput.BaseStream;
        var first = new byte[1];
        Task<int> started = output.ReadAsync(first, 0, 1);
        if (!started.Wait(DefaultTimeout)) { Assert.Fail($"unres {string.Join(' ', args)} wrote nothing"); }
        bool interrupted = !process.HasExited;
        if (interrupted)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
            kill.WaitForExit();
        }
        var stdout = new MemoryStream();
        stdout.Write(first, 0, started.Result);
        Task copy = output.CopyToAsync(stdout);
        if (!process.WaitForExit(DefaultTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"unres {string.Join(' ', args)} did not stop on SIGINT");
        }
        Task.WaitAll([copy, stderr], DefaultTimeout);
        var result = new Result(process.ExitCode, stdout.ToArray(), stderr.Result);
        return interrupted && result.ExitCode != 0 && result.ExitCode != 1 ? result : null;
    }

    /// <summary>A writer whose every write fails as a full disk does.</summary>
    internal sealed class FullDiskWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");
    }

    /// <summary>Runs <c>unres</c> with <paramref name="args"/>; <paramref name="stdin"/> is written to its standard input.</summary>
    public static Result Run(string workingDirectory, string[] args, byte[]? stdin = null, TimeSpan? timeout = null)
    {
        TimeSpan limit = timeout ?? DefaultTimeout;
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        var stdout = new MemoryStream();
        Task copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin != null) { process.StandardInput.BaseStream.Write(stdin); }
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The process exited without reading its input.
        }
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"unres {string.Join(' ', args)} did not finish within {limit}");
        }
        Task.WaitAll([copy, stderr], limit);
        return new Result(process.ExitCode, stdout.ToArray(), stderr.Result);
    }
}

/// <summary>A fixture whose tests run <c>unres</c> in a fresh temporary working directory, deleted afterwards.</summary>
public abstract class CliTestFixture
{
    /// <summary>The test's working directory.</summary>
    protected string Work { get; private set; } = null!;

    [SetUp]
    public void CreateWorkDirectory()
    {
        Work = Path.Combine(Path.GetTempPath(), "unres-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Work);
    }

    [TearDown]
    public void DeleteWorkDirectory()
    {
        try { Directory.Delete(Work, recursive: true); }
        catch (IOException) { }
    }

    private protected Unres.Result Run(params string[] args) => Unres.Run(Work, args);

    protected static string FixturePath(string name) => Fixtures.OdsPath(name);

    /// <summary>
    /// Runs <c>unres</c> on a folder of many copies of the biggest fixture (an empty file first, which gives output
    /// at once), interrupts it with SIGINT once it has written something, and checks that it says so and exits 130.
    /// </summary>
    private protected void AssertSigintMidwaySaysInterrupted(Func<string, string[]> args)
    {
        string folder = Path.Combine(Work, "big");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "0000.txt"), "");
        string biggest = Directory.GetFiles(Path.GetDirectoryName(FixturePath("A_RES_80_110"))!).MaxBy(f => new FileInfo(f).Length)!;
        int copies = 0;
        for (int attempt = 1; attempt <= 3; attempt++)
        {
            for (int target = copies + 500 * attempt; copies < target; copies++) { File.Copy(biggest, Path.Combine(folder, $"{copies + 1:D4}.txt")); }
            Unres.Result? result = Unres.RunAndInterrupt(Work, args(folder));
            if (result == null) { continue; }
            Assert.That(result.ExitCode, Is.EqualTo(130), result.ToString());
            Assert.That(result.Stderr, Does.EndWith("unres: interrupted." + Environment.NewLine), result.ToString());
            return;
        }
        Assert.Inconclusive("unres always finished before it could be interrupted");
    }
}
