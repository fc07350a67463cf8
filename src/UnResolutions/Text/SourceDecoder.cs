using System.Text;

namespace UnResolutions.Text;

/// <summary>The text of a file, and what was wrong with its encoding, if anything.</summary>
/// <param name="Text">The decoded text; a byte-order mark is kept as its character (U+FEFF), so nothing is lost.</param>
/// <param name="Encoding">The encoding used: UTF-8, UTF-16 (little or big endian), or Windows-1252 as the fallback.</param>
/// <param name="Problem">Why the fallback was used, or <see langword="null"/> when the bytes were valid in a supported encoding.</param>
public sealed record DecodedText(string Text, Encoding Encoding, string? Problem);

/// <summary>
/// Decodes the bytes of a resolution file: UTF-8 with or without a byte-order mark, or UTF-16 with a byte-order
/// mark. Anything else (invalid UTF-8, UTF-16 without a mark) is decoded as Windows-1252, which maps every byte to
/// a character, and the problem is reported. Never throws for any bytes.
/// </summary>
public static class SourceDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);

    /// <summary>Windows-1252, the fallback: every byte is a character.</summary>
    public static Encoding Windows1252 { get; } = CreateWindows1252();

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return TryDecode(bytes, StrictUtf16Le, out string? text) ? new DecodedText(text, StrictUtf16Le, null)
                : Fallback(bytes, "The file starts with a UTF-16 (little endian) byte-order mark but is not valid UTF-16.");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return TryDecode(bytes, StrictUtf16Be, out string? text) ? new DecodedText(text, StrictUtf16Be, null)
                : Fallback(bytes, "The file starts with a UTF-16 (big endian) byte-order mark but is not valid UTF-16.");
        }
        if (TryDecode(bytes, StrictUtf8, out string? utf8))
        {
            return utf8.Contains('\0') && !bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
                ? Fallback(bytes, "The file holds NUL bytes: it may be UTF-16 without a byte-order mark, or not text.")
                : new DecodedText(utf8, StrictUtf8, null);
        }
        int invalid = FirstInvalidUtf8(bytes);
        return Fallback(bytes, $"The file is not valid UTF-8 (byte 0x{bytes[invalid]:X2} at offset {invalid}) and has no UTF-16 byte-order mark.");
    }

    private static DecodedText Fallback(ReadOnlySpan<byte> bytes, string problem) =>
        new(Windows1252.GetString(bytes), Windows1252, problem + " It was decoded as Windows-1252.");

    private static bool TryDecode(ReadOnlySpan<byte> bytes, Encoding encoding, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            return false;
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        int offset = 0;
        while (offset < bytes.Length)
        {
            System.Buffers.OperationStatus status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done) { return offset; }
            offset += consumed;
        }
        return Math.Max(0, bytes.Length - 1);
    }

    private static Encoding CreateWindows1252()
    {
        // .NET ships code page 1252 in the CodePages provider, which must be registered once.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
