namespace UnResolutions.Diagnostics;

/// <summary>
/// A diagnostic as stored in the green tree: relative to the start of the green node that carries it,
/// so that it moves with the node when trees are edited (Roslyn does the same).
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, string Message, int Offset, int Length);
