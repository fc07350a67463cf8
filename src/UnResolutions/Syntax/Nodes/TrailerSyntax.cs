namespace UnResolutions.Syntax;

// The children, With… and Update are generated from Syntax.xml (Generated/Nodes.g.cs); here, the computed values.
public sealed partial class TrailerSyntax
{
    /// <summary>The ODS job number (<c>N1646151E</c>).</summary>
    public string? JobNumber => OdsField("JOB NO");

    /// <summary>The document symbols of the ODS fields (<c>A/RES/71/242</c>); empty ones are left out.</summary>
    public IReadOnlyList<string> Symbols =>
        Lines.Where(l => l.Kind == SyntaxKind.OdsField && l.FieldName.StartsWith("DOC SYMBOL", StringComparison.Ordinal))
             .Select(l => l.Value).OfType<string>().ToList();

    /// <summary>The symbol in the masthead (<c>A/RES/71/242</c>).</summary>
    public string? MastheadSymbol => Line(SyntaxKind.Masthead)?.TokenOfKind(SyntaxKind.DocumentSymbolToken).Text;

    /// <summary>The distribution of the masthead (<c>General</c>).</summary>
    public string? Distribution => Line(SyntaxKind.Masthead)?.Tokens.LastOrDefault(t => t.Kind == SyntaxKind.FieldValueToken).Text;

    /// <summary>The issue date of the masthead (not the adoption date).</summary>
    public DateOnly? IssueDate => Line(SyntaxKind.IssueLine) is { } line ? TokenLineSyntax.ParseDate(line.TokenOfKind(SyntaxKind.DateToken)) : null;

    /// <summary>The session in words (<c>Seventy-first session</c>).</summary>
    public string? SessionName => Line(SyntaxKind.IssueLine)?.Value;

    /// <summary>The agenda item (<c>23 (b)</c>).</summary>
    public string? AgendaItem => Line(SyntaxKind.AgendaItemLine)?.Value;

    /// <summary>The docket number (<c>16-22825 (E)</c>).</summary>
    public string? Docket => Line(SyntaxKind.DocketLine)?.Value;

    /// <summary>The barcode (<c>*1622825*</c>).</summary>
    public string? Barcode => Line(SyntaxKind.BarcodeLine)?.Value;

    /// <summary>The running heads, as written.</summary>
    public IEnumerable<TrailerLineSyntax> RunningHeads => Lines.Where(l => l.Kind == SyntaxKind.RunningHead);

    private TrailerLineSyntax? Line(SyntaxKind kind) => Lines.FirstOrDefault(l => l.Kind == kind);

    private string? OdsField(string name) => Lines.FirstOrDefault(l => l.Kind == SyntaxKind.OdsField && l.FieldName == name)?.Value;
}

public sealed partial class TrailerLineSyntax
{
    /// <summary>The main value of the line (the first field-value token), trimmed; <see langword="null"/> when empty.</summary>
    public string? Value
    {
        get
        {
            string text = FindToken(SyntaxKind.FieldValueToken).Text.Trim();
            return text.Length == 0 ? null : text;
        }
    }

    /// <summary>For an ODS field, its name (<c>JOB NO</c>, <c>DOC SYMBOL1</c>); otherwise empty.</summary>
    public string FieldName
    {
        get
        {
            // The delimiter is "<<ODS " + the name + ">>".
            const string Open = "<<ODS ", Close = ">>";
            string delimiter = FindToken(SyntaxKind.OdsFieldDelimiterToken).Text;
            return delimiter.Length > Open.Length + Close.Length ? delimiter[Open.Length..^Close.Length].Trim() : string.Empty;
        }
    }
}
