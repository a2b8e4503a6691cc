using System.Text;
using ClaimTracker.Core.Decoding;

namespace ClaimTracker.Core.Tests.Decoding;

public sealed class DocumentDecoderTests
{
    private const string Sample = "Résolution 822 “adoptée” en 1993.";

    public static TheoryData<string, byte[], string> ReadableEncodings => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Sample), "utf-8" },
        { "utf-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)], "utf-8" },
        { "utf-16le with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)], "utf-16le" },
        { "utf-16le without BOM", Encoding.Unicode.GetBytes(Sample), "utf-16le" },
        { "utf-16be with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)], "utf-16be" },
        { "utf-16be without BOM", Encoding.BigEndianUnicode.GetBytes(Sample), "utf-16be" },
        { "windows-1252", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Sample), "windows-1252" },
    };

    [Theory]
    [MemberData(nameof(ReadableEncodings))]
    public void Text_in_common_encodings_decodes_to_the_same_string(string label, byte[] bytes, string encoding)
    {
        var result = DocumentDecoder.Decode(bytes);

        Assert.True(result.Succeeded, $"{label}: {result.FailureReason}");
        Assert.Equal(Sample, result.Document.Text);
        Assert.Equal(encoding, result.Document.Encoding);
        Assert.Empty(result.Document.Warnings);
    }

    [Fact]
    public void Latin1_text_decodes()
    {
        var result = DocumentDecoder.Decode(Encoding.Latin1.GetBytes("Café à Genève."));

        Assert.True(result.Succeeded);
        Assert.Equal("Café à Genève.", result.Document.Text);
    }

    [Fact]
    public void Damaged_utf8_is_decoded_with_replacement_characters_and_a_warning()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Résolution “822” "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" adoptée.")];

        var result = DocumentDecoder.Decode(bytes);

        Assert.True(result.Succeeded);
        Assert.Contains('\uFFFD', result.Document.Text);
        Assert.Contains(result.Document.Warnings, w => w.Contains("invalid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Stray_control_characters_become_spaces_so_offsets_hold()
    {
        var result = DocumentDecoder.Decode("Talks\0 resumed\u0007 today, after a long pause in the negotiations."u8);

        Assert.True(result.Succeeded);
        Assert.Equal("Talks  resumed  today, after a long pause in the negotiations.", result.Document.Text);
        Assert.Contains(result.Document.Warnings, w => w.Contains("2 control", StringComparison.Ordinal));
    }

    public static TheoryData<string, byte[], string> Unreadable => new()
    {
        { "empty", [], "empty" },
        { "whitespace", "  \n\t\r\n "u8.ToArray(), "only whitespace" },
        { "png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "PNG image" },
        { "zip", [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0], "ZIP archive" },
        { "pdf", "%PDF-1.7\n%âãÏÓ\n"u8.ToArray(), "PDF" },
        { "random bytes", RandomBytes(4096), "binary data" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void Input_that_is_not_text_fails_with_a_reason_a_person_understands(string label, byte[] bytes, string reason)
    {
        var result = DocumentDecoder.Decode(bytes);

        Assert.False(result.Succeeded, label);
        Assert.Contains(reason, result.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', (byte)'1', (byte)'.', (byte)'7' }, "The document is a PDF file, not text; upload the text extracted from it.")]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0 }, "The document is a ZIP archive (or an Office document), not text; upload plain text.")]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, "The document is a PNG image, not text.")]
    public void A_known_file_type_is_named_first_and_the_advice_follows(byte[] bytes, string reason)
    {
        Assert.Equal(reason, DocumentDecoder.Decode(bytes).FailureReason);
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        return bytes;
    }
}
