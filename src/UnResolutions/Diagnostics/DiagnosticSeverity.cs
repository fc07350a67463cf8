namespace UnResolutions.Diagnostics;

/// <summary>How much a diagnostic matters.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing; the tree is as good as the input allows.</summary>
    Info,
    /// <summary>Part of the input did not fit the format; the tree keeps it, but may not mean what the author meant.</summary>
    Warning,
    /// <summary>The input is not a resolution, or lacks what makes one; a user must act.</summary>
    Error,
}
