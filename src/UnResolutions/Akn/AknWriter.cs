using System.Text;
using System.Xml;
using UnResolutions.Model;

namespace UnResolutions.Akn;

/// <summary>
/// Writes a <see cref="ResolutionDocument"/> as Akoma Ntoso 3.0 XML in the UN's AKN4UN profile: a
/// <c>statement</c> (a <c>documentCollection</c> with one component per part for a resolution in parts A, B, …) with its
/// FRBR identification, cover page, preface, preamble, main body, footnotes as <c>authorialNote</c> at their references,
/// conclusions and annexes. The output is valid against the OASIS schema and its <c>eId</c>s follow the AKN naming
/// convention. Static and stateless: safe to call from any number of threads at once. It does no I/O of its own.
/// docs/akn.md gives the mapping element by element.
/// </summary>
public static class AknWriter
{
    /// <summary>The Akoma Ntoso 3.0 namespace.</summary>
    public const string Namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>Writes the document to <paramref name="writer"/> (the whole <c>akomaNtoso</c> element; the caller owns the writer).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ResolutionDocument document, XmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        new AknDocumentWriter(document, new XmlWriterOutput(writer)).Write();
    }

    /// <summary>Writes the document to <paramref name="stream"/> as indented UTF-8 XML with a declaration; the stream is left open.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ResolutionDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        using var output = new Utf8Output(stream, declaration: true);
        new AknDocumentWriter(document, output).Write();
        output.Flush();
    }


    /// <summary>The document as indented XML text (with a UTF-8 declaration, as <see cref="Write(ResolutionDocument, Stream)"/> writes it).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string WriteToString(ResolutionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var bytes = new MemoryStream(1 << 16);
        Write(document, bytes);
        return Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }
}
