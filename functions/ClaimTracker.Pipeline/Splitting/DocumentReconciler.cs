using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline.Citing;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Pipeline.Splitting;

/// <summary>
/// The safety net under the blob trigger: finds uploads that no trigger delivered (the polling
/// scan can skip a blob written in the same second as another; an Event Grid delivery can be
/// dead-lettered) and splits them with the same handler. A blob counts as delivered once the
/// document row records its ETag, whatever its status. It also ends splits that stopped for good:
/// a blob trigger that failed <c>poisonBlobThreshold</c> times moves the blob to its poison queue
/// and never tries again, which would leave the document splitting forever. And it finishes
/// citing that stopped: a version whose batches made no progress for <see cref="StalledAfter"/>
/// has no message left in flight (a split cut off before queueing all of its first window, a
/// lost message), so every batch that is due and not done is queued again, from its ledger row.
/// </summary>
public sealed partial class DocumentReconciler(
    ClaimTrackerStorage storage,
    DocumentRepository documents,
    CitationBatchLedger ledger,
    CitationScheduler scheduler,
    SplitDocumentHandler split,
    TimeProvider time,
    ILogger<DocumentReconciler> logger)
{
    /// <summary>An upload younger than this is left to its trigger.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    /// <summary>A split that has not written its checkpoint for this long has ended, whatever happened: longer than host.json's functionTimeout.</summary>
    public static readonly TimeSpan StalledAfter = TimeSpan.FromMinutes(15);

    /// <returns>How many missed uploads were split.</returns>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var seen = (await documents.ListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(d => d.PartitionKey, StringComparer.Ordinal);
        var missed = 0;
        await foreach (var blob in storage.Documents.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (blob.Properties.LastModified is { } modified && modified > time.GetUtcNow() - Grace)
            {
                continue;
            }
            if (seen.TryGetValue(DocumentIdentity.DocumentIdFor(blob.Name), out var document) && SameETag(document.BlobETag, blob.Properties.ETag?.ToString()))
            {
                // The row's last write, not when the upload was received: a split at work on a large document writes its checkpoint every 500 units.
                if (document.ParsedStatus is DocumentStatus.Received or DocumentStatus.Splitting && (document.Timestamp ?? document.ReceivedAt) < time.GetUtcNow() - StalledAfter)
                {
                    LogStalled(logger, blob.Name);
                    await documents.MarkFailedAsync(document.PartitionKey, StalledReason, cancellationToken).ConfigureAwait(false);
                }
                continue;
            }
            LogMissed(logger, blob.Name);
            missed++;
            await split.HandleAsync(storage.Documents.GetBlobClient(blob.Name), cancellationToken).ConfigureAwait(false);
        }
        foreach (var document in seen.Values.Where(d => d.ParsedStatus == DocumentStatus.Citing && d.Version is { Length: > 0 }))
        {
            await ResumeCitingAsync(document, cancellationToken).ConfigureAwait(false);
        }
        return missed;
    }

    /// <summary>The version-scoped sweep: only this version's ledger rows, only when none of them moved for <see cref="StalledAfter"/>.</summary>
    private async Task ResumeCitingAsync(DocumentEntity document, CancellationToken cancellationToken)
    {
        var version = document.Version!;
        var batches = await ledger.ListAsync(document.PartitionKey, version, cancellationToken).ConfigureAwait(false);
        var lastActivity = batches.Select(b => b.LastActivity).Append(document.Timestamp).Max();
        if (batches.Count == 0 || lastActivity > time.GetUtcNow() - StalledAfter)
        {
            return;
        }
        if (batches.All(b => b.Done))
        {
            // The last batch finished but stopped before marking the document ready.
            var progress = await ledger.ProgressAsync(document.PartitionKey, version, cancellationToken).ConfigureAwait(false);
            await documents.TryMarkReadyAsync(document.PartitionKey, version, progress.CitedClaims, cancellationToken).ConfigureAwait(false);
            return;
        }
        var queued = await scheduler.RequeueAsync(document, batches, cancellationToken).ConfigureAwait(false);
        LogRequeued(logger, document.BlobName, queued, batches.Count(b => !b.Done));
    }

    private const string StalledReason =
        "The split stopped and was not retried: the blob trigger gave up after repeated failures (GET /api/poison lists the blob). Upload the document again to retry.";

    /// <summary>Blob properties quote the ETag and listings do not: the same version either way.</summary>
    private static bool SameETag(string? recorded, string? listed) =>
        recorded is not null && listed is not null && recorded.Trim('"') == listed.Trim('"');

    [LoggerMessage(Level = LogLevel.Warning, Message = "{BlobName} was uploaded but never delivered by the blob trigger; splitting it now.")]
    private static partial void LogMissed(ILogger logger, string blobName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{BlobName} made no citation progress for a long time; queued {Queued} of its {Pending} pending batches again.")]
    private static partial void LogRequeued(ILogger logger, string blobName, int queued, int pending);

    [LoggerMessage(Level = LogLevel.Error, Message = "{BlobName} has been splitting for longer than any attempt can run; marking it failed.")]
    private static partial void LogStalled(ILogger logger, string blobName);
}
