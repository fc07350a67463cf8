namespace UnResolutions.Cli;

/// <summary>The exit codes of <c>unres</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Every file was read and parsed (diagnostics do not change this).</summary>
    public const int Success = 0;

    /// <summary>A file could not be read.</summary>
    public const int FileError = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}
