using System.Globalization;
using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline.Citing;
using ClaimTracker.Pipeline.Splitting;
using ClaimTracker.Pipeline.Storage;
using ClaimTracker.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>Documents share one citation queue; a large one must not hold up a small one uploaded after it.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CitationFairnessTests(PipelineFixture fixture)
{
    [Fact]
    public async Task A_small_document_uploaded_behind_a_large_one_is_ready_while_the_large_one_still_has_batches_pending()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?> { ["ClaimTracker:CitationBatchSize"] = "1", ["ClaimTracker:CitationWindow"] = "2" });
        await fixture.CiteUntilEmptyAsync();
        var split = services.GetRequiredService<SplitDocumentHandler>();
        var large = await fixture.UploadAsync("fair/large.txt", LargeDocumentTests.ShortSentences(30, seed: 3));
        var small = await fixture.UploadAsync("fair/small.txt", "The observers arrived on Monday.");
        await split.HandleAsync(large, CancellationToken.None);
        await split.HandleAsync(small, CancellationToken.None);

        // One consumer taking messages in queue order, as a busy trigger would.
        var cite = services.GetRequiredService<AttachCitationsHandler>();
        var deliveries = 0;
        while (await fixture.FindDocumentAsync(DocumentIdentity.DocumentIdFor(small.Name)) is not { Status: "ready" })
        {
            var message = await fixture.CitationQueue.ReceiveOneAsync();
            Assert.True(message is not null, "the queue ran dry before the small document was ready");
            await cite.HandleAsync(message, 1, CancellationToken.None);
            deliveries++;
        }

        var largeId = DocumentIdentity.DocumentIdFor(large.Name);
        var progress = await services.GetRequiredService<CitationBatchLedger>().ProgressAsync(largeId, (await fixture.FindDocumentAsync(largeId))!.Version!, CancellationToken.None);
        Assert.Equal("citing", (await fixture.FindDocumentAsync(largeId))?.Status);
        Assert.True(progress.Done < progress.Total, string.Create(CultureInfo.InvariantCulture, $"the large document had {progress.Done} of {progress.Total} batches done"));
        await fixture.CiteUntilEmptyAsync(services);
        Assert.Equal("ready", (await fixture.FindDocumentAsync(largeId))?.Status);
        ReliabilityReport.Record(new ReliabilityRow("fairness", "A one-batch document uploaded right after one of 30 batches, one consumer",
            string.Create(CultureInfo.InvariantCulture, $"small ready after {deliveries} deliveries, with {progress.Total - progress.Done} of the large one's {progress.Total} batches still pending"), 2, 31, 0, 0));
    }
}
