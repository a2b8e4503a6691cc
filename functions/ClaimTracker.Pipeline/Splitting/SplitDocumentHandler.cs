using System.Diagnostics;
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
using ClaimTracker.Pipeline.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace ClaimTracker.Pipeline.Splitting;

/// <summary>
/// Stage 1, for a blob in <c>documents/</c>: decode it, split it into units, store them, and
/// queue citation work in batches. Bad input ends as a failed document with a reason and a
/// normal return, so it is never retried. The split is a series of idempotent steps (store 500
/// units, then the next 500, …; retire vanished claims; record the batches; queue the first
/// window), each waiting out a storage outage on its own (<see cref="ResiliencePipelines.StorageOutage"/>):
/// the outage budget bounds waiting for storage, never a split that is working, however large.
/// What outlasts the budget propagates, so the trigger retries; the document row's checkpoint
/// (<see cref="DocumentEntity.StoredUnits"/>, then status <c>citing</c>) makes the retry
/// continue where the last attempt stopped. Splits of one document run one at a time
/// (<see cref="DocumentLocks"/>), and every step is idempotent, so a retry or the same blob
/// twice converges on the same rows.
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
    /// <summary>Units stored between two checkpoints: five entity-group transactions.</summary>
    public const int CheckpointUnits = 500;

    private readonly ResiliencePipeline _outage = pipelines.GetPipeline(ResiliencePipelines.StorageOutage);

    public async Task HandleAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        using var span = PipelineTelemetry.StartSplit(documentId, blob.Name);
        try
        {
            await SplitAsync(blob, documentId, span, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
    }

    private async Task SplitAsync(BlobClient blob, string documentId, Activity? span, CancellationToken cancellationToken)
    {
        await using var held = await StepAsync(token => locks.AcquireAsync(documentId, token), cancellationToken).ConfigureAwait(false);
        // Read under the lock: whichever trigger fired, this handles the blob as it is now.
        var read = await StepAsync(token => ReadAsync(blob, documentId, token), cancellationToken).ConfigureAwait(false);
        if (read is null)
        {
            return;
        }
        span?.SetTag(PipelineTelemetry.DocumentVersion, read.Version);

        IReadOnlyList<Unit> units;
        try
        {
            units = DocumentAnalyzer.Split(read.Text).Units;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Segmentation is pure and deterministic: a retry would fail the same way.
            LogSegmentationFailed(logger, e, blob.Name);
            await StepAsync(token => FailAsync(documentId, blob.Name, $"The document could not be split into claims ({e.GetType().Name}: {e.Message}).", token), cancellationToken).ConfigureAwait(false);
            return;
        }
        var limit = options.Value.MaxUnitsPerDocument;
        if (units.Count > limit)
        {
            await StepAsync(token => FailAsync(documentId, blob.Name, $"The document has {units.Count:N0} units (sentences, headings, fragments); the limit is {limit:N0} units (setting ClaimTracker__MaxUnitsPerDocument). Split it into smaller documents.", token), cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await StoreAndQueueAsync(documentId, read, units, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 400 or 413)
        {
            // The service refused the data itself (a key or a row it cannot hold): retrying cannot help.
            await StepAsync(token => FailAsync(documentId, blob.Name, $"Storage refused the document's claims ({e.ErrorCode ?? e.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)}).", token), cancellationToken).ConfigureAwait(false);
            return;
        }
        LogSplit(logger, blob.Name, documentId, units.Count);
    }

    /// <summary>What a split works from: the text, its version, and where an earlier attempt on the same upload stopped.</summary>
    private sealed record ReadBlob(string Text, string Version, bool FirstVersion, DocumentEntity? Checkpoint)
    {
        /// <summary>Polly's telemetry logs a step's result: the version and a length, never the whole text.</summary>
        public override string ToString() => $"version {Version}, {Text.Length:N0} characters{(Checkpoint is null ? "" : ", continuing")}";
    }

    /// <returns>null when there is nothing (more) to do: the blob is gone, was processed already, or is refused.</returns>
    private async Task<ReadBlob?> ReadAsync(BlobClient blob, string documentId, CancellationToken cancellationToken)
    {
        var properties = await TryGetPropertiesAsync(blob, cancellationToken).ConfigureAwait(false);
        if (properties is null)
        {
            LogBlobGone(logger, blob.Name);
            return null;
        }

        var existing = await documents.FindAsync(documentId, cancellationToken).ConfigureAwait(false);
        var sameUpload = existing is not null && existing.BlobETag == properties.ETag.ToString();
        if (sameUpload && existing!.ParsedStatus is DocumentStatus.Ready or DocumentStatus.Failed)
        {
            LogAlreadyProcessed(logger, blob.Name, existing.Status);
            return null;
        }
        // An attempt on this very upload got as far as splitting (or queueing): continue from its checkpoint.
        var checkpoint = sameUpload && existing!.ParsedStatus is DocumentStatus.Splitting or DocumentStatus.Citing && existing.Version is { Length: > 0 } ? existing : null;

        if (checkpoint is null)
        {
            await documents.MarkReceivedAsync(documentId, blob.Name, properties.ETag.ToString(), properties.ContentLength, properties.LastModified, cancellationToken).ConfigureAwait(false);
        }
        var limit = options.Value.MaxDocumentBytes;
        if (properties.ContentLength > limit)
        {
            await FailAsync(documentId, blob.Name, $"The document is {properties.ContentLength:N0} bytes; the limit is {limit:N0} bytes (setting ClaimTracker__MaxDocumentBytes).", cancellationToken).ConfigureAwait(false);
            return null;
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
            return null;
        }

        var version = DocumentIdentity.VersionOf(content.ToMemory().Span);
        if (checkpoint is not null && checkpoint.Version == version)
        {
            LogResumed(logger, blob.Name, checkpoint.Status, checkpoint.StoredUnits);
            return new ReadBlob(DocumentDecoder.Decode(content.ToMemory().Span).Document!.Text, version, checkpoint.FirstVersion, checkpoint);
        }
        var decoded = DocumentDecoder.Decode(content.ToMemory().Span);
        // A row without a version was never split (the API's "received" row, or none at all): no claims of an earlier version exist.
        var firstVersion = existing?.Version is null;
        await documents.MarkSplittingAsync(documentId, version, firstVersion, decoded.Document?.Encoding, decoded.Document?.Warnings ?? [], cancellationToken).ConfigureAwait(false);
        if (!decoded.Succeeded)
        {
            await FailAsync(documentId, blob.Name, decoded.FailureReason, cancellationToken).ConfigureAwait(false);
            return null;
        }
        return new ReadBlob(decoded.Document.Text, version, firstVersion, null);
    }

    private async Task StoreAndQueueAsync(string documentId, ReadBlob read, IReadOnlyList<Unit> units, CancellationToken cancellationToken)
    {
        var (version, checkpoint) = (read.Version, read.Checkpoint);
        if (checkpoint is { ParsedStatus: DocumentStatus.Citing })
        {
            // Stored and recorded already; the attempt may have stopped before its first window was queued.
            await StepAsync(token => scheduler.QueueFirstWindowAsync(documentId, version, checkpoint.CitationWindow, checkpoint.BatchCount, token), cancellationToken).ConfigureAwait(false);
            return;
        }

        for (var start = Math.Min(checkpoint?.StoredUnits ?? 0, units.Count); start < units.Count; start += CheckpointUnits)
        {
            var chunk = units.Skip(start).Take(CheckpointUnits).ToArray();
            var stored = start + chunk.Length;
            await StepAsync(async token =>
            {
                await claims.UpsertUnitsAsync(documentId, version, chunk, token).ConfigureAwait(false);
                await documents.SaveCheckpointAsync(documentId, stored, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }

        if (!read.FirstVersion)
        {
            await RetireVanishedAsync(documentId, version, cancellationToken).ConfigureAwait(false);
        }
        var claimCount = units.Count(u => u.Kind == UnitKind.Claim);
        var context = DocumentAnalyzer.CitationContextOf(units);
        var ids = units.Select(u => u.Id).ToArray();
        var (batches, window) = await StepAsync(token => scheduler.RecordAsync(documentId, version, ids, units.Count, claimCount, context, token), cancellationToken).ConfigureAwait(false);
        await StepAsync(token => scheduler.QueueFirstWindowAsync(documentId, version, window, batches, token), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Claims of earlier versions this one no longer has leave the index and are marked removed; the verdict tally is counted again.</summary>
    private Task RetireVanishedAsync(string documentId, string version, CancellationToken cancellationToken) =>
        StepAsync(async token =>
        {
            // The index forgets vanished claims before they are marked removed, so a retry after a crash still finds them.
            var vanished = await claims.FindVanishedAsync(documentId, version, token).ConfigureAwait(false);
            await index.ReplaceAsync(documentId, version, vanished.Select(v => (v.ClaimId, v.Citations, (IReadOnlyList<CitationReport>)[])), token).ConfigureAwait(false);
            await claims.MarkRemovedAsync(documentId, vanished.Select(v => v.ClaimId), token).ConfigureAwait(false);
            // Verdicts on removed claims leave the tally; verdicts on claims that came back return to it.
            await reviews.RecountAsync(documentId, token).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>One idempotent step, run again while storage is out, for at most the outage budget.</summary>
    private async Task StepAsync(Func<CancellationToken, Task> step, CancellationToken cancellationToken) =>
        await _outage.ExecuteAsync(async token => await step(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private async Task<T> StepAsync<T>(Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken) =>
        await _outage.ExecuteAsync(async token => await step(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Continuing the split of {BlobName} where an earlier attempt stopped ({Status}, {StoredUnits} units stored).")]
    private static partial void LogResumed(ILogger logger, string blobName, string status, int storedUnits);

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
