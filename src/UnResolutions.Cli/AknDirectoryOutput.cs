using System.Globalization;
using System.Security.Cryptography;

namespace UnResolutions.Cli;

/// <summary>
/// The output of <c>unres convert --format akn --out DIR</c>: one file per resolution, <c>DIR/&lt;stem&gt;.xml</c> for an
/// input's first (or only) resolution and <c>DIR/&lt;stem&gt;-2.xml</c>, <c>-3</c> … for the next ones. Each is written to a
/// temporary file in DIR (<c>.&lt;name&gt;.tmp-PID-XXXXXXXX</c>) as it comes; <see cref="Commit"/> renames them all at the end and
/// <see cref="Discard"/> deletes them, so that, as with JSON Lines, an interrupted or failed run leaves no output.
/// </summary>
internal sealed class AknDirectoryOutput
{
    private readonly string _directory;
    private readonly List<(string Temporary, string Final)> _pending = [];
    private bool _committed;

    private AknDirectoryOutput(string directory) => _directory = directory;

    /// <summary>Opens (creates) the directory.</summary>
    /// <exception cref="IOException">It cannot be created, or it is a file.</exception>
    public static AknDirectoryOutput Open(string directory)
    {
        if (File.Exists(directory)) { throw new IOException($"{directory} is a file; --format akn writes one file per resolution into a directory."); }
        Directory.CreateDirectory(directory);
        return new AknDirectoryOutput(Path.GetFullPath(directory));
    }

    /// <summary>The file stem of an input: its name without extension (<c>stdin</c> for standard input).</summary>
    public static string StemOf(InputFile input) => input.IsStdin ? "stdin" : Path.GetFileNameWithoutExtension(input.Path);

    /// <summary>The path the <paramref name="index"/>-th (0-based) resolution of an input is written to.</summary>
    public static string PathOf(string directory, string stem, int index) =>
        Path.Combine(directory, index == 0 ? stem + ".xml" : stem + "-" + (index + 1).ToString(CultureInfo.InvariantCulture) + ".xml");

    /// <summary>
    /// The paths the inputs will be written to that are already taken: an input itself (it would be overwritten) or two
    /// inputs of the same stem (the second would replace the first). One line each; empty when none.
    /// </summary>
    public static List<string> Conflicts(List<InputFile> inputs, string directory)
    {
        var conflicts = new List<string>();
        var stems = new Dictionary<string, string>(OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (InputFile input in inputs)
        {
            if (input.Error != null) { continue; }
            string stem = StemOf(input);
            if (stems.TryGetValue(stem, out string? first)) { conflicts.Add($"{first} and {input.Path} would both be written to {PathOf(directory, stem, 0)}"); }
            else { stems[stem] = input.Path; }
            if (Inputs.FindSameFile(inputs, PathOf(directory, stem, 0)) is InputFile same) { conflicts.Add($"{PathOf(directory, stem, 0)} is one of the inputs ({same.Path}); it would be overwritten"); }
        }
        return conflicts;
    }

    /// <summary>Writes the documents of one input to temporary files, renamed by <see cref="Commit"/>.</summary>
    public void Add(InputFile input, IReadOnlyList<byte[]> documents)
    {
        string stem = StemOf(input);
        for (int i = 0; i < documents.Count; i++)
        {
            string final = PathOf(_directory, stem, i);
            string temporary = Path.Combine(_directory, "." + Path.GetFileName(final) + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-"
                + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)));
            _pending.Add((temporary, final));
            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            stream.Write(documents[i]);
        }
    }

    /// <summary>Renames every temporary file to its path (replacing an older output).</summary>
    public void Commit()
    {
        foreach ((string temporary, string final) in _pending) { File.Move(temporary, final, overwrite: true); }
        _committed = true;
    }

    /// <summary>Deletes the temporary files, unless committed.</summary>
    public void Discard()
    {
        if (_committed) { return; }
        foreach ((string temporary, _) in _pending)
        {
            try { File.Delete(temporary); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        _pending.Clear();
    }
}
