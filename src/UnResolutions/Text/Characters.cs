namespace UnResolutions.Text;

/// <summary>Classes of characters that the lexer, the tree and the language tables share (one definition each).</summary>
internal static class Characters
{
    /// <summary>Horizontal white space: space, tab, form feed, vertical tab, and the no-break and typographic spaces.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c == ' ' || c == '\t' || (c < '\u00A0' ? c is '\f' or '\v' : c is '\u00A0' or '\u2007' or '\u202F' or '\u2002' or '\u2003' or '\u2009');

    /// <summary>The characters of <see cref="IsSpace"/>, for vectorized searches.</summary>
    public static readonly System.Buffers.SearchValues<char> Spaces = System.Buffers.SearchValues.Create(" \t\f\v\u00A0\u2007\u202F\u2002\u2003\u2009");

    /// <summary>
    /// The control characters other than tab and the line-break family (line feed, vertical tab, form feed, carriage
    /// return): C0, DEL and C1. One list for the warning on the text and for the binary-line check.
    /// </summary>
    private const string ControlCharacterText =
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F";

    /// <summary>The control characters of <see cref="ControlCharacterText"/>, for vectorized searches.</summary>
    public static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(ControlCharacterText);

    /// <summary>The control characters and U+FFFD: what binary data decodes to.</summary>
    public static readonly System.Buffers.SearchValues<char> Binary = System.Buffers.SearchValues.Create(ControlCharacterText + "\uFFFD");
}
