using Azure;
using JsonSerializer_ = System.Text.Json.JsonSerializer;
using ClaimTracker.Core.Citations;
using ClaimTracker.Pipeline.Contracts;
using ClaimTracker.Pipeline.Storage;
using ClaimTracker.Pipeline.Telemetry;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Pipeline.Citing;

/// <summary>
/// Queues citation work for the claims of one document version, in batches, a window at a time:
/// records every batch in the ledger with its claim ids, marks the document citing, then sends
/// the first <see cref="ClaimTrackerOptions.CitationWindow"/> messages. Each batch that finishes
/// queues the one a window after it (<see cref="QueueSuccessorAsync"/>), so a large document has
/// a few messages in the shared queue at a time and a small one uploaded after it is not held up
/// behind thousands. Messages are made from ledger rows, so queueing a batch twice (a redelivered
/// split, the reconciler) sends the same claims and costs only a repeated, idempotent batch.
/// Used by the split stage and by re-citing, which differ only in where the claim ids come from.
/// </summary>
public sealed class CitationScheduler(ClaimTrackerStorage storage, DocumentRepository documents, CitationBatchLedger ledger, IOptions<ClaimTrackerOptions> options)
{
    /// <returns>How many batches the version has.</returns>
    /// <param name="context">The version's citation context, stored on the document row for every batch to read.</param>
    public async Task<int> ScheduleAsync(string documentId, string version, IReadOnlyList<string> claimIds, int units, int claims, DocumentCitationContext context, CancellationToken cancellationToken)
    {
        var (batches, window) = await RecordAsync(documentId, version, claimIds, units, claims, context, cancellationToken).ConfigureAwait(false);
        await QueueFirstWindowAsync(documentId, version, window, batches, cancellationToken).ConfigureAwait(false);
        return batches;
    }

    /// <summary>The first half of <see cref="ScheduleAsync"/>: every batch recorded as pending, the document marked citing.</summary>
    public async Task<(int Batches, int Window)> RecordAsync(string documentId, string version, IReadOnlyList<string> claimIds, int units, int claims, DocumentCitationContext context, CancellationToken cancellationToken)
    {
        var batches = claimIds.Chunk(options.Value.CitationBatchSize).Select(chunk => (IReadOnlyList<string>)chunk).ToArray();
        await ledger.RecordPendingAsync(documentId, version, batches, cancellationToken).ConfigureAwait(false);

        // Citing is recorded before the first message goes out, so the last batch to finish always finds it.
        var window = options.Value.CitationWindow;
        await documents.MarkCitingAsync(documentId, units, claims, batches.Length, window, StoredJson.CitationContext(context), cancellationToken).ConfigureAwait(false);
        return (batches.Length, window);
    }

    /// <summary>Sends the first window's batches that are neither done nor queued: what a split cut off after marking citing still owes.</summary>
    public async Task QueueFirstWindowAsync(string documentId, string version, int window, int batches, CancellationToken cancellationToken)
    {
        for (var batch = 0; batch < Math.Min(WindowOf(window, batches), batches); batch++)
        {
            if (await ledger.FindAsync(documentId, version, batch, cancellationToken).ConfigureAwait(false) is { Done: false, QueuedAt: null } row)
            {
                await QueueAsync(documentId, version, row, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>After <paramref name="batch"/> is done: queues the batch one window later, if there is one.</summary>
    public async Task QueueSuccessorAsync(DocumentEntity document, int batch, CancellationToken cancellationToken)
    {
        var next = batch + WindowOf(document.CitationWindow, document.BatchCount);
        if (next < document.BatchCount && await ledger.FindAsync(document.PartitionKey, document.Version!, next, cancellationToken).ConfigureAwait(false) is { Done: false } row)
        {
            await QueueAsync(document.PartitionKey, document.Version!, row, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Whether <paramref name="batch"/> has no successor: only those can be the last of their
    /// version to finish, since a successor is queued only once its predecessor is done.
    /// </summary>
    public static bool IsInLastWindow(DocumentEntity document, int batch) =>
        batch + WindowOf(document.CitationWindow, document.BatchCount) >= document.BatchCount;

    /// <summary>
    /// Queues again every batch that is due (in the first window, or its predecessor done) and not
    /// done: for a version in which nothing happened for so long that no message can still be in flight.
    /// </summary>
    /// <returns>How many batches were queued.</returns>
    /// <param name="batches">The version's batches in order, as <see cref="CitationBatchLedger.ListAsync"/> lists them.</param>
    public async Task<int> RequeueAsync(DocumentEntity document, IReadOnlyList<CitationBatch> batches, CancellationToken cancellationToken)
    {
        var window = WindowOf(document.CitationWindow, document.BatchCount);
        var queued = 0;
        foreach (var due in batches.Where(b => !b.Done && (b.Batch < window || batches.ElementAtOrDefault(b.Batch - window) is { Done: true })))
        {
            if (await ledger.FindAsync(document.PartitionKey, document.Version!, due.Batch, cancellationToken).ConfigureAwait(false) is { Done: false } row)
            {
                await QueueAsync(document.PartitionKey, document.Version!, row, cancellationToken).ConfigureAwait(false);
                queued++;
            }
        }
        return queued;
    }

    private async Task QueueAsync(string documentId, string version, CitationBatch batch, CancellationToken cancellationToken)
    {
        var message = JsonSerializer_.Serialize(new CitationBatchMessage(documentId, version, batch.Batch, batch.ClaimIds, PipelineTelemetry.CurrentTraceParent()), PipelineJsonContext.Default.CitationBatchMessage);
        await storage.CitationQueue.SendMessageAsync(message, cancellationToken).ConfigureAwait(false);
        try
        {
            await ledger.MarkQueuedAsync(documentId, version, batch.Batch, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // A newer split replaced the ledger meanwhile: the message is for an old version and will be ignored.
        }
    }

    /// <summary>Documents split before windows existed have none: all their batches were queued at once.</summary>
    private static int WindowOf(int window, int batches) => window > 0 ? window : Math.Max(batches, 1);
}
