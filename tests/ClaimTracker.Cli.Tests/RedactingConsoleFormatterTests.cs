using ClaimTracker.Cli.Serve;

namespace ClaimTracker.Cli.Tests;

public sealed class RedactingConsoleFormatterTests
{
    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=c2VjcmV0a2V5MTIz+/w;EndpointSuffix=core.windows.net", "AccountKey=[redacted];EndpointSuffix")]
    [InlineData("https://acct.blob.core.windows.net/documents/a.txt?sv=2024-11-04&sig=abc%2Bdef&se=2026", "sig=[redacted]&se=2026")]
    [InlineData("POST /api/documents?code=q1w2e3r4== failed", "code=[redacted] failed")]
    [InlineData("SharedAccessSignature=sv=2024&sig=zzz", "SharedAccessSignature=[redacted]")]
    public void Secrets_in_log_lines_are_blanked(string line, string expected)
    {
        var redacted = RedactingConsoleFormatter.Redact(line);

        Assert.Contains(expected, redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0a2V5MTIz", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("abc%2Bdef", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("q1w2e3r4", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("zzz", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_words_that_end_like_a_secret_name_are_left_alone() =>
        Assert.Equal("ErrorCode=ContainerNotFound; Status=404", RedactingConsoleFormatter.Redact("ErrorCode=ContainerNotFound; Status=404"));
}
