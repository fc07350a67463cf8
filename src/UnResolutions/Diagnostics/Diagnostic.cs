using UnResolutions.Text;

namespace UnResolutions.Diagnostics;

/// <summary>A problem found in the input, with a stable code, a severity, a message and a location.</summary>
public sealed class Diagnostic
{
    internal Diagnostic(DiagnosticDescriptor descriptor, string message, TextSpan span, LinePositionSpan lineSpan)
    {
        Descriptor = descriptor;
        Message = message;
        Span = span;
        LineSpan = lineSpan;
    }

    /// <summary>What kind of problem this is.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The stable code, such as <c>UNR0101</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The severity.</summary>
    public DiagnosticSeverity Severity => Descriptor.Severity;

    /// <summary>The message, in English.</summary>
    public string Message { get; }

    /// <summary>Where the problem is, in characters.</summary>
    public TextSpan Span { get; }

    /// <summary>Where the problem is, in lines and columns (0-based; <see cref="LinePosition.ToString"/> shows them 1-based).</summary>
    public LinePositionSpan LineSpan { get; }

    /// <summary>Formats the diagnostic compiler-style: <c>(line,col): warning UNR0101: message</c>.</summary>
    public override string ToString() => $"({LineSpan.Start}): {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
