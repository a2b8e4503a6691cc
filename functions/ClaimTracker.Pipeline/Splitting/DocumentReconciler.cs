using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Pipeline.Splitting;

/// <summary>
/// The safety net under the blob trigger: finds uploads that no trigger delivered (the polling
/// scan can skip a blob written in the same second as another; an Event Grid delivery can be
/// dead-lettered) and splits them with the same handler. A blob counts as delivered once the
/// document row records its ETag, whatever its status. It also ends splits that stopped for good:
/// a blob trigger that failed <c>poisonBlobThreshold</c> times moves the blob to its poison queue
/// and never tries again, which would leave the document splitting forever.
/// </summary>
public sealed partial class DocumentReconciler(
    ClaimTrackerStorage storage,
    DocumentRepository documents,
    SplitDocumentHandler split,
    TimeProvider time,
    ILogger<DocumentReconciler> logger)
{
    /// <summary>An upload younger than this is left to its trigger.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    /// <summary>A split attempt that started this long ago has ended, whatever happened: longer than host.json's functionTimeout.</summary>
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
                if (document.ParsedStatus is DocumentStatus.Received or DocumentStatus.Splitting && document.ReceivedAt < time.GetUtcNow() - StalledAfter)
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
        return missed;
    }

    private const string StalledReason =
        "The split stopped and was not retried: the blob trigger gave up after repeated failures (GET /api/poison lists the blob). Upload the document again to retry.";

    /// <summary>Blob properties quote the ETag and listings do not: the same version either way.</summary>
    private static bool SameETag(string? recorded, string? listed) =>
        recorded is not null && listed is not null && recorded.Trim('"') == listed.Trim('"');

    [LoggerMessage(Level = LogLevel.Warning, Message = "{BlobName} was uploaded but never delivered by the blob trigger; splitting it now.")]
    private static partial void LogMissed(ILogger logger, string blobName);

    [LoggerMessage(Level = LogLevel.Error, Message = "{BlobName} has been splitting for longer than any attempt can run; marking it failed.")]
    private static partial void LogStalled(ILogger logger, string blobName);
}
