using ClaimTracker.Core.Identity;
using ClaimTracker.Testing;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>The review API handlers over real tables: documents, claims, paging, errors.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReviewApiTests(PipelineFixture fixture)
{
    [Fact]
    public async Task A_blob_named_with_slashes_hashes_question_marks_and_spaces_round_trips()
    {
        const string name = "reports/2020/UN #5? draft copy.txt";
        var blob = await fixture.UploadAsync(name, "The Council met on Monday. It adopted resolution 2334 (2016) on Friday.");
        await fixture.ProcessAsync(blob);

        var documents = await ApiResponse.ExecuteAsync(await fixture.DocumentsApi.ListAsync(ApiResponse.NewContext(fixture.Services).Request, CancellationToken.None), fixture.Services);
        var document = Assert.Single(documents.Body.GetProperty("items").EnumerateArray(), d => d.GetProperty("name").GetString() == name);
        var id = document.GetProperty("id").GetString()!;
        Assert.Equal("ready", document.GetProperty("status").GetString());
        Assert.Matches("^[A-Za-z0-9._-]+$", id);

        var claims = await ClaimsClient.ReadAllAsync(fixture, id);
        Assert.Equal(2, claims.Count);
        var claimId = claims[1].GetProperty("id").GetString()!;
        var context = ApiResponse.NewContext(fixture.Services);
        var claim = await ApiResponse.ExecuteAsync(await fixture.ClaimsApi.GetAsync(context.Request, id, claimId, CancellationToken.None), fixture.Services, context);
        Assert.Equal(200, claim.Status);
        Assert.False(string.IsNullOrEmpty(claim.Headers.ETag));
        Assert.Equal("S/RES/2334 (2016)", claim.Body.GetProperty("citations")[0].GetProperty("canonical").GetString());
    }

    [Fact]
    public async Task Paging_returns_every_claim_once_in_document_order()
    {
        var text = string.Join(" ", Enumerable.Range(1, 23).Select(i => $"Claim {i} stands on its own."));
        var blob = await fixture.UploadAsync("api/paging.txt", text);
        await fixture.ProcessAsync(blob);

        var claims = await ClaimsClient.ReadAllAsync(fixture, DocumentIdentity.DocumentIdFor(blob.Name), top: 5);

        Assert.Equal(Enumerable.Range(1, 23), claims.Select(c => c.GetProperty("ordinal").GetInt32()));
    }

    [Theory]
    [InlineData("?kind=claim", 3)]
    [InlineData("?kind=heading", 1)]
    [InlineData("?q=RESOLUTION", 1)]
    [InlineData("?citation=s/res/242%20(1967)", 1)]
    [InlineData("?status=unreviewed", 4)]
    [InlineData("?status=supported", 0)]
    public async Task Filters_narrow_the_claims(string query, int count)
    {
        var blob = await fixture.UploadAsync("api/filters.txt", "The Council met in New York on Monday to discuss the region and its future.\n\nA subhead on one line\n\nThe Council recalled resolution 242 (1967). The parties disagreed.");
        await fixture.ProcessAsync(blob);
        var context = ApiResponse.NewContext(fixture.Services, query);

        var response = await ApiResponse.ExecuteAsync(await fixture.ClaimsApi.ListAsync(context.Request, DocumentIdentity.DocumentIdFor(blob.Name), CancellationToken.None), fixture.Services, context);

        Assert.Equal(200, response.Status);
        Assert.Equal(count, response.Body.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("?top=0", "top")]
    [InlineData("?top=501", "top")]
    [InlineData("?top=ten", "top")]
    [InlineData("?kind=tweet", "kind")]
    [InlineData("?status=maybe", "status")]
    [InlineData("?continuationToken=bm9wZQ", "continuationToken")]
    [InlineData("?includeRemoved=yes", "includeRemoved")]
    public async Task Invalid_parameters_get_a_problem_details_400(string query, string parameter)
    {
        var context = ApiResponse.NewContext(fixture.Services, query);

        var response = await ApiResponse.ExecuteAsync(await fixture.ClaimsApi.ListAsync(context.Request, "any-document", CancellationToken.None), fixture.Services, context);

        Assert.Equal(400, response.Status);
        Assert.Equal("application/problem+json", context.Response.ContentType);
        Assert.Contains(parameter, response.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-document", "0123456789abcdef")]
    [InlineData("x' or PartitionKey ne '", "0123456789abcdef")]
    [InlineData("a/b", "../../etc")]
    [InlineData("abc\n", "0123456789abcdef\n")]
    public async Task Unknown_or_malformed_ids_are_404(string documentId, string claimId)
    {
        var context = ApiResponse.NewContext(fixture.Services);
        var claims = await ApiResponse.ExecuteAsync(await fixture.ClaimsApi.ListAsync(context.Request, documentId, CancellationToken.None), fixture.Services, context);
        var claim = await ApiResponse.ExecuteAsync(await fixture.ClaimsApi.GetAsync(context.Request, documentId, claimId, CancellationToken.None), fixture.Services);

        Assert.Equal(404, claims.Status);
        Assert.Equal(404, claim.Status);
    }
}
