using Azure.Data.Tables;
using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline.Storage;
using ClaimTracker.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>Citing again over stored claims: what changed is written, nothing else.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RecitationTests(PipelineFixture fixture)
{
    /// <summary>A property, not a field: a clone without ../shared skips the tests that read it and runs the rest.</summary>
    private static string SampleText => File.ReadAllText(RepositoryPaths.SharedSample("diplomacy-leading-to-victory.txt"));

    [SharedSampleFact]
    public async Task Reciting_with_the_same_rules_rewrites_no_claim_and_ends_ready()
    {
        var blob = await fixture.UploadAsync("recite/same.txt", SampleText);
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        await fixture.ProcessAsync(blob);
        var before = await ClaimETagsAsync(documentId);

        var response = await ApiResponse.ExecuteAsync(await fixture.OperationsApi.ReciteAsync(ApiResponse.NewContext(fixture.Services).Request, documentId, CancellationToken.None), fixture.Services);
        Assert.Equal(202, response.Status);
        Assert.Equal("citing", (await fixture.FindDocumentAsync(documentId))?.Status);
        await fixture.CiteAsync(await fixture.CitationQueue.DrainAsync());

        Assert.Equal("ready", (await fixture.FindDocumentAsync(documentId))?.Status);
        Assert.Equal(before, await ClaimETagsAsync(documentId));
    }

    [SharedSampleFact]
    public async Task Reciting_rewrites_only_the_claims_whose_citations_changed_and_restores_the_index()
    {
        var blob = await fixture.UploadAsync("recite/changed.txt", SampleText);
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        await fixture.ProcessAsync(blob);
        var index = fixture.Services.GetRequiredService<CitationIndex>();
        var citing = Assert.Single(await index.CitingAsync("unsc-resolution", "S/RES/822 (1993)", documentId, CancellationToken.None));

        // As if older rules had found nothing in that claim.
        await fixture.Storage.ClaimsTable.UpdateEntityAsync(new TableEntity(documentId, citing.ClaimId) { ["Citations"] = "[]", ["CitationCount"] = 0 }, Azure.ETag.All);
        foreach (var canonical in new[] { "S/RES/822 (1993)", "S/RES/853 (1993)", "S/RES/874 (1993)", "S/RES/884 (1993)" })
        {
            await fixture.Storage.CitationsTable.DeleteEntityAsync(CitationKeys.For("unsc-resolution", canonical), CitationKeys.RowFor(documentId, citing.ClaimId));
        }
        var before = await ClaimETagsAsync(documentId);

        await fixture.OperationsApi.ReciteAsync(ApiResponse.NewContext(fixture.Services).Request, documentId, CancellationToken.None);
        await fixture.CiteAsync(await fixture.CitationQueue.DrainAsync());

        var after = await ClaimETagsAsync(documentId);
        Assert.Equal([citing.ClaimId], after.Where(a => before[a.Key] != a.Value).Select(a => a.Key));
        Assert.Single(await index.CitingAsync("unsc-resolution", "S/RES/884 (1993)", documentId, CancellationToken.None));
    }

    [Fact]
    public async Task Reciting_an_unknown_document_is_404_and_a_failed_one_409()
    {
        var failed = await fixture.UploadAsync("recite/failed.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        await fixture.ProcessAsync(failed);

        var unknown = await ApiResponse.ExecuteAsync(await fixture.OperationsApi.ReciteAsync(ApiResponse.NewContext(fixture.Services).Request, "no-such-document", CancellationToken.None), fixture.Services);
        var notReady = await ApiResponse.ExecuteAsync(await fixture.OperationsApi.ReciteAsync(ApiResponse.NewContext(fixture.Services).Request, DocumentIdentity.DocumentIdFor(failed.Name), CancellationToken.None), fixture.Services);

        Assert.Equal(404, unknown.Status);
        Assert.Equal(409, notReady.Status);
    }

    [Fact]
    public async Task A_date_without_a_year_is_dated_by_the_paragraphs_before_it_through_the_queue()
    {
        var blob = await fixture.UploadAsync("recite/years.txt", "The war began on 27 September 2020 with heavy shelling.\n\nA new ceasefire was declared on 10 October and broken the same day.");
        await fixture.ProcessAsync(blob);

        var claims = await ClaimsClient.ReadAllAsync(fixture, DocumentIdentity.DocumentIdFor(blob.Name));

        Assert.Contains(claims[1].GetProperty("citations").EnumerateArray(), c => c.GetProperty("canonical").GetString() == "New ceasefire 2020-10-10");
    }

    /// <summary>Rules that change what the document context holds take effect on recite: it is computed again from the stored units.</summary>
    [Fact]
    public async Task Reciting_computes_the_document_citation_context_again_from_the_stored_units()
    {
        var blob = await fixture.UploadAsync("recite/context.txt", "The Council adopted resolution 687 (1991) in April.\n\nIraq never complied with resolution 687 in full.");
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        await fixture.ProcessAsync(blob);
        var claims = await ClaimsClient.ReadAllAsync(fixture, documentId);
        var bare = claims[1].GetProperty("id").GetString()!;
        Assert.Equal("S/RES/687 (1991)", Assert.Single(claims[1].GetProperty("citations").EnumerateArray()).GetProperty("canonical").GetString());

        // As if split by rules that stored no context and so left the bare number uncited.
        await fixture.Storage.DocumentsTable.UpdateEntityAsync(new TableEntity(documentId, DocumentEntity.Row) { ["CitationContext"] = string.Empty }, Azure.ETag.All);
        await fixture.Storage.ClaimsTable.UpdateEntityAsync(new TableEntity(documentId, bare) { ["Citations"] = "[]", ["CitationCount"] = 0 }, Azure.ETag.All);

        await fixture.OperationsApi.ReciteAsync(ApiResponse.NewContext(fixture.Services).Request, documentId, CancellationToken.None);
        await fixture.CiteAsync(await fixture.CitationQueue.DrainAsync());

        Assert.False(string.IsNullOrEmpty((await fixture.FindDocumentAsync(documentId))?.CitationContext));
        var recited = await ClaimsClient.ReadAllAsync(fixture, documentId);
        Assert.Equal("S/RES/687 (1991)", Assert.Single(recited[1].GetProperty("citations").EnumerateArray()).GetProperty("canonical").GetString());
    }

    private async Task<Dictionary<string, string>> ClaimETagsAsync(string documentId)
    {
        var etags = new Dictionary<string, string>();
        await foreach (var row in fixture.Storage.ClaimsTable.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {documentId}"), select: ["RowKey"]))
        {
            etags[row.RowKey] = row.ETag.ToString();
        }
        return etags;
    }
}
