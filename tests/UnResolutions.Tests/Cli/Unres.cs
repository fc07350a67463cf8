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
}
