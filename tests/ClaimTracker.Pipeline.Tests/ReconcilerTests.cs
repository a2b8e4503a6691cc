using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline.Splitting;
using ClaimTracker.Pipeline.Storage;
using ClaimTracker.Testing;
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
    public async Task A_delivered_upload_still_citing_is_not_split_again()
    {
        var blob = await fixture.UploadAsync("reconcile/citing.txt", "The Council met on Monday. It adopted resolution 2334 (2016).");
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        await fixture.Services.GetRequiredService<SplitDocumentHandler>().HandleAsync(blob, CancellationToken.None);
        var messages = await fixture.CitationQueue.DrainAsync();
        var citing = await fixture.FindDocumentAsync(documentId);
        Assert.Equal("citing", citing?.Status);

        // Listings give ETags unquoted and blob properties quoted: the same version must match.
        await Reconciler(after: TimeSpan.FromMinutes(1)).ReconcileAsync(CancellationToken.None);

        Assert.Equal(citing!.ETag, (await fixture.FindDocumentAsync(documentId))?.ETag);
        Assert.DoesNotContain(await fixture.CitationQueue.DrainAsync(), m => m.Contains(documentId, StringComparison.Ordinal));
        await fixture.CiteAsync(messages);
    }

    [Fact]
    public async Task A_split_that_stopped_for_good_ends_failed_with_a_reason()
    {
        var blob = await fixture.UploadAsync("reconcile/stalled.txt", "The Council met on Monday.");
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        var properties = (await blob.GetPropertiesAsync()).Value;
        // What a split that crashed on every attempt leaves: received, never split.
        await fixture.Services.GetRequiredService<DocumentRepository>().MarkReceivedAsync(documentId, blob.Name, properties.ETag.ToString(), properties.ContentLength, properties.LastModified, CancellationToken.None);

        await Reconciler(after: TimeSpan.FromMinutes(5)).ReconcileAsync(CancellationToken.None);
        Assert.Equal("received", (await fixture.FindDocumentAsync(documentId))?.Status);

        await Reconciler(after: DocumentReconciler.StalledAfter + TimeSpan.FromMinutes(1)).ReconcileAsync(CancellationToken.None);
        var document = await fixture.FindDocumentAsync(documentId);
        Assert.Equal("failed", document?.Status);
        Assert.Contains("Upload the document again", document!.Error, StringComparison.Ordinal);
        ReliabilityReport.Record(new ReliabilityRow("poison", "A split that failed on every blob-trigger attempt (blob moved to webjobs-blobtrigger-poison)",
            $"the reconciler marks the document failed {DocumentReconciler.StalledAfter.TotalMinutes:0} min after the last attempt: \"{document.Error}\"", 1, 0, 0, 0));
    }

    [Fact]
    public async Task A_long_split_still_writing_its_checkpoints_is_not_marked_failed()
    {
        var blob = await fixture.UploadAsync("reconcile/long-split.txt", "The Council met on Monday.");
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        var properties = (await blob.GetPropertiesAsync()).Value;
        // Received longer ago than any attempt runs, but the split is at work: its last checkpoint is a moment old.
        var rows = ActivatorUtilities.CreateInstance<DocumentRepository>(fixture.Services, new ShiftedTime(-(DocumentReconciler.StalledAfter + TimeSpan.FromMinutes(5))));
        await rows.MarkReceivedAsync(documentId, blob.Name, properties.ETag.ToString(), properties.ContentLength, properties.LastModified, CancellationToken.None);
        await rows.MarkSplittingAsync(documentId, new string('0', 64), firstVersion: true, "utf-8", [], CancellationToken.None);
        await rows.SaveCheckpointAsync(documentId, 500, CancellationToken.None);

        // Past the grace an upload gets, so the reconciler looks at it.
        await Reconciler(after: DocumentReconciler.Grace + TimeSpan.FromSeconds(5)).ReconcileAsync(CancellationToken.None);

        Assert.Equal("splitting", (await fixture.FindDocumentAsync(documentId))?.Status);
        await rows.MarkFailedAsync(documentId, "test over", CancellationToken.None);
    }

    [Fact]
    public async Task A_fresh_upload_is_left_to_its_trigger()
    {
        var blob = await fixture.UploadAsync("reconcile/fresh.txt", "Observers left on Tuesday.");

        await Reconciler(after: TimeSpan.Zero).ReconcileAsync(CancellationToken.None);

        Assert.Null(await fixture.FindDocumentAsync(DocumentIdentity.DocumentIdFor(blob.Name)));
    }

    private DocumentReconciler Reconciler(TimeSpan after) =>
        ActivatorUtilities.CreateInstance<DocumentReconciler>(fixture.Services, new ShiftedTime(after), NullLogger<DocumentReconciler>.Instance);
}
