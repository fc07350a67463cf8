using System.Buffers;
using System.Text;
using System.Text.Json;
using UnResolutions.Diagnostics;
using UnResolutions.Syntax;
using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Json;

/// <summary>
/// The lossless syntax tree as JSON, for tools: every node (with its child slots, <c>null</c> for an absent
/// optional child, lists as nodes of kind <c>List</c>), every token and every trivia, each with its kind and
/// span (<c>start</c>, <c>length</c>: the full span, trivia included), tokens and trivia with their text, and
/// the diagnostics each carries. <see cref="Read"/> turns it back into a tree whose full text is the original.
/// A node's text is the concatenation of its tokens' and trivia's texts, so it is not repeated.
/// </summary>
public static class SyntaxJson
{
    /// <summary>
    /// Writes the tree rooted at <paramref name="root"/> to <paramref name="writer"/>; with <paramref name="source"/>,
    /// the root object starts with a <c>source</c> member (the CLI writes the path there). A writer made with
    /// <see cref="JsonOutput.WriterOptions"/> writes the text unescaped, as <see cref="Serialize"/> does.
    /// </summary>
    public static void Write(SyntaxNode root, Utf8JsonWriter writer, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(writer);
        WriteNode(root.Green, root.Position, writer, source);
        writer.Flush();
    }

    /// <summary>The tree rooted at <paramref name="root"/> as a JSON string.</summary>
    public static string Serialize(SyntaxNode root, bool indent = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOutput.WriterOptions(indent)))
        {
            Write(root, writer);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads JSON written by <see cref="Write"/> back into a tree.</summary>
    /// <exception cref="JsonException">The JSON is not a syntax tree of this format.</exception>
    public static ResolutionSyntaxTree Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using JsonDocument document = JsonDocument.Parse(json);
        GreenNode green = ReadElement(document.RootElement);
        if (green.Kind != SyntaxKind.Document) { throw new JsonException($"The root is a {green.Kind}, not a Document."); }
        return ResolutionSyntaxTree.FromGreen(green);
    }

    private static void WriteNode(GreenNode node, int position, Utf8JsonWriter writer, string? source = null)
    {
        writer.WriteStartObject();
        if (source != null) { writer.WriteString("source", source); }
        writer.WriteString("kind", node.Kind.ToString());
        writer.WriteNumber("start", position);
        writer.WriteNumber("length", node.FullWidth);
        WriteDiagnostics(node, writer);
        switch (node)
        {
            case GreenToken token:
                WriteText(writer, "text", token.TextSpan);
                WriteTrivia("leading", token.LeadingTrivia, position, writer);
                WriteTrivia("trailing", token.TrailingTrivia, position + token.LeadingTriviaWidth + token.TextLength, writer);
                break;
            default:
                writer.WriteStartArray("slots");
                int p = position;
                for (int i = 0; i < node.SlotCount; i++)
                {
                    GreenNode? child = node.GetSlot(i);
                    if (child == null) { writer.WriteNullValue(); continue; }
                    WriteNode(child, p, writer);
                    p += child.FullWidth;
                }
                writer.WriteEndArray();
                break;
        }
        writer.WriteEndObject();
    }

    private static void WriteTrivia(string name, GreenTrivia[] trivia, int position, Utf8JsonWriter writer)
    {
        writer.WriteStartArray(name);
        foreach (GreenTrivia t in trivia)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", t.Kind.ToString());
            writer.WriteNumber("start", position);
            writer.WriteNumber("length", t.FullWidth);
            WriteText(writer, "text", t.Text);
            WriteDiagnostics(t, writer);
            writer.WriteEndObject();
            position += t.FullWidth;
        }
        writer.WriteEndArray();
    }

    private static void WriteDiagnostics(GreenNode node, Utf8JsonWriter writer)
    {
        if (node.Diagnostics.Length == 0) { return; }
        writer.WriteStartArray("diagnostics");
        foreach (DiagnosticInfo d in node.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("code", d.Descriptor.Code);
            WriteText(writer, "message", d.Message);
            writer.WriteNumber("offset", d.Offset);
            writer.WriteNumber("length", d.Length);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes <paramref name="text"/> as the string member <paramref name="name"/>. JSON text is UTF-8, which cannot
    /// hold a lone surrogate (a UTF-16 code unit without its pair, which a string given to the API may have): the
    /// writer puts U+FFFD in its place, so each one is also written in a member <c>NAMESurrogates</c>, a list of
    /// <c>[index, codeUnit]</c> pairs (the index in UTF-16 code units), which <see cref="Read"/> puts back.
    /// </summary>
    private static void WriteText(Utf8JsonWriter writer, string name, ReadOnlySpan<char> text)
    {
        writer.WriteString(name, text);
        // PERF: one vectorized search; almost every text has no surrogate at all.
        int k = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (k < 0) { return; }
        bool any = false;
        for (; k < text.Length; k++)
        {
            char c = text[k];
            if (!char.IsSurrogate(c)) { continue; }
            if (char.IsHighSurrogate(c) && k + 1 < text.Length && char.IsLowSurrogate(text[k + 1])) { k++; continue; }
            if (!any) { writer.WriteStartArray(name + SurrogatesSuffix); any = true; }
            writer.WriteStartArray();
            writer.WriteNumberValue(k);
            writer.WriteNumberValue((int)c);
            writer.WriteEndArray();
        }
        if (any) { writer.WriteEndArray(); }
    }

    private const string SurrogatesSuffix = "Surrogates";

    /// <summary>Reads the string member <paramref name="name"/> with the lone surrogates <see cref="WriteText"/> set aside.</summary>
    private static string ReadText(JsonElement element, string name)
    {
        string text = element.GetProperty(name).GetString() ?? string.Empty;
        if (!element.TryGetProperty(name + SurrogatesSuffix, out JsonElement surrogates)) { return text; }
        char[] chars = text.ToCharArray();
        foreach (JsonElement pair in surrogates.EnumerateArray())
        {
            int index = pair[0].GetInt32();
            int unit = pair[1].GetInt32();
            if ((uint)index >= (uint)chars.Length || chars[index] != '\uFFFD' || unit is < 0xD800 or > 0xDFFF)
            {
                throw new JsonException($"'{name}{SurrogatesSuffix}' names no U+FFFD of '{name}' at {index}, or {unit} is no surrogate.");
            }
            chars[index] = (char)unit;
        }
        return new string(chars);
    }

    // The reader recurses once per level of the JSON; JsonDocument refuses input nested deeper than 64.
    private static GreenNode ReadElement(JsonElement element)
    {
        SyntaxKind kind = ReadKind(element);
        DiagnosticInfo[]? diagnostics = ReadDiagnostics(element);
        if (SyntaxFacts.IsToken(kind))
        {
            string text = ReadText(element, "text");
            return GreenToken.Create(kind, text, ReadTrivia(element, "leading"), ReadTrivia(element, "trailing"), diagnostics);
        }
        if (!SyntaxFacts.IsNode(kind)) { throw new JsonException($"'{kind}' is trivia, not a node or a token."); }
        var slots = new List<GreenNode?>();
        foreach (JsonElement slot in element.GetProperty("slots").EnumerateArray())
        {
            slots.Add(slot.ValueKind == JsonValueKind.Null ? null : ReadElement(slot));
        }
        return GreenInnerNode.Create(kind, slots.ToArray(), diagnostics);
    }

    private static GreenTrivia[] ReadTrivia(JsonElement token, string name)
    {
        if (!token.TryGetProperty(name, out JsonElement array)) { return GreenToken.NoTrivia; }
        var trivia = new List<GreenTrivia>();
        foreach (JsonElement t in array.EnumerateArray())
        {
            SyntaxKind kind = ReadKind(t);
            if (!SyntaxFacts.IsTrivia(kind)) { throw new JsonException($"'{kind}' is not a trivia kind."); }
            string text = ReadText(t, "text");
            trivia.Add(new GreenTrivia(kind, text, 0, text.Length, ReadDiagnostics(t)));
        }
        return trivia.ToArray();
    }

    private static SyntaxKind ReadKind(JsonElement element) =>
        Enum.TryParse(element.GetProperty("kind").GetString(), out SyntaxKind kind) && Enum.IsDefined(kind)
            ? kind
            : throw new JsonException($"Unknown kind '{element.GetProperty("kind").GetString()}'.");

    private static DiagnosticInfo[]? ReadDiagnostics(JsonElement element)
    {
        if (!element.TryGetProperty("diagnostics", out JsonElement array)) { return null; }
        var result = new List<DiagnosticInfo>();
        foreach (JsonElement d in array.EnumerateArray())
        {
            string code = d.GetProperty("code").GetString() ?? string.Empty;
            DiagnosticDescriptor descriptor = DiagnosticDescriptors.All.FirstOrDefault(x => x.Code == code)
                ?? throw new JsonException($"Unknown diagnostic code '{code}'.");
            result.Add(new DiagnosticInfo(descriptor, ReadText(d, "message"), d.GetProperty("offset").GetInt32(), d.GetProperty("length").GetInt32()));
        }
        return result.ToArray();
    }
}
