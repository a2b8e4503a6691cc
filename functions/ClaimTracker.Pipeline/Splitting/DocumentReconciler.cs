using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Pipeline.Splitting;

/// <summary>
/// The safety net under the blob trigger: finds uploads that no trigger delivered (the polling
/// scan can skip a blob written in the same second as another; an Event Grid delivery can be
/// dead-lettered) and splits them with the same handler. A blob counts as delivered once the
/// document row records its ETag, whatever its status.
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

    /// <returns>How many missed uploads were split.</returns>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var seen = (await documents.ListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(d => d.PartitionKey, d => d.BlobETag, StringComparer.Ordinal);
        var missed = 0;
        await foreach (var blob in storage.Documents.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (blob.Properties.LastModified is { } modified && modified > time.GetUtcNow() - Grace)
            {
                continue;
            }
            if (seen.TryGetValue(DocumentIdentity.DocumentIdFor(blob.Name), out var etag) && etag == blob.Properties.ETag?.ToString())
            {
                continue;
            }
            LogMissed(logger, blob.Name);
            missed++;
            await split.HandleAsync(storage.Documents.GetBlobClient(blob.Name), cancellationToken).ConfigureAwait(false);
        }
        return missed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{BlobName} was uploaded but never delivered by the blob trigger; splitting it now.")]
    private static partial void LogMissed(ILogger logger, string blobName);
}
