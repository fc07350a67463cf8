using System.Buffers;
using System.Text;
using System.Xml;

namespace UnResolutions.Akn;

/// <summary>
/// Where the writer's elements go: the caller's <see cref="XmlWriter"/>, or, for a stream or a string, a direct UTF-8
/// writer that does the same job several times faster (no namespace bookkeeping, no per-call state checks; the writer
/// only ever writes well-formed XML in the one namespace). Every element is in the AKN namespace.
/// </summary>
internal abstract class AknOutput
{
    public abstract void Start(string name);

    public abstract void Attribute(string name, string value);

    /// <summary>Text (already free of characters XML cannot hold: <see cref="AknText.XmlSafe"/>).</summary>
    public abstract void Text(string text, int start, int length);

    public void Text(string text) => Text(text, 0, text.Length);

    /// <summary>
    /// Marks the open element as mixed content (text with inline elements): nothing is indented inside it, so that its
    /// text is exactly what is written.
    /// </summary>
    public abstract void Mixed();

    public abstract void End();
}

/// <summary>The caller's <see cref="XmlWriter"/>.</summary>
internal sealed class XmlWriterOutput(XmlWriter xml) : AknOutput
{
    public override void Start(string name) => xml.WriteStartElement(name, AknWriter.Namespace);

    public override void Attribute(string name, string value) => xml.WriteAttributeString(name, value);

    public override void Text(string text, int start, int length)
    {
        if (length > 0) { xml.WriteString(start == 0 && length == text.Length ? text : text.Substring(start, length)); }
    }

    // An empty string puts the indenting writer in mixed-content mode.
    public override void Mixed() => xml.WriteString(string.Empty);

    public override void End() => xml.WriteEndElement();
}

/// <summary>
/// UTF-8 XML straight into a buffer, indented by two spaces as <see cref="XmlWriter"/> indents (none inside mixed
/// content), empty elements as <c>&lt;x /&gt;</c>.
/// </summary>
internal sealed class Utf8Output : AknOutput
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\r");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"\t\n\r");

    private readonly IBufferWriter<byte> _buffer;
    private readonly Stack<string> _open = new();
    /// <summary>The depth at which mixed content began, or -1.</summary>
    private int _mixedDepth = -1;
    /// <summary>The last start tag is still open (<c>&lt;x</c> written, attributes may follow).</summary>
    private bool _tagOpen;
    /// <summary>The open element has had a child element (its end tag then goes on a line of its own).</summary>
    private bool _hadChild;
    /// <summary>A declaration was written: the root element goes on the next line.</summary>
    private readonly bool _declaration;

    public Utf8Output(IBufferWriter<byte> buffer, bool declaration)
    {
        _buffer = buffer;
        _declaration = declaration;
        if (declaration) { Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>"); }
    }

    private bool InMixed => _mixedDepth >= 0;

    public override void Start(string name)
    {
        CloseTag();
        if (!InMixed && (_open.Count > 0 || _declaration)) { NewLine(_open.Count); }
        Raw("<");
        Raw(name);
        if (_open.Count == 0) { Raw(" xmlns=\"" + AknWriter.Namespace + "\""); }
        _open.Push(name);
        _tagOpen = true;
        _hadChild = false;
    }

    public override void Attribute(string name, string value)
    {
        Raw(" ");
        Raw(name);
        Raw("=\"");
        Escaped(value, 0, value.Length, AttributeSpecials);
        Raw("\"");
    }

    public override void Text(string text, int start, int length)
    {
        if (length <= 0) { return; }
        CloseTag();
        if (!InMixed) { _mixedDepth = _open.Count; }
        Escaped(text, start, length, TextSpecials);
    }

    public override void Mixed()
    {
        CloseTag();
        if (!InMixed) { _mixedDepth = _open.Count; }
    }

    public override void End()
    {
        string name = _open.Pop();
        if (_tagOpen)
        {
            Raw(" />");
            _tagOpen = false;
        }
        else
        {
            if (!InMixed && _hadChild) { NewLine(_open.Count); }
            Raw("</");
            Raw(name);
            Raw(">");
        }
        if (_mixedDepth > _open.Count) { _mixedDepth = -1; }
        _hadChild = true;
    }

    private void CloseTag()
    {
        if (!_tagOpen) { return; }
        Raw(">");
        _tagOpen = false;
    }

    private void NewLine(int depth)
    {
        Span<byte> span = _buffer.GetSpan(1 + 2 * depth);
        span[0] = (byte)'\n';
        span.Slice(1, 2 * depth).Fill((byte)' ');
        _buffer.Advance(1 + 2 * depth);
    }

    private void Escaped(string text, int start, int length, SearchValues<char> specials)
    {
        ReadOnlySpan<char> rest = text.AsSpan(start, length);
        while (!rest.IsEmpty)
        {
            int k = rest.IndexOfAny(specials);
            if (k < 0)
            {
                Raw(rest);
                return;
            }
            Raw(rest[..k]);
            Raw(rest[k] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\t' => "&#x9;",
                '\n' => "&#xA;",
                _ => "&#xD;",
            });
            rest = rest[(k + 1)..];
        }
    }

    private void Raw(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) { return; }
        if (text.Length <= 16)
        {
            // PERF: tags, names and short attribute values are ASCII: copied byte by byte, no encoder call.
            Span<byte> small = _buffer.GetSpan(text.Length * 3);
            int n = 0;
            for (; n < text.Length && text[n] < 0x80; n++) { small[n] = (byte)text[n]; }
            if (n == text.Length)
            {
                _buffer.Advance(n);
                return;
            }
        }
        // PERF: one call per run; the buffer grows to the UTF-8 bound of the run (3 bytes per char at most).
        Span<byte> span = _buffer.GetSpan(text.Length * 3);
        _buffer.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over a stream through one pooled buffer, written to the stream each time it fills:
/// a document of any size costs one buffer, not a copy of the whole output.
/// </summary>
internal sealed class StreamBufferWriter(Stream stream) : IBufferWriter<byte>, IDisposable
{
    private const int ChunkSize = 1 << 16;
    private byte[] _chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
    private int _used;

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_chunk.Length - _used < sizeHint)
        {
            Flush();
            if (_chunk.Length < sizeHint)
            {
                ArrayPool<byte>.Shared.Return(_chunk);
                _chunk = ArrayPool<byte>.Shared.Rent(sizeHint);
            }
        }
        return _chunk.AsSpan(_used);
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        _ = GetSpan(sizeHint);
        return _chunk.AsMemory(_used);
    }

    public void Advance(int count) => _used += count;

    /// <summary>Writes what the buffer holds to the stream.</summary>
    public void Flush()
    {
        if (_used == 0) { return; }
        stream.Write(_chunk, 0, _used);
        _used = 0;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_chunk);
        _chunk = [];
    }
}
