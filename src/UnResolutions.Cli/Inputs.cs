using DotNet.Globbing;

namespace UnResolutions.Cli;

/// <summary>One input of <c>convert</c> or <c>check</c> after expansion: a file, standard input, or an input that gave no file.</summary>
/// <param name="Path">The path as it will be shown and written to <c>source</c> (<c>-</c> for standard input).</param>
/// <param name="Length">The size in bytes when known at expansion (0 otherwise); used for the progress bar.</param>
/// <param name="Error">Why the input gave no file (a pattern that matches nothing, an empty folder), or <see langword="null"/>.</param>
internal sealed record InputFile(string Path, long Length = 0, string? Error = null)
{
    /// <summary>The name that stands for standard input.</summary>
    public const string StdinName = "-";

    public bool IsStdin => Path == StdinName && Error is null;

    /// <summary>Reads the whole input: the file, or standard input.</summary>
    public byte[] ReadAllBytes()
    {
        if (Error is not null) { throw new IOException(Error); }
        if (!IsStdin) { return File.ReadAllBytes(Path); }
        using Stream stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>
/// Expands the inputs of <c>convert</c> and <c>check</c>, in the order given: a file is itself; a folder gives its
/// <c>*.txt</c> files, recursively; a pattern with <c>*</c>, <c>?</c> or <c>**</c> gives the files it matches
/// (DotNet.Glob); <c>-</c> is standard input. The files of one folder or pattern are
/// sorted ordinally by path, so the order never depends on the file system.
/// </summary>
internal static class Inputs
{
    private static readonly StringComparison PathComparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static List<InputFile> Expand(IEnumerable<string> inputs)
    {
        var files = new List<InputFile>();
        foreach (string input in inputs)
        {
            if (input == InputFile.StdinName) { files.Add(new InputFile(InputFile.StdinName)); }
            else if (File.Exists(input)) { files.Add(new InputFile(input, Length(input))); }
            else if (Directory.Exists(input)) { AddRange(files, input, FromDirectory(input), "the folder holds no .txt file"); }
            else if (IsPattern(input)) { AddRange(files, input, FromPattern(input), "no file matches the pattern"); }
            else { files.Add(new InputFile(input)); }   // missing: reading it reports why
        }
        return files;
    }

    private static void AddRange(List<InputFile> files, string input, List<string> found, string whenEmpty)
    {
        if (found.Count == 0) { files.Add(new InputFile(input, Error: whenEmpty)); return; }
        found.Sort(string.CompareOrdinal);
        files.AddRange(found.Select(path => new InputFile(path, Length(path))));
    }

    /// <summary>
    /// The input that is the file at <paramref name="path"/>, however either is spelled (relative or absolute,
    /// <c>./</c>, <c>..</c>, a symbolic link), or <see langword="null"/>.
    /// </summary>
    public static InputFile? FindSameFile(List<InputFile> files, string path)
    {
        string target = Canonical(path);
        foreach (InputFile file in files)
        {
            if (file.Error is null && !file.IsStdin && string.Equals(Canonical(file.Path), target, PathComparison)) { return file; }
        }
        return null;
    }

    /// <summary>The full path, through a symbolic link to its final target when the file is one.</summary>
    private static string Canonical(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            FileSystemInfo? target = File.ResolveLinkTarget(full, returnFinalTarget: true);
            return target is null ? full : Path.GetFullPath(target.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }

    public static bool IsPattern(string input) => input.AsSpan().IndexOfAny('*', '?') >= 0;

    private static List<string> FromDirectory(string directory)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MatchType = MatchType.Simple,
            MatchCasing = MatchCasing.CaseInsensitive,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        return Directory.EnumerateFiles(directory, "*.txt", options).ToList();
    }

    /// <summary>
    /// The files a pattern matches. The part before the first segment with a wildcard is the folder to search
    /// (kept as written, so a relative pattern gives relative paths); the rest is matched by DotNet.Glob against each
    /// file's path under that folder (<c>*</c> and <c>?</c> within a name, <c>**</c> any depth of folders).
    /// Microsoft.Extensions.FileSystemGlobbing, used before, takes <c>?</c> literally, so a hand-written matcher
    /// made up for it; one library now does all of it.
    /// </summary>
    private static List<string> FromPattern(string pattern)
    {
        string[] segments = pattern.Split(OperatingSystem.IsWindows() ? ['/', '\\'] : ['/']);
        int first = Array.FindIndex(segments, s => IsPattern(s));
        string prefix = string.Join('/', segments[..first]);
        string rest = string.Join('/', segments[first..]);
        string root = first == 0 ? "." : first == 1 && prefix.Length == 0 ? "/" : prefix;
        if (!Directory.Exists(root)) { return []; }

        var glob = Glob.Parse(rest, new GlobOptions { Evaluation = { CaseInsensitive = OperatingSystem.IsWindows() } });
        // Without **, no deeper than the pattern's own folders.
        int depth = Array.IndexOf(segments, "**", first) >= 0 ? int.MaxValue : segments.Length - first - 1;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = depth > 0,
            MaxRecursionDepth = depth,
            IgnoreInaccessible = true,
            AttributesToSkip = 0,
        };
        var found = new List<string>();
        foreach (string file in Directory.EnumerateFiles(root, "*", options))
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!glob.IsMatch(relative)) { continue; }
            string path = first == 0 ? relative : root == "/" ? "/" + relative : prefix + "/" + relative;
            found.Add(OperatingSystem.IsWindows() ? path.Replace('/', Path.DirectorySeparatorChar) : path);
        }
        return found;
    }

    private static long Length(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
    }
}
