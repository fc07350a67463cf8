using System.Text.Encodings.Web;
using System.Text.Json;

namespace UnResolutions.Json;

/// <summary>
/// How both JSONs (the document JSON and the syntax JSON) are written: UTF-8, the text unescaped, so that French
/// and Spanish are readable (<c>"Deuxième Commission"</c>, not <c>"Deuxi\u00E8me Commission"</c>).
/// </summary>
/// <remarks>
/// The encoder is <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>. It still escapes what could break a
/// JSON Lines file or a JavaScript reader: the quote and the backslash, every control character (so a line break in
/// a string is <c>\n</c> and one document stays one line), U+2028 and U+2029; and it writes characters outside the
/// Basic Multilingual Plane as a <c>\u</c> pair. It does not escape <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and
/// <c>'</c>: the JSON is a data file, not HTML; escape it before putting it inside an HTML page.
/// </remarks>
public static class JsonOutput
{
    /// <summary>The encoder of both JSONs: UTF-8 text unescaped (see the remarks of <see cref="JsonOutput"/>).</summary>
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The options of a <see cref="Utf8JsonWriter"/> that writes either JSON; one line unless <paramref name="indent"/>.</summary>
    public static JsonWriterOptions WriterOptions(bool indent = false) => new() { Indented = indent, Encoder = Encoder };
}
