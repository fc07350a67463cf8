using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

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
/// (Microsoft.Extensions.FileSystemGlobbing); <c>-</c> is standard input. The files of one folder or pattern are
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
    /// (kept as written, so a relative pattern gives relative paths); the rest is matched by FileSystemGlobbing.
    /// </summary>
    private static List<string> FromPattern(string pattern)
    {
        string[] segments = pattern.Split(OperatingSystem.IsWindows() ? ['/', '\\'] : ['/']);
        int first = Array.FindIndex(segments, s => IsPattern(s));
        string prefix = string.Join('/', segments[..first]);
        string rest = string.Join('/', segments[first..]);
        string root = first == 0 ? "." : first == 1 && prefix.Length == 0 ? "/" : prefix;
        if (!Directory.Exists(root)) { return []; }

        // FileSystemGlobbing knows * and ** but not ?, which it takes literally: it searches with each ? as *, and
        // the names it finds are then held to the pattern, ? as exactly one character.
        var matcher = new Matcher(PathComparison);
        matcher.AddInclude(rest.Replace('?', '*'));
        PatternMatchingResult result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root)));
        string[] patternSegments = rest.Split('/');
        return result.Files
            .Where(f => rest.IndexOf('?') < 0 || SegmentsMatch(patternSegments, f.Path.Split('/')))
            .Select(f => first == 0 ? f.Path : root == "/" ? "/" + f.Path : prefix + "/" + f.Path)
            .Select(p => OperatingSystem.IsWindows() ? p.Replace('/', Path.DirectorySeparatorChar) : p)
            .ToList();
    }

    /// <summary>Whether the path's segments match the pattern's: <c>**</c> is any number of folders, <c>*</c> and <c>?</c> work within a name.</summary>
    private static bool SegmentsMatch(ReadOnlySpan<string> pattern, ReadOnlySpan<string> path)
    {
        if (pattern.IsEmpty) { return path.IsEmpty; }
        if (pattern[0] == "**")
        {
            for (int skip = 0; skip <= path.Length; skip++)
            {
                if (SegmentsMatch(pattern[1..], path[skip..])) { return true; }
            }
            return false;
        }
        return !path.IsEmpty
            && System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(pattern[0], path[0], ignoreCase: OperatingSystem.IsWindows())
            && SegmentsMatch(pattern[1..], path[1..]);
    }

    private static long Length(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
    }
}
