namespace UnResolutions.Text;

/// <summary>Classes of characters that the lexer, the tree and the language tables share (one definition each).</summary>
internal static class Characters
{
    /// <summary>Horizontal white space: space, tab, form feed, vertical tab, and the no-break and typographic spaces.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c == ' ' || c == '\t' || (c < '\u00A0' ? c is '\f' or '\v' : c is '\u00A0' or '\u2007' or '\u202F' or '\u2002' or '\u2003' or '\u2009');

    /// <summary>The characters of <see cref="IsSpace"/>, for vectorized searches.</summary>
    public static readonly System.Buffers.SearchValues<char> Spaces = System.Buffers.SearchValues.Create(" \t\f\v\u00A0\u2007\u202F\u2002\u2003\u2009");
}
