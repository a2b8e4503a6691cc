using Azure;
using Azure.Storage.Blobs.Specialized;
using ClaimTracker.Pipeline.Resilience;
using Polly;
using Polly.Registry;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>
/// One split of a document at a time. Two uploads of the same name a moment apart trigger two
/// splits; without a lock their writes interleave (each marking the other's claims removed).
/// The lock is a lease on an empty blob named for the document: it expires by itself if its
/// holder dies, and is renewed while the holder works.
/// </summary>
public sealed class DocumentLocks(ClaimTrackerStorage storage, ResiliencePipelineProvider<string> pipelines)
{
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(60);

    private readonly ResiliencePipeline _wait = pipelines.GetPipeline(ResiliencePipelines.DocumentLock);

    public async Task<DocumentLock> AcquireAsync(string documentId, CancellationToken cancellationToken)
    {
        var blob = storage.Locks.GetBlobClient(documentId);
        try
        {
            await blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // It exists already (and may be leased): that is the normal case.
        }

        var lease = blob.GetBlobLeaseClient();
        await _wait.ExecuteAsync(async token => await lease.AcquireAsync(LeaseDuration, cancellationToken: token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return new DocumentLock(lease);
    }
}
