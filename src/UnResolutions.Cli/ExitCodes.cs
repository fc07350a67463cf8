namespace UnResolutions.Cli;

/// <summary>The exit codes of <c>unres</c> (see docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Every file was read and parsed or converted (diagnostics do not change this, except for <c>check</c>).</summary>
    public const int Success = 0;

    /// <summary>A file could not be read (or converted, or written); for <c>check</c>, a file has an error.</summary>
    public const int FileError = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted (Ctrl-C, SIGINT or SIGTERM) before the end; <c>convert</c> then leaves no output file.</summary>
    public const int Interrupted = 130;
}
