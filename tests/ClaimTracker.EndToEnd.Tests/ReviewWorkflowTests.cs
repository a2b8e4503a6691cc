using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClaimTracker.Testing;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>Reviewers at work over HTTP: finding claims, giving verdicts at the same time, documents changing under them.</summary>
[Collection(ServeCollection.Name)]
public sealed class ReviewWorkflowTests(ServeFixture serve)
{
    private readonly ReviewApiClient _api = new(serve);

    [Fact]
    public async Task Filters_and_paging_over_1200_claims_return_every_claim_exactly_once_in_order()
    {
        var id = await _api.UploadAndWaitAsync("workflow/findings.txt", Findings(1200));

        var all = await _api.ClaimsAsync(id, top: 37);
        var cited = await _api.ClaimsAsync(id, "&citation=" + Uri.EscapeDataString("S/RES/242 (1967)"), top: 7);
        var lantern = await _api.ClaimsAsync(id, "&q=LANTERN&status=unreviewed&kind=claim", top: 500);

        Assert.Equal(1200, all.Select(c => c.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 1200), all.Select(c => c.GetProperty("ordinal").GetInt32()));
        Assert.Equal(Enumerable.Range(1, 120).Select(i => i * 10), cited.Select(c => c.GetProperty("ordinal").GetInt32()));
        Assert.All(cited, c => Assert.Contains("resolution 242 (1967)", c.GetProperty("text").GetString(), StringComparison.Ordinal));
        Assert.Equal(24, lantern.Count);
        Assert.All(lantern, c => Assert.Contains("Lantern", c.GetProperty("text").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_reviews_sent_at_once_with_the_same_etag_land_once_and_the_other_gets_412()
    {
        var id = await _api.UploadAndWaitAsync("workflow/truly-concurrent.txt", string.Join(" ", Enumerable.Range(1, 8).Select(i => $"Statement {i} is under review.")));
        var claims = await _api.ClaimsAsync(id);

        var outcomes = await Task.WhenAll(claims.Select(async claim =>
        {
            var claimId = claim.GetProperty("id").GetString()!;
            var (_, etag) = await _api.ClaimAsync(id, claimId);
            var responses = await Task.WhenAll(
                _api.ReviewAsync(id, claimId, etag, """{"status": "supported", "reviewer": "ana"}"""),
                _api.ReviewAsync(id, claimId, etag, """{"status": "disputed", "reviewer": "bo"}"""));
            var codes = responses.Select(r => r.StatusCode).Order().ToArray();
            foreach (var response in responses)
            {
                response.Dispose();
            }
            return codes;
        }));

        Assert.All(outcomes, codes => Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], codes));
        foreach (var claim in claims)
        {
            var (stored, _) = await _api.ClaimAsync(id, claim.GetProperty("id").GetString()!);
            Assert.Single(stored.GetProperty("history").EnumerateArray());
        }
        var reviewed = (await serve.Api.GetFromJsonAsync<JsonElement>($"documents/{id}")).GetProperty("counts").GetProperty("reviewed");
        Assert.Equal(8, reviewed.GetProperty("supported").GetInt32() + reviewed.GetProperty("disputed").GetInt32());
        ReliabilityReport.Record(new ReliabilityRow("delivery", "Two verdicts on each of 8 claims sent at once with the same ETag",
            "one 200 and one 412 per claim; one history entry each, no verdict overwritten", 1, 8, 0, 0));
    }

    [Fact]
    public async Task A_verdict_is_recorded_with_its_history_and_a_new_etag()
    {
        var id = await _api.UploadAndWaitAsync("workflow/history.txt", "The ministry published the figures in March.");
        var claimId = (await _api.ClaimsAsync(id))[0].GetProperty("id").GetString()!;

        var (_, etag0) = await _api.ClaimAsync(id, claimId);
        using var first = await _api.ReviewAsync(id, claimId, etag0, """{"status": "needs-source", "note": "Which figures?", "reviewer": "ana"}""");
        var etag1 = first.Headers.ETag!.ToString();
        using var second = await _api.ReviewAsync(id, claimId, etag1, """{"status": "supported", "note": null, "reviewer": "bo"}""", "application/merge-patch+json");
        var claim = await second.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag0, etag1);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var review = claim.GetProperty("review");
        Assert.Equal(("supported", "bo", JsonValueKind.Null, 2), (review.GetProperty("status").GetString(), review.GetProperty("reviewer").GetString(), review.GetProperty("note").ValueKind, review.GetProperty("revision").GetInt32()));
        var history = claim.GetProperty("history").EnumerateArray().ToArray();
        Assert.Equal(
            [("unreviewed", "needs-source", "ana", "Which figures?"), ("needs-source", "supported", "bo", null)],
            history.Select(h => (h.GetProperty("from").GetString(), h.GetProperty("to").GetString(), h.GetProperty("reviewer").GetString(), h.GetProperty("note").GetString())));
        Assert.Equal(second.Headers.ETag!.ToString(), claim.GetProperty("etag").GetString());
    }

    [Fact]
    public async Task A_stale_or_missing_etag_and_a_bad_body_change_nothing()
    {
        var id = await _api.UploadAndWaitAsync("workflow/contract.txt", "The report was delayed by a week.");
        var claimId = (await _api.ClaimsAsync(id))[0].GetProperty("id").GetString()!;
        var (_, etag) = await _api.ClaimAsync(id, claimId);
        using var applied = await _api.ReviewAsync(id, claimId, etag, """{"status": "supported", "reviewer": "ana"}""");

        using var stale = await _api.ReviewAsync(id, claimId, etag, """{"status": "disputed", "reviewer": "bo"}""");
        using var missing = await _api.ReviewAsync(id, claimId, null, """{"status": "disputed", "reviewer": "bo"}""");
        var current = applied.Headers.ETag!.ToString();
        using var unknownField = await _api.ReviewAsync(id, claimId, current, """{"status": "disputed", "reviewer": "bo", "verdict": "no"}""");
        using var badStatus = await _api.ReviewAsync(id, claimId, current, """{"status": "maybe", "reviewer": "bo"}""");
        using var noReviewer = await _api.ReviewAsync(id, claimId, current, """{"status": "disputed"}""");
        using var longNote = await _api.ReviewAsync(id, claimId, current, JsonSerializer.Serialize(new { status = "disputed", reviewer = "bo", note = new string('x', 2001) }));
        using var huge = await _api.ReviewAsync(id, claimId, current, JsonSerializer.Serialize(new { status = "disputed", reviewer = "bo", note = new string('x', 20_000) }));
        using var notJson = await _api.ReviewAsync(id, claimId, current, "status=disputed", "application/x-www-form-urlencoded");
        using var broken = await _api.ReviewAsync(id, claimId, current, """{"status": """);
        using var wildcard = await _api.ReviewAsync(id, claimId, "*", """{"status": "disputed", "reviewer": "bo"}""");

        await Problem.ReadAsync(stale, 412, "stale-etag");
        await Problem.ReadAsync(missing, 428, "if-match-required");
        Assert.Equal("verdict", (await Problem.ReadAsync(unknownField, 400, "invalid-request")).GetProperty("field").GetString());
        Assert.Equal("status", (await Problem.ReadAsync(badStatus, 400, "invalid-request")).GetProperty("field").GetString());
        Assert.Equal("reviewer", (await Problem.ReadAsync(noReviewer, 400, "invalid-request")).GetProperty("field").GetString());
        Assert.Equal("note", (await Problem.ReadAsync(longNote, 400, "invalid-request")).GetProperty("field").GetString());
        await Problem.ReadAsync(huge, 413, "payload-too-large");
        await Problem.ReadAsync(notJson, 415, "unsupported-media-type");
        Assert.Equal("body", (await Problem.ReadAsync(broken, 400, "invalid-request")).GetProperty("field").GetString());
        Assert.Equal("If-Match", (await Problem.ReadAsync(wildcard, 400, "invalid-request")).GetProperty("field").GetString());
        var (claim, after) = await _api.ClaimAsync(id, claimId);
        Assert.Equal(current, after);
        Assert.Equal("supported", claim.GetProperty("review").GetProperty("status").GetString());
        Assert.Single(claim.GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task A_new_version_keeps_the_reviews_of_unchanged_claims_and_hides_removed_ones()
    {
        const string name = "workflow/edited.txt";
        var id = await _api.UploadAndWaitAsync(name, "Alpha stays as it was. Bravo will be edited. Charlie will be cut.");
        var v1 = await _api.ClaimsAsync(id);
        await ReviewAsync(id, v1[0], "supported", "Alpha checked.");
        await ReviewAsync(id, v1[2], "disputed", "Charlie is wrong.");

        var upload = await _api.UploadAsync(name, "Alpha stays as it was. Bravo has been edited. Delta is new.");
        var version = upload.GetProperty("version").GetString()!;
        var document = await _api.WaitForVersionAsync(id, version);
        var current = await _api.ClaimsAsync(id);
        var everything = await _api.ClaimsAsync(id, "&includeRemoved=true");

        Assert.Equal(["Alpha stays as it was.", "Bravo has been edited.", "Delta is new."], current.Select(c => c.GetProperty("text").GetString()));
        Assert.Equal(["supported", "unreviewed", "unreviewed"], current.Select(c => c.GetProperty("review").GetProperty("status").GetString()));
        Assert.All(current, c => Assert.Equal(version, c.GetProperty("version").GetString()));
        var (alpha, _) = await _api.ClaimAsync(id, v1[0].GetProperty("id").GetString()!);
        Assert.Equal("Alpha checked.", Assert.Single(alpha.GetProperty("history").EnumerateArray()).GetProperty("note").GetString());
        var charlie = Assert.Single(everything, c => c.GetProperty("removed").GetBoolean() && c.GetProperty("text").GetString() == "Charlie will be cut.");
        Assert.Equal("disputed", charlie.GetProperty("review").GetProperty("status").GetString());
        Assert.NotEqual(version, charlie.GetProperty("version").GetString());
        var reviewed = document.GetProperty("counts").GetProperty("reviewed");
        Assert.Equal((1, 0), (reviewed.GetProperty("supported").GetInt32(), reviewed.GetProperty("disputed").GetInt32()));
        using var removed = await _api.ReviewAsync(id, charlie.GetProperty("id").GetString()!, charlie.GetProperty("etag").GetString(), """{"status": "supported", "reviewer": "ana"}""");
        await Problem.ReadAsync(removed, 409, "conflict");
    }

    private async Task ReviewAsync(string documentId, JsonElement claim, string status, string note)
    {
        var claimId = claim.GetProperty("id").GetString()!;
        using var response = await _api.ReviewAsync(documentId, claimId, claim.GetProperty("etag").GetString(), JsonSerializer.Serialize(new { status, note, reviewer = "ana" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A document of n one-sentence claims: every tenth cites resolution 242 (1967), other 25th names the Lantern report.</summary>
    internal static string Findings(int n)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= n; i++)
        {
            text.Append(i % 10 == 0 ? $"Finding {i} recalls resolution 242 (1967)."
                : i % 25 == 0 ? $"Finding {i} mentions the Lantern report."
                : $"Finding {i} holds that the survey was accurate.");
            text.Append(i % 10 == 0 ? "\n\n" : " ");
        }
        return text.ToString();
    }
}
