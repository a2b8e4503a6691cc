using System.Text;

namespace ClaimTracker.Core.Decoding;

/// <summary>
/// Turns uploaded bytes into text, or says why they are not text. Documents arrive in
/// whatever encoding the tool that produced them used: a BOM decides when present, then
/// strict UTF-8, then UTF-16 recognised by its zero bytes, then Windows-1252 (a superset
/// of Latin-1's printable range). Binary files are refused by their signature or by
/// the share of control bytes a text file never has.
/// </summary>
public static class DocumentDecoder
{
    /// <summary>Text has almost no C0 control bytes besides tab, CR, LF and form feed; random bytes have about one in nine.</summary>
    private const double MaxControlShare = 0.05;

    private const int SniffLength = 64 * 1024;

    /// <summary>What a file with each signature is, and what to upload instead where a person can act on it.</summary>
    private static readonly (byte[] Magic, string Description, string? Advice)[] BinarySignatures =
    [
        ("%PDF-"u8.ToArray(), "a PDF file", "upload the text extracted from it"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image", null),
        ([0xFF, 0xD8, 0xFF], "a JPEG image", null),
        ("GIF8"u8.ToArray(), "a GIF image", null),
        ("PK\u0003\u0004"u8.ToArray(), "a ZIP archive (or an Office document)", "upload plain text"),
        ([0x1F, 0x8B], "a gzip archive", null),
        ([0xD0, 0xCF, 0x11, 0xE0], "a legacy Office document", "upload plain text"),
        ("\u007FELF"u8.ToArray(), "an executable", null),
    ];

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: false);

    public static DecodingResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return DecodingResult.Failure("The document is empty (0 bytes).");
        }

        var decoded = DecodeWithBom(bytes) ?? DecodeUtf16WithoutBom(bytes) ?? DecodeSingleByteOrUtf8(bytes);
        if (decoded is null)
        {
            return DecodingResult.Failure(DescribeBinary(bytes));
        }

        var (text, encoding, warnings) = decoded.Value;
        text = ReplaceControls(text, warnings);
        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodingResult.Failure("The document contains only whitespace.");
        }
        return DecodingResult.Success(new DecodedDocument(text, encoding, warnings));
    }

    private static (string, string, List<string>)? DecodeWithBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(false, false).GetString(bytes[4..]), "utf-32le", []);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le", []);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", []);
        }
        return null;
    }

    /// <summary>UTF-16 text of Latin script has a zero in every other byte; nothing else does.</summary>
    private static (string, string, List<string>)? DecodeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, SniffLength) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }
        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
        {
            return (Encoding.Unicode.GetString(bytes[..(bytes.Length & ~1)]), "utf-16le", []);
        }
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05)
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[..(bytes.Length & ~1)]), "utf-16be", []);
        }
        return null;
    }

    private static (string, string, List<string>)? DecodeSingleByteOrUtf8(ReadOnlySpan<byte> bytes)
    {
        if (HasBinarySignature(bytes) || ControlShare(bytes) > MaxControlShare)
        {
            return null;
        }
        return DecodeUtf8(bytes);
    }

    /// <summary>
    /// Valid UTF-8 is UTF-8. Text with real multi-byte sequences and a few broken ones is
    /// damaged UTF-8 (decoded with U+FFFD and a warning); text whose high bytes never form
    /// a sequence is a single-byte encoding.
    /// </summary>
    private static (string, string, List<string>) DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8", []);
        }
        catch (DecoderFallbackException)
        {
        }

        var (valid, invalid) = CountUtf8Sequences(bytes);
        if (valid > invalid)
        {
            var text = LenientUtf8.GetString(bytes);
            return (text, "utf-8", [$"{invalid} invalid UTF-8 byte sequence(s) were replaced with U+FFFD."]);
        }
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        return (windows1252.GetString(bytes), "windows-1252", []);
    }

    private static (int Valid, int Invalid) CountUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid += rune.Value > 0x7F ? 1 : 0;
            }
            else
            {
                invalid++;
            }
            rest = rest[Math.Max(consumed, 1)..];
        }
        return (valid, invalid);
    }

    private static bool HasBinarySignature(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, _, _) in BinarySignatures)
        {
            if (bytes.StartsWith(magic))
            {
                return true;
            }
        }
        return false;
    }

    private static double ControlShare(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SniffLength)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not (byte)'\f')
            {
                controls++;
            }
        }
        return (double)controls / sample.Length;
    }

    private static string DescribeBinary(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, description, advice) in BinarySignatures)
        {
            if (bytes.StartsWith(magic))
            {
                return advice is null ? $"The document is {description}, not text." : $"The document is {description}, not text; {advice}.";
            }
        }
        return $"The document is binary data, not text ({ControlShare(bytes):P0} of its first bytes are control characters).";
    }

    /// <summary>NULs and other controls become spaces one for one, so offsets into the text still hold.</summary>
    private static string ReplaceControls(string text, List<string> warnings)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += IsUnwantedControl(c) ? 1 : 0;
        }
        if (count == 0)
        {
            return text;
        }
        warnings.Add($"{count} control character(s) were replaced with spaces.");
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = IsUnwantedControl(source[i]) ? ' ' : source[i];
            }
        });
    }

    private static bool IsUnwantedControl(char c) =>
        char.IsControl(c) && c is not '\t' and not '\n' and not '\r' and not '\f';
}
