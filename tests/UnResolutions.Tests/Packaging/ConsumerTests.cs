using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml.Linq;

namespace UnResolutions.Tests.Packaging;

/// <summary>
/// The packages as a user gets them: the README's install commands from a local feed (section "From a local feed"),
/// run as written with bash, in order: the first block in a copy of the repository (its tracked and new files), the
/// second in a fresh console project, the third in a folder of its own. Every command runs on an EMPTY package cache
/// (NUGET_PACKAGES a new folder) and a new home folder (HOME, DOTNET_CLI_HOME: the user's NuGet.Config, which
/// <c>dotnet nuget add source</c> writes, and the global tools folder), so that nothing cached or configured on this
/// machine can make them pass: the library's dependency Sprache must come from nuget.org, the default source that
/// the README keeps. Slow (a few minutes): it restores everything from the network and builds in Release.
/// </summary>
[TestFixture]
[Category("Consumer")]
[NonParallelizable]
public class ConsumerTests
{
    private const string Version = "0.1.0";
    private const string Title = "Industrial development cooperation";
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(10);

    private string _root = null!;
    private string _home = null!;
    private string _repository = null!;
    private string _feed = null!;
    private string _packages = null!;
    private string _project = null!;
    private string _sample = null!;
    private Result[] _readme = null!;

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

    /// <summary>Runs a process with the test's environment less MSBuild's own variables, on the empty package cache and the new home.</summary>
    private Result Run(string fileName, string workingDirectory, params string[] args)
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
        start.Environment["NUGET_PACKAGES"] = _packages;
        start.Environment["HOME"] = _home;
        start.Environment["DOTNET_CLI_HOME"] = _home;
        foreach (string name in new[] { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "NUGET_HTTP_CACHE_PATH", "NUGET_PLUGINS_CACHE_PATH" }) { start.Environment.Remove(name); }
        // What the SDK asks a user to do after `dotnet tool install -g`; dotnet itself as the test found it.
        start.Environment["PATH"] = string.Join(Path.PathSeparator, Path.Combine(_home, ".dotnet", "tools"), Path.GetDirectoryName(Path.GetFullPath(DotnetRoot() + "/dotnet"))!, Environment.GetEnvironmentVariable("PATH"));
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

    /// <summary>The shell blocks of the README's section "From a local feed", in order.</summary>
    internal static List<string> ReadmeInstallBlocks(string readme)
    {
        int section = readme.IndexOf("\n### From a local feed\n", StringComparison.Ordinal);
        Assert.That(section, Is.GreaterThanOrEqualTo(0), "README.md has a section '### From a local feed'");
        int next = readme.IndexOf("\n## ", section + 1, StringComparison.Ordinal);
        string[] lines = readme[section..(next < 0 ? readme.Length : next)].Split('\n');
        var blocks = new List<string>();
        StringBuilder? block = null;
        foreach (string line in lines)
        {
            if (block == null && line == "```sh") { block = new StringBuilder(); }
            else if (block != null && line == "```") { blocks.Add(block.ToString()); block = null; }
            else { block?.Append(line).Append('\n'); }
        }
        return blocks;
    }

    [OneTimeSetUp]
    public void RunTheReadmesInstallCommands()
    {
        _root = Path.Combine(Path.GetTempPath(), "unres-consumer-" + Guid.NewGuid().ToString("N"));
        _home = Path.Combine(_root, "home");
        _packages = Path.Combine(_root, "packages");
        _repository = Path.Combine(_root, "repository");
        _feed = Path.Combine(_repository, "feed");
        _project = Path.Combine(_root, "consumer");
        foreach (string folder in new[] { _home, _packages, _repository, _project }) { Directory.CreateDirectory(folder); }
        // Nothing under the temporary root inherits the repository's build files or central package versions
        // (the copy of the repository has its own).
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(_root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(_root, "Directory.Packages.props"), "<Project />\n");
        _sample = Path.Combine(_root, "A_RES_71_242.txt");
        File.Copy(Path.Combine(Fixtures.RepositoryRoot, "samples", "A_RES_71_242.txt"), _sample);
        File.SetAttributes(_sample, FileAttributes.Normal);
        CopyRepository(_repository);

        List<string> blocks = ReadmeInstallBlocks(File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "README.md")));
        Assert.That(blocks, Has.Count.EqualTo(3), "three blocks: in the repository, in your project, anywhere");

        // "Your project": a console app that uses the API as the library's package README shows it.
        File.WriteAllText(Path.Combine(_project, "Consumer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_project, "Program.cs"), PackageReadmeExample().Replace("\"A_RES_71_242.txt\"", "args[0]", StringComparison.Ordinal));

        string tools = Path.Combine(_root, "anywhere");
        Directory.CreateDirectory(tools);
        _readme = new Result[3];
        string[] folders = [_repository, _project, tools];
        for (int i = 0; i < 3; i++)
        {
            _readme[i] = Run("bash", folders[i], "-euo", "pipefail", "-c", blocks[i]);
            Assert.That(_readme[i].ExitCode, Is.EqualTo(0), $"README block {i + 1}, in {folders[i]}:\n{blocks[i]}\n{_readme[i]}");
        }
    }

    /// <summary>The C# example of the library's package README.</summary>
    private static string PackageReadmeExample()
    {
        string readme = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "src", "UnResolutions", "README.md"));
        int start = readme.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        return readme[start..readme.IndexOf("\n```", start, StringComparison.Ordinal)] + "\n";
    }

    /// <summary>The repository's tracked and new (not ignored) files, as a user's clone with this change would have them.</summary>
    private static void CopyRepository(string target)
    {
        Result files = RunGit("ls-files", "--cached", "--others", "--exclude-standard", "-z");
        Assert.That(files.ExitCode, Is.EqualTo(0), files.ToString());
        foreach (string file in files.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            string from = Path.Combine(Fixtures.RepositoryRoot, file);
            if (!File.Exists(from)) { continue; }   // deleted in the working tree
            string to = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
        }
    }

    private static Result RunGit(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Fixtures.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args) { start.ArgumentList.Add(arg); }
        using var process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, output + error.Result);
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
            $"UnResolutions.Tool.{Rid}.{Version}.nupkg", $"UnResolutions.Tool.any.{Version}.nupkg",
        }.Order(StringComparer.Ordinal)));

        using ZipArchive library = ZipFile.OpenRead(Path.Combine(_feed, $"UnResolutions.{Version}.nupkg"));
        var entries = library.Entries.Select(e => e.FullName).ToList();
        Assert.That(entries, Is.SupersetOf(new[]
        {
            "README.md", "LICENSE", "schema/resolution.schema.json",
            "lib/net8.0/UnResolutions.dll", "lib/net8.0/UnResolutions.xml", "lib/net10.0/UnResolutions.dll", "lib/net10.0/UnResolutions.xml",
        }));
        Assert.That(Entry(library, "schema/resolution.schema.json"), Is.EqualTo(File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "docs", "schema", "resolution.schema.json"))));
        Assert.That(Entry(library, "README.md"), Is.EqualTo(File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "src", "UnResolutions", "README.md"))), "the package's own README");
        XElement metadata = Nuspec(library);
        XNamespace ns = metadata.Name.Namespace;
        Assert.That(metadata.Element(ns + "license")?.Value, Is.EqualTo("MIT"));
        Assert.That(metadata.Element(ns + "license")?.Attribute("type")?.Value, Is.EqualTo("expression"));
        Assert.That(metadata.Element(ns + "readme")?.Value, Is.EqualTo("README.md"));
        Assert.That(metadata.Element(ns + "releaseNotes")?.Value, Is.EqualTo("https://github.com/unresolutions/unresolutions/blob/main/CHANGELOG.md"));
        Assert.That(metadata.Element(ns + "tags")?.Value.Split(' '), Does.Contain("united-nations").And.Contain("parser").And.Not.Contain("akoma-ntoso"));
        Assert.That(metadata.Element(ns + "projectUrl")?.Value, Is.EqualTo("https://github.com/unresolutions/unresolutions"));
        Assert.That(metadata.Element(ns + "repository")?.Attribute("url")?.Value, Is.EqualTo("https://github.com/unresolutions/unresolutions"));
        Assert.That(metadata.Element(ns + "repository")?.Attribute("type")?.Value, Is.EqualTo("git"));

        using ZipArchive symbols = ZipFile.OpenRead(Path.Combine(_feed, $"UnResolutions.{Version}.snupkg"));
        Assert.That(symbols.Entries.Select(e => e.FullName), Is.SupersetOf(new[] { "lib/net8.0/UnResolutions.pdb", "lib/net10.0/UnResolutions.pdb" }));

        // The package users install names a package per platform, "any" (framework-dependent) among them.
        using ZipArchive tool = ZipFile.OpenRead(Path.Combine(_feed, $"UnResolutions.Tool.{Version}.nupkg"));
        Assert.That(tool.Entries.Select(e => e.FullName), Is.SupersetOf(new[] { "README.md", "LICENSE", "tools/any/any/DotnetToolSettings.xml" }));
        Assert.That(Entry(tool, "README.md"), Is.EqualTo(File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "src", "UnResolutions.Cli", "README.md"))));
        XElement settings = XElement.Parse(Entry(tool, "tools/any/any/DotnetToolSettings.xml"));
        Assert.That(settings.Descendants("RuntimeIdentifierPackage").Select(p => (p.Attribute("RuntimeIdentifier")?.Value, p.Attribute("Id")?.Value)),
            Does.Contain((Rid, $"UnResolutions.Tool.{Rid}")).And.Contain(("any", "UnResolutions.Tool.any")));
        XElement toolMetadata = Nuspec(tool);
        Assert.That(toolMetadata.Descendants(toolMetadata.Name.Namespace + "packageType").Select(p => p.Attribute("name")?.Value), Does.Contain("DotnetTool"));
        Assert.That(toolMetadata.Element(toolMetadata.Name.Namespace + "license")?.Value, Is.EqualTo("MIT"));
        Assert.That(toolMetadata.Element(toolMetadata.Name.Namespace + "tags")?.Value.Split(' '), Does.Contain("dotnet-tool"));

        // This platform's package: the native executable, no assemblies to JIT.
        using ZipArchive native = ZipFile.OpenRead(Path.Combine(_feed, $"UnResolutions.Tool.{Rid}.{Version}.nupkg"));
        Assert.That(native.Entries.Select(e => e.FullName), Does.Contain($"tools/any/{Rid}/{Executable}").And.Not.Contain($"tools/any/{Rid}/unres.dll"));
        Assert.That(Entry(native, $"tools/any/{Rid}/DotnetToolSettings.xml"), Does.Contain("Runner=\"executable\""));

        // The fallback: the framework-dependent tool, as before.
        using ZipArchive fallback = ZipFile.OpenRead(Path.Combine(_feed, $"UnResolutions.Tool.any.{Version}.nupkg"));
        Assert.That(fallback.Entries.Select(e => e.FullName), Is.SupersetOf(new[] { "tools/net10.0/any/unres.dll", "tools/net10.0/any/DotnetToolSettings.xml" }));
    }

    /// <summary>This machine's platform, as the README's pack command finds it (<c>dotnet --info</c>'s RID).</summary>
    private static string Rid => RuntimeInformation.RuntimeIdentifier;

    private static string Executable => OperatingSystem.IsWindows() ? "unres.exe" : "unres";

    /// <summary>A package page shows the README away from the repository: its links must be absolute, its commands a user's.</summary>
    [TestCase("src/UnResolutions/README.md")]
    [TestCase("src/UnResolutions.Cli/README.md")]
    public void The_package_readmes_have_absolute_links_and_no_dotnet_run(string path)
    {
        string readme = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, path));
        var links = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\(([^)]*)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.That(links, Is.Not.Empty);
        Assert.That(links, Has.All.StartWith("https://"));
        Assert.That(readme, Does.Not.Contain("dotnet run"));
    }

    private static string Entry(ZipArchive package, string name)
    {
        using var reader = new StreamReader(package.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static XElement Nuspec(ZipArchive package)
    {
        ZipArchiveEntry entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = entry.Open();
        XElement root = XDocument.Load(stream).Root!;
        return root.Element(root.Name.Namespace + "metadata")!;
    }

    [Test]
    public void The_library_from_the_feed_builds_the_package_readmes_example_with_sprache_from_nuget_org()
    {
        Assert.That(File.ReadAllText(Path.Combine(_project, "Consumer.csproj")), Does.Contain($"<PackageReference Include=\"UnResolutions\" Version=\"{Version}\" />"),
            "dotnet add package, as the README says, referenced the package");
        string restored = Path.Combine(_packages, "unresolutions", Version, $"unresolutions.{Version}.nupkg");
        Assert.That(File.ReadAllBytes(restored), Is.EqualTo(File.ReadAllBytes(Path.Combine(_feed, $"UnResolutions.{Version}.nupkg"))),
            "the package restored into the empty cache is the one just packed");
        Assert.That(Directory.Exists(Path.Combine(_packages, "sprache")), Is.True, "Sprache came from the default source into the empty cache");
        string config = File.ReadAllText(Path.Combine(_home, ".nuget", "NuGet", "NuGet.Config"));
        Assert.That(config, Does.Contain("unresolutions-local").And.Contain("nuget.org"), "the feed is added to the sources, nuget.org kept");

        Result build = Run(DotnetHost(), _project, "build", "-c", "Release", "--disable-build-servers", "-p:UseSharedCompilation=false");
        Assert.That(build.ExitCode, Is.EqualTo(0), build.ToString());
        Result run = Run(DotnetHost(), _project, Path.Combine(_project, "bin", "Release", "net10.0", "Consumer.dll"), _sample);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo($"71/242: {Title}"));
        Assert.That(lines[^1], Does.StartWith($"{{\"schemaVersion\":\"{UnResolutions.Model.ResolutionModel.SchemaVersion}\",\"symbol\":\"A/RES/71/242\""));
    }

    [Test]
    public void The_tool_from_the_feed_installs_and_runs()
    {
        Assert.That(_readme[2].Output.Split('\n').Select(l => l.Trim()), Does.Contain(Version), "the README's `unres --version`");
        string unres = Path.Combine(_home, ".dotnet", "tools", OperatingSystem.IsWindows() ? "unres.exe" : "unres");
        Assert.That(File.Exists(unres), Is.True, _readme[2].ToString());

        Result parse = Run(unres, _root, "parse", _sample);
        Assert.That(parse.ExitCode, Is.EqualTo(0), parse.ToString());
        Assert.That(parse.Output, Does.Contain("Recital"));

        Result convert = Run(unres, _root, "convert", _sample, "--out", "-", "--quiet");
        Assert.That(convert.ExitCode, Is.EqualTo(0), convert.ToString());
        Assert.That(convert.Output, Does.Contain($"\"title\":\"{Title}\""));

        // The installed command is this platform's native package, not the fallback.
        string target = new FileInfo(unres).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? unres;
        Assert.That(target.Replace('\\', '/'), Does.Contain($"/unresolutions.tool.{Rid}/{Version}/tools/any/{Rid}/{Executable}"));

        // The fallback package, run by dotnet, writes the same bytes as the native command.
        string fallback = Path.Combine(_root, "fallback");
        ZipFile.ExtractToDirectory(Path.Combine(_feed, $"UnResolutions.Tool.any.{Version}.nupkg"), fallback);
        Result framework = Run(DotnetHost(), _root, Path.Combine(fallback, "tools", "net10.0", "any", "unres.dll"), "convert", _sample, "--out", "-", "--quiet");
        Assert.That(framework.ExitCode, Is.EqualTo(0), framework.ToString());
        Assert.That(framework.Output, Is.EqualTo(convert.Output));
    }
}
