using UnResolutions.Diagnostics;
using UnResolutions.Parsing;
using UnResolutions.Text;

namespace UnResolutions.Syntax;

/// <summary>
/// The parsed form of one input text: a lossless syntax tree (<c>GetRoot().ToFullString()</c> equals the
/// input, byte for byte) and the diagnostics found while parsing. Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var tree = ResolutionSyntaxTree.ParseText(File.ReadAllText("A_RES_71_242.txt"));
/// ResolutionSyntax? resolution = tree.GetRoot().Resolution;
/// foreach (var diagnostic in tree.GetDiagnostics()) Console.WriteLine(diagnostic);
/// </code>
/// </example>
public sealed class ResolutionSyntaxTree
{
    private readonly SyntaxNode _root;

    private ResolutionSyntaxTree(SourceText text, SyntaxNode root, ParseOptions? options = null)
    {
        Text = text;
        Options = options ?? ParseOptions.Default;
        _root = root;
        root.AttachTree(this);
    }

    /// <summary>The options the tree was parsed with (<see cref="ParseOptions.Default"/> when none were given).</summary>
    public ParseOptions Options { get; }

    /// <summary>The text the tree was parsed from (or, for an edited tree, the text of its root).</summary>
    public SourceText Text { get; }

    /// <summary>
    /// Parses the raw ODS text of one or more resolutions. Never throws for any string: text that does not
    /// fit the format is kept as skipped text and reported in <see cref="GetDiagnostics"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ResolutionSyntaxTree ParseText(string text) => ParseText(text, null);

    /// <summary>
    /// Parses the raw ODS text of one or more resolutions with <paramref name="options"/> (the language to read it in).
    /// Never throws for any string.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ResolutionSyntaxTree ParseText(string text, ParseOptions? options)
    {
        ArgumentNullException.ThrowIfNull(text);
        SourceText source = SourceText.From(text);
        var green = ResolutionParser.Parse(source, null, options);
        return new ResolutionSyntaxTree(source, (DocumentSyntax)SyntaxNode.CreateRed(green, null, 0, 0), options);
    }

    /// <summary>
    /// Decodes the bytes of a file with <see cref="SourceDecoder"/> (UTF-8 with or without a byte-order mark, UTF-16
    /// with one) and parses the text. Other bytes are decoded as Windows-1252 and the tree carries an
    /// <c>UNR0004</c> diagnostic that names the problem. Never throws for any bytes.
    /// </summary>
    public static ResolutionSyntaxTree ParseBytes(ReadOnlySpan<byte> bytes) => ParseBytes(bytes, null);

    /// <summary>Decodes the bytes of a file as <see cref="ParseBytes(ReadOnlySpan{byte})"/> does and parses the text with <paramref name="options"/>.</summary>
    public static ResolutionSyntaxTree ParseBytes(ReadOnlySpan<byte> bytes, ParseOptions? options)
    {
        DecodedText decoded = SourceDecoder.Decode(bytes);
        SourceText source = SourceText.From(decoded.Text);
        var green = ResolutionParser.Parse(source, decoded.Problem, options);
        return new ResolutionSyntaxTree(source, (DocumentSyntax)SyntaxNode.CreateRed(green, null, 0, 0), options);
    }

    /// <summary>The root of the tree.</summary>
    /// <exception cref="InvalidOperationException">The tree belongs to a detached node that is not a document (see <see cref="GetRootNode"/>).</exception>
    public DocumentSyntax GetRoot() => _root as DocumentSyntax
        ?? throw new InvalidOperationException($"The root of this tree is a detached {_root.Kind} node; use GetRootNode().");

    /// <summary>The root node: a <see cref="DocumentSyntax"/> for parsed trees, any node for a detached, edited node.</summary>
    public SyntaxNode GetRootNode() => _root;

    /// <summary>All diagnostics, in document order.</summary>
    public IReadOnlyList<Diagnostic> GetDiagnostics() => _root.GetDiagnostics();

    /// <summary>The line and column span of <paramref name="span"/>.</summary>
    public LinePositionSpan GetLineSpan(TextSpan span) => Text.GetLinePositionSpan(span);

    /// <summary>A tree over an existing green root (read back from syntax JSON).</summary>
    internal static ResolutionSyntaxTree FromGreen(InternalSyntax.GreenNode green)
    {
        var root = SyntaxNode.CreateRed(green, null, 0, 0);
        return new ResolutionSyntaxTree(SourceText.From(root.ToFullString()), root);
    }

    internal static ResolutionSyntaxTree CreateForRoot(SyntaxNode root) => new(SourceText.From(root.ToFullString()), root);
}
