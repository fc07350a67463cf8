using System.Diagnostics;
using System.Runtime.InteropServices;
using UnResolutions.Tests.Cli;

namespace UnResolutions.Tests.Packaging;

/// <summary>
/// The release artifact: <c>eng/publish-native.sh</c> builds the self-contained Native AOT <c>unres</c> for this
/// platform as a .tar.gz holding the one executable, which writes the same bytes as the framework-dependent command
/// (JSON, the syntax tree, Akoma Ntoso) on every fixture. Slow (a Native AOT compilation, a few minutes on 2 cores):
/// runs only with <c>UNRES_NATIVE=1</c> (<c>UNRES_NATIVE=1 dotnet test --filter Category=Native</c>).
/// </summary>
[TestFixture]
[Category("Native")]
[NonParallelizable]
public class NativeArtifactTests
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(20);
    private string _root = null!;
    private string _native = null!;

    [OneTimeSetUp]
    public void BuildTheArtifact()
    {
        if (Environment.GetEnvironmentVariable("UNRES_NATIVE") != "1") { Assert.Ignore("UNRES_NATIVE is not 1."); }
        if (OperatingSystem.IsWindows()) { Assert.Ignore("eng/publish-native.sh is a bash script."); }
        _root = Path.Combine(Path.GetTempPath(), "unres-native-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);

        (int exit, string output) = Run("bash", Fixtures.RepositoryRoot, PublishTimeout, Path.Combine(Fixtures.RepositoryRoot, "eng", "publish-native.sh"));
        Assert.That(exit, Is.EqualTo(0), output);
        string artifact = Path.Combine(Fixtures.RepositoryRoot, output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim());
        Assert.That(Path.GetFileName(artifact), Is.EqualTo($"unres-0.1.0-{RuntimeInformation.RuntimeIdentifier}.tar.gz"));

        (exit, output) = Run("tar", _root, TimeSpan.FromMinutes(1), "-tzf", artifact);
        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { "unres" }), "the artifact is the one executable");
        (exit, output) = Run("tar", _root, TimeSpan.FromMinutes(1), "-xzf", artifact);
        Assert.That(exit, Is.EqualTo(0), output);
        _native = Path.Combine(_root, "unres");
    }

    [OneTimeTearDown]
    public void DeleteTemporaryFolder()
    {
        if (_root == null) { return; }
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }

    [Test]
    public void The_native_executable_runs_without_assemblies_beside_it()
    {
        Assert.That(Directory.GetFiles(_root).Select(Path.GetFileName), Is.EqualTo(new[] { "unres" }));
        (int exit, string output) = Run(_native, _root, TimeSpan.FromMinutes(1), "--version");
        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(output.Trim(), Is.EqualTo("0.1.0"));
    }

    [TestCase("json")]
    [TestCase("syntax-json")]
    public void The_native_executable_writes_what_the_framework_dependent_one_writes(string format)
    {
        string fixtures = Path.GetDirectoryName(Fixtures.OdsPath("A_RES_71_242"))!;
        string native = Path.Combine(_root, $"native.{format}.jsonl");
        string framework = Path.Combine(_root, $"framework.{format}.jsonl");
        (int exit, string output) = Run(_native, _root, TimeSpan.FromMinutes(2), "convert", fixtures, "--out", native, "--format", format, "--quiet");
        Assert.That(exit, Is.EqualTo(0), output);
        Unres.Result result = Unres.Run(_root, ["convert", fixtures, "--out", framework, "--format", format, "--quiet"]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(File.ReadAllBytes(native), Is.EqualTo(File.ReadAllBytes(framework)));
        Assert.That(File.ReadAllLines(native), Has.Length.GreaterThanOrEqualTo(Directory.GetFiles(fixtures, "*.txt").Length));
    }

    [Test]
    public void The_native_executable_writes_the_same_akoma_ntoso()
    {
        string fixtures = Path.GetDirectoryName(Fixtures.OdsPath("A_RES_71_242"))!;
        string native = Path.Combine(_root, "native-akn");
        string framework = Path.Combine(_root, "framework-akn");
        (int exit, string output) = Run(_native, _root, TimeSpan.FromMinutes(2), "convert", fixtures, "--out", native, "--format", "akn", "--quiet");
        Assert.That(exit, Is.EqualTo(0), output);
        Unres.Result result = Unres.Run(_root, ["convert", fixtures, "--out", framework, "--format", "akn", "--quiet"]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        string[] files = Directory.GetFiles(framework).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        Assert.That(files, Is.Not.Empty);
        Assert.That(Directory.GetFiles(native).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(files));
        foreach (string file in files)
        {
            Assert.That(File.ReadAllBytes(Path.Combine(native, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(framework, file))), file);
        }
    }

    private static (int ExitCode, string Output) Run(string fileName, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args) { start.ArgumentList.Add(arg); }
        // Set by the test host's own build: a child build must find its own.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList()) { start.Environment.Remove(name); }
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{fileName} {string.Join(' ', args)} did not finish within {timeout}");
        }
        process.WaitForExit();
        // Standard output last: the script prints the artifact's path there, the build's messages on stderr.
        return (process.ExitCode, error.Result + output.Result);
    }
}
