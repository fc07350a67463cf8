using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml.Linq;

namespace UnResolutions.Tests.Packaging;

/// <summary>
/// The packages as a user gets them: <c>dotnet pack UnResolutions.sln -c Release</c> into a temporary feed, a fresh
/// console project that references <c>UnResolutions</c> 0.1.0 from that feed, and the <c>UnResolutions.Tool</c> tool
/// installed from it. Packing builds in a separate artifacts folder (the repository's bin/ and obj/ are not touched),
/// and restores go to a temporary NuGet packages folder, so that a package cached by an earlier run cannot make these
/// tests pass. Slow (a minute or two): it builds the solution in Release.
/// </summary>
[TestFixture]
[Category("Consumer")]
[NonParallelizable]
public class ConsumerTests
{
    private const string Version = "0.1.0";
    private const string Title = "Industrial development cooperation";
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(5);

    private string _root = null!;
    private string _feed = null!;
    private string _packages = null!;
    private string _sample = null!;

    /// <summary>The dotnet executable that runs these tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The .NET installation folder, for the app host of an installed tool (it does not search PATH).</summary>
    private static string DotnetRoot()
    {
        string host = DotnetHost();
        if (Path.IsPathRooted(host)) { return Path.GetDirectoryName(host)!; }
        // shared/Microsoft.NETCore.App/<version>/ → the installation folder.
        return Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
    }

    private sealed record Result(int ExitCode, string Output)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}";
    }

    /// <summary>Runs a process with the test's environment less MSBuild's own variables, with the temporary packages folder.</summary>
    private Result Run(string fileName, string workingDirectory, params string[] args) => RunProcess(_packages, fileName, workingDirectory, args);

    /// <summary>Runs a process with the test's environment less MSBuild's own variables; <paramref name="packages"/> is NUGET_PACKAGES (null: the machine's).</summary>
    private static Result RunProcess(string? packages, string fileName, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string arg in args) { start.ArgumentList.Add(arg); }
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);   // set by the test host's own build; a child build must find its own
        }
        if (packages != null) { start.Environment["NUGET_PACKAGES"] = packages; }
        start.Environment["DOTNET_ROOT"] = DotnetRoot();
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";   // no build node outlives the process and holds its output open
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
        var clock = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(ProcessTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{fileName} {string.Join(' ', args)} did not finish within {ProcessTimeout}:\n{output}");
        }
        process.WaitForExit();   // the output events have all been raised
        TestContext.Out.WriteLine($"{Path.GetFileName(fileName)} {string.Join(' ', args)}: exit {process.ExitCode} in {clock.Elapsed.TotalSeconds:0.0} s");
        lock (output) { return new Result(process.ExitCode, output.ToString()); }
    }

    [OneTimeSetUp]
    public void PackIntoATemporaryFeed()
    {
        _root = Path.Combine(Path.GetTempPath(), "unres-consumer-" + Guid.NewGuid().ToString("N"));
        _feed = Path.Combine(_root, "feed");
        _packages = Path.Combine(_root, "packages");
        Directory.CreateDirectory(_feed);
        Directory.CreateDirectory(_packages);
        // Nothing under the temporary root inherits the repository's build files or central package versions.
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(_root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(_root, "Directory.Packages.props"), "<Project />\n");
        _sample = Path.Combine(_root, "A_RES_71_242.txt");
        File.Copy(Path.Combine(Fixtures.RepositoryRoot, "samples", "A_RES_71_242.txt"), _sample);
        File.SetAttributes(_sample, FileAttributes.Normal);

        // The whole solution, as docs/cli.md says. The restore uses the machine's packages folder (the repository's
        // dependencies are there), the build a separate artifacts folder.
        Result pack = RunProcess(null, DotnetHost(), Fixtures.RepositoryRoot, "pack", "UnResolutions.sln", "-c", "Release", "-o", _feed,
            "--artifacts-path", Path.Combine(_root, "artifacts"), "--disable-build-servers", "-p:UseSharedCompilation=false");
        Assert.That(pack.ExitCode, Is.EqualTo(0), pack.ToString());
    }

    [OneTimeTearDown]
    public void DeleteTemporaryFolder()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    [Test]
    public void Pack_gives_the_library_with_symbols_and_the_tool()
    {
        Assert.That(Directory.GetFiles(_feed).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[]
        {
            $"UnResolutions.{Version}.nupkg", $"UnResolutions.{Version}.snupkg", $"UnResolutions.Tool.{Version}.nupkg",
        }));

        using ZipArchive library = ZipFile.OpenRead(Path.Combine(_feed, $"UnResolutions.{Version}.nupkg"));
        var entries = library.Entries.Select(e => e.FullName).ToList();
        Assert.That(entries, Does.Contain("README.md"));
        Assert.That(entries, Is.SupersetOf(new[]
        {
            "lib/net8.0/UnResolutions.dll", "lib/net8.0/UnResolutions.xml", "lib/net10.0/UnResolutions.dll", "lib/net10.0/UnResolutions.xml",
        }));
        XElement metadata = Nuspec(library);
        XNamespace ns = metadata.Name.Namespace;
        Assert.That(metadata.Element(ns + "license")?.Value, Is.EqualTo("MIT"));
        Assert.That(metadata.Element(ns + "license")?.Attribute("type")?.Value, Is.EqualTo("expression"));
        Assert.That(metadata.Element(ns + "readme")?.Value, Is.EqualTo("README.md"));
        Assert.That(metadata.Element(ns + "projectUrl")?.Value, Is.EqualTo("https://github.com/unresolutions/unresolutions"));
        Assert.That(metadata.Element(ns + "repository")?.Attribute("url")?.Value, Is.EqualTo("https://github.com/unresolutions/unresolutions"));
        Assert.That(metadata.Element(ns + "repository")?.Attribute("type")?.Value, Is.EqualTo("git"));

        using ZipArchive symbols = ZipFile.OpenRead(Path.Combine(_feed, $"UnResolutions.{Version}.snupkg"));
        Assert.That(symbols.Entries.Select(e => e.FullName), Is.SupersetOf(new[] { "lib/net8.0/UnResolutions.pdb", "lib/net10.0/UnResolutions.pdb" }));

        using ZipArchive tool = ZipFile.OpenRead(Path.Combine(_feed, $"UnResolutions.Tool.{Version}.nupkg"));
        Assert.That(tool.Entries.Select(e => e.FullName), Is.SupersetOf(new[] { "README.md", "tools/net10.0/any/unres.dll", "tools/net10.0/any/DotnetToolSettings.xml" }));
        XElement toolMetadata = Nuspec(tool);
        Assert.That(toolMetadata.Descendants(toolMetadata.Name.Namespace + "packageType").Select(p => p.Attribute("name")?.Value), Does.Contain("DotnetTool"));
        Assert.That(toolMetadata.Element(toolMetadata.Name.Namespace + "license")?.Value, Is.EqualTo("MIT"));
    }

    private static XElement Nuspec(ZipArchive package)
    {
        ZipArchiveEntry entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = entry.Open();
        XElement root = XDocument.Load(stream).Root!;
        return root.Element(root.Name.Namespace + "metadata")!;
    }

    [Test]
    public void A_fresh_console_project_references_the_package_and_parses_the_sample()
    {
        string project = Path.Combine(_root, "consumer");
        Directory.CreateDirectory(project);
        // The feed is added to the sources the machine already has (nuget.org for Sprache).
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="unresolutions-test-feed" value="{_feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="UnResolutions" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using UnResolutions.Syntax;

            var tree = ResolutionSyntaxTree.ParseText(File.ReadAllText(args[0]));
            Console.WriteLine(tree.GetRoot().Resolution!.Header!.TitleLine!.Title);
            """);

        Result build = Run(DotnetHost(), project, "build", "-c", "Release", "--disable-build-servers", "-p:UseSharedCompilation=false");
        Assert.That(build.ExitCode, Is.EqualTo(0), build.ToString());
        string restored = Path.Combine(_packages, "unresolutions", Version, $"unresolutions.{Version}.nupkg");
        Assert.That(File.ReadAllBytes(restored), Is.EqualTo(File.ReadAllBytes(Path.Combine(_feed, $"UnResolutions.{Version}.nupkg"))),
            "the package restored is the one just packed");

        Result run = Run(DotnetHost(), project, Path.Combine(project, "bin", "Release", "net10.0", "Consumer.dll"), _sample);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output.Trim(), Is.EqualTo(Title));
    }

    [Test]
    public void The_tool_installs_from_the_feed_and_runs()
    {
        string tools = Path.Combine(_root, "tools");
        Result install = Run(DotnetHost(), _root, "tool", "install", "UnResolutions.Tool", "--version", Version, "--tool-path", tools, "--add-source", _feed);
        Assert.That(install.ExitCode, Is.EqualTo(0), install.ToString());
        string unres = Path.Combine(tools, OperatingSystem.IsWindows() ? "unres.exe" : "unres");
        Assert.That(File.Exists(unres), Is.True, install.ToString());

        Result version = Run(unres, _root, "--version");
        Assert.That(version.ExitCode, Is.EqualTo(0), version.ToString());
        Assert.That(version.Output.Trim(), Is.EqualTo(Version));

        Result parse = Run(unres, _root, "parse", _sample);
        Assert.That(parse.ExitCode, Is.EqualTo(0), parse.ToString());
        Assert.That(parse.Output, Does.Contain("Recital"));

        Result convert = Run(unres, _root, "convert", _sample, "--out", "-", "--quiet");
        Assert.That(convert.ExitCode, Is.EqualTo(0), convert.ToString());
        Assert.That(convert.Output, Does.Contain($"\"title\":\"{Title}\""));
    }
}
