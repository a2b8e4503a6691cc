using System.Runtime.CompilerServices;
using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline.Splitting;
using ClaimTracker.Pipeline.Storage;
using ClaimTracker.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>
/// A split cut off part-way continues where it stopped instead of starting again, and batches
/// that were never queued (or whose messages were lost) are queued again by the reconciler.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ResumableSplitTests(PipelineFixture fixture)
{
    [Fact]
    public async Task A_redelivered_split_continues_from_its_checkpoint_instead_of_storing_every_unit_again()
    {
        var text = LargeDocumentTests.ShortSentences(1_200, seed: 1);
        var full = new StrongBox<int>();
        await using (var counting = fixture.CreateServices(configure: s => s.AddSingleton(StorageFaults.Count(full, StorageFaults.IsTableTransaction))))
        {
            await counting.GetRequiredService<SplitDocumentHandler>().HandleAsync(await fixture.UploadAsync("resume/control.txt", text), CancellationToken.None);
        }
        await fixture.CiteUntilEmptyAsync(parallelism: 4);

        var blob = await fixture.UploadAsync("resume/cut.txt", text);
        await using (var crashing = fixture.CreateServices(configure: s => s.AddSingleton(StorageFaults.CrashAt("after eight transactions of units", StorageFaults.IsTableTransaction, nth: 9))))
        {
            await Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.GetRequiredService<SplitDocumentHandler>().HandleAsync(blob, CancellationToken.None));
        }
        var redelivered = new StrongBox<int>();
        await using (var counting = fixture.CreateServices(configure: s => s.AddSingleton(StorageFaults.Count(redelivered, StorageFaults.IsTableTransaction))))
        {
            await counting.GetRequiredService<SplitDocumentHandler>().HandleAsync(blob, CancellationToken.None);
        }
        await fixture.CiteUntilEmptyAsync(parallelism: 4);

        // A split from scratch writes every unit again; a resumed one only what the crash left unwritten.
        Assert.True(redelivered.Value < full.Value, $"the redelivered split submitted {redelivered.Value} transactions, a whole split {full.Value}");
        var document = await fixture.FindDocumentAsync(DocumentIdentity.DocumentIdFor(blob.Name));
        Assert.Equal("ready", document?.Status);
        Assert.Equal(1_200, document!.UnitCount);
        ReliabilityReport.Record(new ReliabilityRow("delivery", "Split of 1,200 units cut off after 8 of its transactions, then delivered again",
            $"continued from its checkpoint: {redelivered.Value} transactions where a whole split takes {full.Value}; ready", 1, document.UnitCount, 0, 0));
    }

    [Fact]
    public async Task Batches_a_cut_off_split_never_queued_are_queued_by_the_reconciler_and_the_document_becomes_ready()
    {
        var settings = new Dictionary<string, string?> { ["ClaimTracker:CitationBatchSize"] = "1", ["ClaimTracker:CitationWindow"] = "4" };
        await fixture.CiteUntilEmptyAsync();
        var blob = await fixture.UploadAsync("resume/unqueued.txt", LargeDocumentTests.ShortSentences(20, seed: 2));
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        await using (var crashing = fixture.CreateServices(settings, s => s.AddSingleton(StorageFaults.CrashAt("after queueing two batches", StorageFaults.IsQueueSend, nth: 3))))
        {
            await Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.GetRequiredService<SplitDocumentHandler>().HandleAsync(blob, CancellationToken.None));
        }
        // No redelivery: the blob trigger gave up, or the split was cut off by a timeout.
        await fixture.CiteUntilEmptyAsync();
        Assert.Equal("citing", (await fixture.FindDocumentAsync(documentId))?.Status);

        await using var services = fixture.CreateServices(settings);
        var reconciler = ActivatorUtilities.CreateInstance<DocumentReconciler>(services, new ShiftedTime(DocumentReconciler.StalledAfter + TimeSpan.FromMinutes(1)), NullLogger<DocumentReconciler>.Instance);
        await reconciler.ReconcileAsync(CancellationToken.None);
        await fixture.CiteUntilEmptyAsync();

        var document = await fixture.FindDocumentAsync(documentId);
        Assert.Equal("ready", document?.Status);
        ReliabilityReport.Record(new ReliabilityRow("delivery", "Split cut off after queueing 2 of its 20 batches, never delivered again",
            $"the reconciler queued the batches left without a message {DocumentReconciler.StalledAfter.TotalMinutes:0} min after the last progress; ready", 1, document!.UnitCount, 0, 0));
    }
}
