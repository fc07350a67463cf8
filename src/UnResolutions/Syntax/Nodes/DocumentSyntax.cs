namespace UnResolutions.Syntax;

// The children, With… and Update are generated from Syntax.xml (Generated/Nodes.g.cs); here, the computed values.
public sealed partial class DocumentSyntax
{
    /// <summary>The first resolution, or <see langword="null"/> when none was found.</summary>
    public ResolutionSyntax? Resolution => Resolutions.Count > 0 ? Resolutions[0] : null;
}
