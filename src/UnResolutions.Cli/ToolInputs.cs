using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Cli;

/// <summary>Reading the inputs and writing the output of the commands on the model (<c>cites</c>, <c>mandates</c>).</summary>
internal static class ToolInputs
{
    /// <summary>The resolutions of one input, each with its <c>source</c>; null (reported on <paramref name="errors"/>) when it cannot be read.</summary>
    public static IReadOnlyList<ResolutionDocument>? ReadDocuments(InputFile input, TextWriter errors)
    {
        if (input.Error != null) { errors.WriteLine($"{input.Path}: error: {input.Error}"); return null; }
        byte[] bytes;
        try
        {
            bytes = input.ReadAllBytes();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.WriteLine($"{input.Path}: error: cannot read the file: {e.Message}");
            return null;
        }
        return ResolutionModel.FromTree(ResolutionSyntaxTree.ParseBytes(bytes)).Select(d => d with { Source = input.Path }).ToList();
    }

    /// <summary>
    /// Writes the output to standard output (<c>-</c>) or to a file that appears only once complete (written beside it
    /// under a temporary name, then moved), so that a failed run never leaves a half file nor damages an old one.
    /// </summary>
    public static int WriteOutput(string outPath, TextWriter stdout, TextWriter errors, Action<TextWriter> write, int exit)
    {
        if (outPath == InputFile.StdinName)
        {
            try { write(stdout); stdout.Flush(); return exit; }
            catch (IOException e) { return CommonOptions.CannotWriteOutput(errors, e); }
        }
        string full = Path.GetFullPath(outPath);
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                write(writer);
            }
            File.Move(temporary, full, overwrite: true);
            return exit;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temporary); } catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }   // nothing more to do
            errors.WriteLine($"unres: error: cannot write {outPath}: {e.Message}");
            return ExitCodes.FileError;
        }
    }
}
