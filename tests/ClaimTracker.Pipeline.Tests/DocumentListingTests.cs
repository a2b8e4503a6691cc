using Azure.Core;
using Azure.Data.Tables;
using ClaimTracker.Core.Identity;
using ClaimTracker.Core.Review;
using ClaimTracker.Pipeline.Review;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>
/// Issue 13, item 7: <c>GET documents</c> stays one table query per page however many documents
/// are reviewed, so clients polling it do not queue behind the pipeline's storage traffic.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DocumentListingTests(PipelineFixture fixture)
{
    [Fact]
    public async Task A_page_of_documents_is_one_storage_request_however_many_are_reviewed()
    {
        var requests = new RequestCounter();
        await using var services = fixture.CreateServices(configure: requests.Register);
        var reviewed = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var blob = await fixture.UploadAsync($"listing/reviewed-{i}.txt", $"Listing claim {i} is the first. Listing claim {i} has a second sentence.");
            await fixture.ProcessAsync(blob, services);
            var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
            var claim = (await services.GetRequiredService<ClaimRepository>().ListAsync(documentId, false, null, null, CancellationToken.None))[0];
            var result = await services.GetRequiredService<ReviewStore>().ReviewAsync(documentId, claim.RowKey, claim.ETag, new ReviewChange(ReviewStatus.Supported, false, null, "ana"), CancellationToken.None);
            Assert.Equal(ReviewOutcome.Applied, result.Outcome);
            reviewed.Add(documentId);
        }

        var listed = new List<System.Text.Json.JsonElement>();
        var pages = 0;
        string? token = null;
        requests.Reset();
        do
        {
            var query = token is null ? string.Empty : "?continuationToken=" + Uri.EscapeDataString(token);
            var response = await ApiResponse.ExecuteAsync(await services.GetRequiredService<DocumentEndpoints>().ListAsync(ApiResponse.NewContext(services, query).Request, CancellationToken.None), services);
            Assert.Equal(200, response.Status);
            pages++;
            Assert.Equal(pages, requests.Count);
            listed.AddRange(response.Body.GetProperty("items").EnumerateArray());
            token = response.Body.GetProperty("continuationToken").GetString();
        }
        while (token is not null);

        var mine = listed.Where(d => reviewed.Contains(d.GetProperty("id").GetString()!)).ToArray();
        Assert.Equal(reviewed.Count, mine.Length);
        Assert.All(mine, d => Assert.Equal(1, d.GetProperty("counts").GetProperty("reviewed").GetProperty("supported").GetInt32()));
    }

    [Fact]
    public async Task Listed_counts_follow_verdicts_and_a_new_version_as_the_single_document_does()
    {
        var blob = await fixture.UploadAsync("listing/follows.txt", "First claim of the listing. Second claim of the listing. Third claim of the listing.");
        await fixture.ProcessAsync(blob);
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        var claims = fixture.Services.GetRequiredService<ClaimRepository>();
        var store = fixture.Services.GetRequiredService<ReviewStore>();
        foreach (var (claim, status) in (await claims.ListAsync(documentId, false, null, null, CancellationToken.None)).OrderBy(c => c.Ordinal).Zip([ReviewStatus.Supported, ReviewStatus.Disputed, ReviewStatus.Disputed]))
        {
            Assert.Equal(ReviewOutcome.Applied, (await store.ReviewAsync(documentId, claim.RowKey, claim.ETag, new ReviewChange(status, false, null, "bo"), CancellationToken.None)).Outcome);
        }
        await AssertListedAsSingleAsync(documentId, supported: 1, disputed: 2);

        await fixture.ProcessAsync(await fixture.UploadAsync(blob.Name, "First claim of the listing. Third claim of the listing."));

        await AssertListedAsSingleAsync(documentId, supported: 1, disputed: 1);
    }

    [Fact]
    public async Task The_documents_table_holds_no_computed_status_column()
    {
        var blob = await fixture.UploadAsync("listing/columns.txt", "A document with one claim.");
        await fixture.ProcessAsync(blob);

        var row = await fixture.Storage.DocumentsTable.GetEntityAsync<TableEntity>(DocumentIdentity.DocumentIdFor(blob.Name), DocumentEntity.Row);

        Assert.Equal("ready", row.Value.GetString("Status"));
        Assert.DoesNotContain("ParsedStatus", row.Value.Keys);
    }

    private async Task AssertListedAsSingleAsync(string documentId, int supported, int disputed)
    {
        var single = await ApiResponse.ExecuteAsync(await fixture.DocumentsApi.GetAsync(ApiResponse.NewContext(fixture.Services).Request, documentId, CancellationToken.None), fixture.Services);
        var list = await ApiResponse.ExecuteAsync(await fixture.DocumentsApi.ListAsync(ApiResponse.NewContext(fixture.Services, "?top=1000").Request, CancellationToken.None), fixture.Services);
        var listed = Assert.Single(list.Body.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetString() == documentId);

        var counts = single.Body.GetProperty("counts").GetProperty("reviewed");
        Assert.Equal((supported, disputed), (counts.GetProperty("supported").GetInt32(), counts.GetProperty("disputed").GetInt32()));
        Assert.Equal(counts.GetRawText(), listed.GetProperty("counts").GetProperty("reviewed").GetRawText());
    }
}
