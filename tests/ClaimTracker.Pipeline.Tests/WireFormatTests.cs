using System.Text;
using Azure;
using ClaimTracker.Pipeline.Review;
using ClaimTracker.Pipeline.Review.Export;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>The small encodings clients rely on: citation path segments, ETags, CSV cells.</summary>
public sealed class WireFormatTests
{
    [Theory]
    [InlineData("S/RES/822 (1993)", "S~2FRES~2F822 (1993)")]
    [InlineData("A/RES/ES-10/21", "A~2FRES~2FES-10~2F21")]
    [InlineData("Armenia v. Azerbaijan", "Armenia v. Azerbaijan")]
    [InlineData("100% ~ a\\b?#c", "100~25 ~7E a~5Cb~3F~23c")]
    public void Canonical_ids_round_trip_through_a_path_segment(string canonical, string segment)
    {
        Assert.Equal(segment, CitationPaths.Encode(canonical));
        Assert.True(CitationPaths.TryDecode(segment, out var decoded));
        Assert.Equal(canonical, decoded);
    }

    [Fact]
    public void A_percent_encoded_slash_that_the_host_let_through_is_read_as_a_slash()
    {
        Assert.True(CitationPaths.TryDecode("S%2FRES%2f822 (1993)", out var decoded));
        Assert.Equal("S/RES/822 (1993)", decoded);
    }

    [Theory]
    [InlineData("S~2")]
    [InlineData("S~ZZ")]
    [InlineData("S~41")]
    [InlineData("")]
    public void A_segment_that_is_not_an_encoding_is_refused(string segment) =>
        Assert.False(CitationPaths.TryDecode(segment, out _));

    [Fact]
    public void Etags_are_served_strong_and_read_back_weak_for_storage()
    {
        var table = new ETag("W/\"datetime'2026-11-28T09%3A51%3A07.78Z'\"");

        var header = HttpETags.ToHeader(table);

        Assert.Equal("\"datetime'2026-11-28T09%3A51%3A07.78Z'\"", header);
        Assert.True(HttpETags.TryParseIfMatch(header, out var back));
        Assert.Equal(table, back);
        Assert.True(HttpETags.TryParseIfMatch("W/" + header, out var weak));
        Assert.Equal(table, weak);
        Assert.False(HttpETags.TryParseIfMatch("*", out _));
        Assert.False(HttpETags.TryParseIfMatch("\"a\", \"b\"", out _));
        Assert.False(HttpETags.TryParseIfMatch("no-quotes", out _));
    }

    [Fact]
    public void An_unexpected_exception_is_503_when_storage_did_not_answer_and_500_otherwise_without_its_message()
    {
        var storage = Problems.Unexpected(new RequestFailedException(503, "secret account detail"), "trace-1");
        var bug = Problems.Unexpected(new InvalidOperationException("secret stack detail"), "trace-2");

        Assert.Equal((503, "urn:claimtracker:problem:unavailable"), (storage.StatusCode, storage.ProblemDetails.Type));
        Assert.Equal((500, "urn:claimtracker:problem:internal-error"), (bug.StatusCode, bug.ProblemDetails.Type));
        Assert.DoesNotContain("secret", storage.ProblemDetails.Detail, StringComparison.Ordinal);
        Assert.Contains("trace-2", bug.ProblemDetails.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+44 20", "'+44 20")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("a = b", "a = b")]
    public void Cells_that_a_spreadsheet_would_run_are_neutralised(string cell, string expected) =>
        Assert.Equal(expected, CsvCells.Neutralise(cell));

    [Fact]
    public void Records_quote_only_what_needs_quoting_and_end_in_crlf()
    {
        var csv = new StringBuilder();

        CsvCells.AppendRecord(csv, ["plain", "a,b", "say \"hi\"", "two\nlines", null]);

        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n", csv.ToString());
    }
}
