using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline.Splitting;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>Uploads no trigger delivered are found and split; delivered ones are left alone.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReconcilerTests(PipelineFixture fixture)
{
    [Fact]
    public async Task An_upload_no_trigger_delivered_is_split_and_then_left_alone()
    {
        var blob = await fixture.UploadAsync("reconcile/missed.txt", "The Council met on Monday. It adopted resolution 2334 (2016).");
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        var reconciler = Reconciler(after: TimeSpan.FromMinutes(1));

        Assert.True(await reconciler.ReconcileAsync(CancellationToken.None) >= 1);
        await fixture.CiteAsync(await fixture.CitationQueue.DrainAsync());
        var processed = await fixture.FindDocumentAsync(documentId);
        Assert.Equal("ready", processed?.Status);

        await reconciler.ReconcileAsync(CancellationToken.None);
        Assert.Equal(processed!.ETag, (await fixture.FindDocumentAsync(documentId))?.ETag);
    }

    [Fact]
    public async Task A_fresh_upload_is_left_to_its_trigger()
    {
        var blob = await fixture.UploadAsync("reconcile/fresh.txt", "Observers left on Tuesday.");

        await Reconciler(after: TimeSpan.Zero).ReconcileAsync(CancellationToken.None);

        Assert.Null(await fixture.FindDocumentAsync(DocumentIdentity.DocumentIdFor(blob.Name)));
    }

    private DocumentReconciler Reconciler(TimeSpan after) => new(
        fixture.Storage,
        fixture.Services.GetRequiredService<DocumentRepository>(),
        fixture.Services.GetRequiredService<SplitDocumentHandler>(),
        new ShiftedTime(after),
        NullLogger<DocumentReconciler>.Instance);

    private sealed class ShiftedTime(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }
}
