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

    /// <summary>An attribute whose value is a range of characters (an eId, from its buffer).</summary>
    public abstract void Attribute(string name, ReadOnlySpan<char> value);

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

    public override void Attribute(string name, ReadOnlySpan<char> value) => xml.WriteAttributeString(name, value.ToString());

    public override void Text(string text, int start, int length)
    {
        if (length > 0) { xml.WriteString(start == 0 && length == text.Length ? text : text.Substring(start, length)); }
    }

    // An empty string puts the indenting writer in mixed-content mode.
    public override void Mixed() => xml.WriteString(string.Empty);

    public override void End() => xml.WriteEndElement();
}

/// <summary>
/// UTF-8 XML straight into a pooled buffer of its own, written to the stream each time it fills (and by
/// <see cref="Flush"/>), indented by two spaces as <see cref="XmlWriter"/> indents (none inside mixed content), empty
/// elements as <c>&lt;x /&gt;</c>. PERF: the bytes go into an array the class holds, with no interface call per write:
/// the writer makes many short writes (tags, names), whose cost was the buffer's dispatch more than the copy.
/// </summary>
internal sealed class Utf8Output : AknOutput, IDisposable
{
    private const int ChunkSize = 1 << 16;

    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\r");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"\t\n\r");

    private readonly Stream _stream;
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(ChunkSize);
    private int _position;
    /// <summary>The names of the open elements, UTF-8, back to back; <see cref="_nameEnds"/> ends each.</summary>
    private byte[] _names = new byte[256];
    private int[] _nameEnds = new int[32];
    /// <summary>How many elements are open.</summary>
    private int _depth;
    /// <summary>The depth at which mixed content began, or -1.</summary>
    private int _mixedDepth = -1;
    /// <summary>The last start tag is still open (<c>&lt;x</c> written, attributes may follow).</summary>
    private bool _tagOpen;
    /// <summary>The open element has had a child element (its end tag then goes on a line of its own).</summary>
    private bool _hadChild;
    /// <summary>A declaration was written: the root element goes on the next line.</summary>
    private readonly bool _declaration;

    public Utf8Output(Stream stream, bool declaration)
    {
        _stream = stream;
        _declaration = declaration;
        if (declaration) { Bytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8); }
    }

    private bool InMixed => _mixedDepth >= 0;

    public override void Start(string name)
    {
        CloseTag();
        if (!InMixed && (_depth > 0 || _declaration)) { NewLine(_depth); }
        Byte((byte)'<');
        Bytes(PushName(name));
        if (_depth == 1) { Bytes(NamespaceAttribute); }
        _tagOpen = true;
        _hadChild = false;
    }

    public override void Attribute(string name, string value) => Attribute(name, value.AsSpan());

    public override void Attribute(string name, ReadOnlySpan<char> value)
    {
        Byte((byte)' ');
        Raw(name);
        Bytes("=\""u8);
        Escaped(value, AttributeSpecials);
        Byte((byte)'"');
    }

    public override void Text(string text, int start, int length)
    {
        if (length <= 0) { return; }
        CloseTag();
        if (!InMixed) { _mixedDepth = _depth; }
        Escaped(text.AsSpan(start, length), TextSpecials);
    }

    public override void Mixed()
    {
        CloseTag();
        if (!InMixed) { _mixedDepth = _depth; }
    }

    public override void End()
    {
        ReadOnlySpan<byte> name = PopName();
        if (_tagOpen)
        {
            Bytes(" />"u8);
            _tagOpen = false;
        }
        else
        {
            if (!InMixed && _hadChild) { NewLine(_depth); }
            Bytes("</"u8);
            Bytes(name);
            Byte((byte)'>');
        }
        if (_mixedDepth > _depth) { _mixedDepth = -1; }
        _hadChild = true;
    }

    /// <summary>
    /// Opens an element: its name encoded once onto the stack of open names, whose bytes the start tag and the end tag
    /// then copy (PERF: no transcoding for the end tag).
    /// </summary>
    private ReadOnlySpan<byte> PushName(string name)
    {
        int start = _depth == 0 ? 0 : _nameEnds[_depth - 1];
        if (_names.Length - start < name.Length * 3) { Array.Resize(ref _names, Math.Max(_names.Length * 2, start + name.Length * 3)); }
        if (_depth == _nameEnds.Length) { Array.Resize(ref _nameEnds, _nameEnds.Length * 2); }
        int length = Encoding.UTF8.GetBytes(name, _names.AsSpan(start));
        _nameEnds[_depth++] = start + length;
        return _names.AsSpan(start, length);
    }

    /// <summary>Closes the innermost element: its encoded name (valid until the next <see cref="PushName"/>).</summary>
    private ReadOnlySpan<byte> PopName()
    {
        int end = _nameEnds[--_depth];
        int start = _depth == 0 ? 0 : _nameEnds[_depth - 1];
        return _names.AsSpan(start, end - start);
    }

    private void CloseTag()
    {
        if (!_tagOpen) { return; }
        Byte((byte)'>');
        _tagOpen = false;
    }

    private void NewLine(int depth)
    {
        Span<byte> span = Reserve(1 + 2 * depth);
        span[0] = (byte)'\n';
        span.Slice(1, 2 * depth).Fill((byte)' ');
        _position += 1 + 2 * depth;
    }

    /// <summary>Room for <paramref name="size"/> bytes at the position: the buffer written out first if it has not.</summary>
    private Span<byte> Reserve(int size)
    {
        if (_bytes.Length - _position < size)
        {
            Flush();
            if (_bytes.Length < size)
            {
                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = ArrayPool<byte>.Shared.Rent(size);
            }
        }
        return _bytes.AsSpan(_position);
    }

    /// <summary>Writes what the buffer holds to the stream.</summary>
    public void Flush()
    {
        if (_position == 0) { return; }
        _stream.Write(_bytes, 0, _position);
        _position = 0;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
    }

    private void Escaped(ReadOnlySpan<char> rest, SearchValues<char> specials)
    {
        while (!rest.IsEmpty)
        {
            int k = rest.IndexOfAny(specials);
            if (k < 0)
            {
                Raw(rest);
                return;
            }
            Raw(rest[..k]);
            Bytes(rest[k] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                '\t' => "&#x9;"u8,
                '\n' => "&#xA;"u8,
                _ => "&#xD;"u8,
            });
            rest = rest[(k + 1)..];
        }
    }

    private static readonly byte[] NamespaceAttribute = Encoding.UTF8.GetBytes(" xmlns=\"" + AknWriter.Namespace + "\"");

    private void Byte(byte value)
    {
        if (_position == _bytes.Length) { Flush(); }
        _bytes[_position++] = value;
    }

    private void Bytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _position += bytes.Length;
    }

    private void Raw(ReadOnlySpan<char> text)
    {
        // PERF: tags, names and most runs of text are ASCII: one vectorized copy straight into the array when it fits, with
        // no encoder call; anything else (and a full buffer) takes the encoder's path.
        if (_bytes.Length - _position >= text.Length
            && Ascii.FromUtf16(text, _bytes.AsSpan(_position), out int written) == OperationStatus.Done)
        {
            _position += written;
            return;
        }
        if (text.IsEmpty) { return; }
        // The UTF-8 bound of the run: 3 bytes per char at most.
        Span<byte> span = Reserve(text.Length * 3);
        _position += Encoding.UTF8.GetBytes(text, span);
    }
}
