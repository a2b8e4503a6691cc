using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.VisualBasic.FileIO;
using ClaimTracker.Testing;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>Handing results on: CSV for spreadsheets, JSON Lines for pipelines, ClaimReview for the fact-checking web.</summary>
[Collection(ServeCollection.Name)]
public sealed class ExportTests(ServeFixture serve)
{
    private const string Document = """
        =HYPERLINK("http://x") was pasted into the form.

        +1 is what the user typed next, "and then a comma".

        -5 degrees was the reading, a report says.

        @desk confirmed the figures.

        The minister said the Council adopted resolution 2334 (2016) in December.
        """;

    private readonly ReviewApiClient _api = new(serve);

    [Fact]
    public async Task Csv_parses_as_rfc_4180_with_formulas_neutralised()
    {
        var id = await _api.UploadAndWaitAsync("exports/formulas.txt", Document);

        using var response = await serve.Api.GetAsync($"documents/{id}/export?format=csv");
        var csv = await response.Content.ReadAsStringAsync();
        var rows = ParseCsv(csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("formulas.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("\r\n", csv, StringComparison.Ordinal);
        var header = rows[0];
        var text = Array.IndexOf(header, "text");
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        Assert.Equal(
            ["'=HYPERLINK(\"http://x\") was pasted into the form.", "'+1 is what the user typed next, \"and then a comma\".", "'-5 degrees was the reading, a report says.", "'@desk confirmed the figures."],
            rows.Skip(1).Take(4).Select(r => r[text]));
        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), cell));
        Assert.Equal("S/RES/2334 (2016)", rows[5][Array.IndexOf(header, "citations")]);
        ReliabilityReport.Record(new ReliabilityRow("security", "Claims starting with = + - @ exported as CSV",
            "RFC 4180 parses; every such cell neutralised with a leading '", 1, rows.Count - 1, 0, 0));
    }

    [Fact]
    public async Task Json_lines_hold_one_claim_per_line_with_the_filters_of_the_listing()
    {
        var id = await _api.UploadAndWaitAsync("exports/lines.txt", Document);

        var all = await LinesAsync($"documents/{id}/export?format=jsonl");
        var cited = await LinesAsync($"documents/{id}/export?format=jsonl&citation=" + Uri.EscapeDataString("S/RES/2334 (2016)"));

        Assert.Equal(5, all.Length);
        Assert.Equal(Enumerable.Range(1, 5), all.Select(c => c.GetProperty("ordinal").GetInt32()));
        Assert.Equal("The minister said the Council adopted resolution 2334 (2016) in December.", Assert.Single(cited).GetProperty("text").GetString());
    }

    [Fact]
    public async Task ClaimReview_json_ld_carries_the_reviewed_claims_with_their_verdicts()
    {
        var id = await _api.UploadAndWaitAsync("exports/reviewed.txt", Document);
        var claims = await _api.ClaimsAsync(id);
        await ReviewAsync(id, claims[4], "disputed", "It was adopted on 23 December 2016; the month is right, the speaker is not named.");
        await ReviewAsync(id, claims[3], "not-a-claim", null);

        using var response = await serve.Api.GetAsync($"documents/{id}/export?format=claimreview");
        var jsonLd = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("https://schema.org", jsonLd.GetProperty("@context").GetString());
        var review = Assert.Single(jsonLd.GetProperty("@graph").EnumerateArray());
        Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
        Assert.Equal(claims[4].GetProperty("text").GetString(), review.GetProperty("claimReviewed").GetString());
        Assert.Equal("Disputed", review.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.Equal("ana", review.GetProperty("author").GetProperty("name").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", review.GetProperty("datePublished").GetString());
        Assert.EndsWith($"/api/documents/{id}/claims/{claims[4].GetProperty("id").GetString()}", review.GetProperty("url").GetString(), StringComparison.Ordinal);
        var item = review.GetProperty("itemReviewed");
        Assert.Equal("Claim", item.GetProperty("@type").GetString());
        Assert.Equal("exports/reviewed.txt", item.GetProperty("appearance").GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unknown_format_or_filter_is_refused_by_name()
    {
        var id = await _api.UploadAndWaitAsync("exports/refused.txt", "One claim only.");

        using var format = await serve.Api.GetAsync($"documents/{id}/export?format=xlsx");
        using var paging = await serve.Api.GetAsync($"documents/{id}/export?top=5");

        Assert.Equal("format", (await Problem.ReadAsync(format, 400, "invalid-request")).GetProperty("field").GetString());
        Assert.Equal("top", (await Problem.ReadAsync(paging, 400, "invalid-request")).GetProperty("field").GetString());
    }

    private async Task<JsonElement[]> LinesAsync(string url)
    {
        using var response = await serve.Api.GetAsync(url);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToArray();
    }

    private async Task ReviewAsync(string documentId, JsonElement claim, string status, string? note)
    {
        using var response = await _api.ReviewAsync(documentId, claim.GetProperty("id").GetString()!, claim.GetProperty("etag").GetString(), JsonSerializer.Serialize(new { status, note, reviewer = "ana" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The framework's own RFC 4180 reader, not ours: quoted fields, doubled quotes, CRLF.</summary>
    private static List<string[]> ParseCsv(string csv)
    {
        using var parser = new TextFieldParser(new StringReader(csv)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }
        return rows;
    }
}
