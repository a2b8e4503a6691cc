using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ClaimTracker.Core.Analysis;
using ClaimTracker.Core.Decoding;
using ClaimTracker.Core.Identity;
using ClaimTracker.Core.Segmentation;
using ClaimTracker.Pipeline.Citing;
using ClaimTracker.Pipeline.Contracts;
using ClaimTracker.Pipeline.Resilience;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace ClaimTracker.Pipeline.Splitting;

/// <summary>
/// Stage 1, for a blob in <c>documents/</c>: decode it, split it into units, store them, and
/// queue citation work in batches. Bad input ends as a failed document with a reason and a
/// normal return, so it is never retried; a storage outage is waited out
/// (<see cref="ResiliencePipelines.StorageOutage"/>), and what outlasts that propagates, so the
/// trigger retries. Splits of one document run one at a time (<see cref="DocumentLocks"/>), and every
/// step is idempotent, so a retry or the same blob twice converges on the same rows.
/// </summary>
public sealed partial class SplitDocumentHandler(
    DocumentRepository documents,
    ClaimRepository claims,
    CitationIndex index,
    ReviewStore reviews,
    CitationScheduler scheduler,
    DocumentLocks locks,
    ResiliencePipelineProvider<string> pipelines,
    IOptions<ClaimTrackerOptions> options,
    ILogger<SplitDocumentHandler> logger)
{
    private readonly ResiliencePipeline _outage = pipelines.GetPipeline(ResiliencePipelines.StorageOutage);

    public Task HandleAsync(BlobClient blob, CancellationToken cancellationToken) =>
        _outage.ExecuteAsync(token => new ValueTask(SplitAsync(blob, token)), cancellationToken).AsTask();

    private async Task SplitAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        await using var held = await locks.AcquireAsync(documentId, cancellationToken).ConfigureAwait(false);

        // Read under the lock: whichever trigger fired, this handles the blob as it is now.
        var properties = await TryGetPropertiesAsync(blob, cancellationToken).ConfigureAwait(false);
        if (properties is null)
        {
            LogBlobGone(logger, blob.Name);
            return;
        }

        var existing = await documents.FindAsync(documentId, cancellationToken).ConfigureAwait(false);
        if (existing is { ParsedStatus: DocumentStatus.Ready or DocumentStatus.Failed } && existing.BlobETag == properties.ETag.ToString())
        {
            LogAlreadyProcessed(logger, blob.Name, existing.Status);
            return;
        }

        await documents.MarkReceivedAsync(documentId, blob.Name, properties.ETag.ToString(), properties.ContentLength, properties.LastModified, cancellationToken).ConfigureAwait(false);
        var limit = options.Value.MaxDocumentBytes;
        if (properties.ContentLength > limit)
        {
            await FailAsync(documentId, blob.Name, $"The document is {properties.ContentLength:N0} bytes; the limit is {limit:N0} bytes (setting ClaimTracker__MaxDocumentBytes).", cancellationToken).ConfigureAwait(false);
            return;
        }

        var (content, status) = await TryDownloadAsync(blob, properties.ETag, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            if (status == 404)
            {
                await FailAsync(documentId, blob.Name, "The document was deleted before it could be read.", cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Changed while we read it: the new upload's own trigger waits for this lock, then splits it.
                LogBlobChanged(logger, blob.Name);
            }
            return;
        }

        var version = DocumentIdentity.VersionOf(content.ToMemory().Span);
        var decoded = DocumentDecoder.Decode(content.ToMemory().Span);
        await documents.MarkSplittingAsync(documentId, version, decoded.Document?.Encoding, decoded.Document?.Warnings ?? [], cancellationToken).ConfigureAwait(false);
        if (!decoded.Succeeded)
        {
            await FailAsync(documentId, blob.Name, decoded.FailureReason, cancellationToken).ConfigureAwait(false);
            return;
        }

        IReadOnlyList<Unit> units;
        try
        {
            units = DocumentAnalyzer.Split(decoded.Document.Text).Units;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Segmentation is pure and deterministic: a retry would fail the same way.
            LogSegmentationFailed(logger, e, blob.Name);
            await FailAsync(documentId, blob.Name, $"The document could not be split into claims ({e.GetType().Name}: {e.Message}).", cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await StoreAndQueueAsync(documentId, version, units, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 400 or 413)
        {
            // The service refused the data itself (a key or a row it cannot hold): retrying cannot help.
            await FailAsync(documentId, blob.Name, $"Storage refused the document's claims ({e.ErrorCode ?? e.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)}).", cancellationToken).ConfigureAwait(false);
            return;
        }
        LogSplit(logger, blob.Name, documentId, units.Count);
    }

    private async Task StoreAndQueueAsync(string documentId, string version, IReadOnlyList<Unit> units, CancellationToken cancellationToken)
    {
        await claims.UpsertUnitsAsync(documentId, version, units, cancellationToken).ConfigureAwait(false);

        // The index forgets vanished claims before they are marked removed, so a retry after a crash still finds them.
        var vanished = await claims.FindVanishedAsync(documentId, version, cancellationToken).ConfigureAwait(false);
        await index.ReplaceAsync(documentId, version, vanished.Select(v => (v.ClaimId, v.Citations, (IReadOnlyList<CitationReport>)[])), cancellationToken).ConfigureAwait(false);
        await claims.MarkRemovedAsync(documentId, vanished.Select(v => v.ClaimId), cancellationToken).ConfigureAwait(false);
        // Verdicts on removed claims leave the tally; verdicts on claims that came back return to it.
        await reviews.RecountAsync(documentId, cancellationToken).ConfigureAwait(false);

        var claimCount = units.Count(u => u.Kind == UnitKind.Claim);
        var context = DocumentAnalyzer.CitationContextOf(units);
        await scheduler.ScheduleAsync(documentId, version, units.Select(u => u.Id).ToArray(), units.Count, claimCount, context, cancellationToken).ConfigureAwait(false);
    }

    private async Task FailAsync(string documentId, string blobName, string reason, CancellationToken cancellationToken)
    {
        LogFailed(logger, blobName, reason);
        await documents.MarkFailedAsync(documentId, reason, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<BlobProperties?> TryGetPropertiesAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static async Task<(BinaryData? Content, int Status)> TryDownloadAsync(BlobClient blob, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            var options = new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = etag } };
            return ((await blob.DownloadContentAsync(options, cancellationToken).ConfigureAwait(false)).Value.Content, 200);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return (null, e.Status);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Split {BlobName} ({DocumentId}) into {Units} units.")]
    private static partial void LogSplit(ILogger logger, string blobName, string documentId, int units);

    [LoggerMessage(Level = LogLevel.Information, Message = "{BlobName} was already processed ({Status}); nothing to do.")]
    private static partial void LogAlreadyProcessed(ILogger logger, string blobName, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {BlobName} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string blobName, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{BlobName} no longer exists; skipped.")]
    private static partial void LogBlobGone(ILogger logger, string blobName);

    [LoggerMessage(Level = LogLevel.Information, Message = "{BlobName} changed while it was read; the new upload is processed by its own trigger.")]
    private static partial void LogBlobChanged(ILogger logger, string blobName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Splitting {BlobName} threw.")]
    private static partial void LogSegmentationFailed(ILogger logger, Exception exception, string blobName);
}
