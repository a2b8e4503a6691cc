using System.Text.Json;
using Azure;
using ClaimTracker.Core.Citations;
using ClaimTracker.Pipeline.Contracts;
using ClaimTracker.Pipeline.Resilience;
using ClaimTracker.Pipeline.Storage;
using ClaimTracker.Pipeline.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace ClaimTracker.Pipeline.Citing;

/// <summary>
/// Stage 2, for a message on <c>claims-to-cite</c>: recognise the citations of a batch of
/// stored claims, write them to the claims and the source index, mark the batch done,
/// queue the document's next batch (a window of batches per document is in flight), and mark the
/// document ready when it was the last. Safe to run twice or concurrently. A storage
/// outage is waited out; any other failure goes back to the trigger, and on the message's last
/// delivery the document is marked failed with the reason before the message moves to poison.
/// </summary>
public sealed partial class AttachCitationsHandler(
    DocumentRepository documents,
    ClaimRepository claims,
    CitationIndex index,
    CitationBatchLedger ledger,
    CitationScheduler scheduler,
    ResiliencePipelineProvider<string> pipelines,
    IOptions<ClaimTrackerOptions> options,
    ILogger<AttachCitationsHandler> logger)
{
    private const int MaxClaimsPerMessage = 100;

    private readonly ResiliencePipeline _outage = pipelines.GetPipeline(ResiliencePipelines.StorageOutage);

    /// <param name="dequeueCount">Which delivery of the message this is, as the trigger counts it (1 for the first).</param>
    public async Task HandleAsync(string messageText, long dequeueCount, CancellationToken cancellationToken)
    {
        var message = TryParse(messageText);
        if (message is null)
        {
            // Not ours or damaged: retrying cannot help, so it is logged and completed.
            LogUnreadable(logger, messageText.Length > 200 ? messageText[..200] : messageText);
            return;
        }

        using var span = PipelineTelemetry.StartCite(message.DocumentId, message.Version, message.Batch, message.TraceParent);
        try
        {
            await _outage.ExecuteAsync(token => new ValueTask(CiteAsync(message, token)), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (RecordFailure(span, e) && dequeueCount >= options.Value.MaxDequeueCount && e is not OperationCanceledException)
        {
            var reason = $"Citation batch {message.Batch} failed on all {dequeueCount} deliveries and was moved to {StorageNames.CitationPoisonQueue} ({e.GetType().Name}: {e.Message}).";
            LogPoisoned(logger, e, message.DocumentId, reason);
            await TryMarkFailedAsync(message, reason, cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Best effort: when storage itself is what fails, the message still reaches the poison queue, where <c>GET /api/poison</c> shows it.</summary>
    private async Task TryMarkFailedAsync(CitationBatchMessage message, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await documents.TryMarkFailedAsync(message.DocumentId, message.Version, reason, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageFailures.IsTransient(e, cancellationToken))
        {
            LogNotMarked(logger, e, message.DocumentId);
        }
    }

    private async Task CiteAsync(CitationBatchMessage message, CancellationToken cancellationToken)
    {
        var document = await documents.FindAsync(message.DocumentId, cancellationToken).ConfigureAwait(false);
        if (document is null || document.Version != message.Version)
        {
            LogStale(logger, message.DocumentId, message.Version, message.Batch);
            return;
        }

        // The document's context, computed from every unit when the version was split: this batch resolves as the whole document does.
        var context = StoredJson.CitationContext(document.CitationContext);
        var loaded = await claims.GetManyAsync(message.DocumentId, message.ClaimIds, cancellationToken).ConfigureAwait(false);
        var recognised = loaded
            .Where(claim => claim.Version == message.Version)
            .Select(claim => (Claim: claim, Found: CitationRecognizer.Recognize(StoredJson.Content(claim.Text, claim.Pieces), ContextOf(claim, context))))
            .Select(c => (
                c.Claim.RowKey,
                Stored: c.Claim.Citations,
                StoredWarnings: c.Claim.CitationWarnings ?? string.Empty,
                InIndex: !string.IsNullOrEmpty(c.Claim.CitedVersion),
                Old: (IReadOnlyList<CitationReport>)StoredJson.Citations(c.Claim.Citations),
                New: c.Found.Citations.ToReports(),
                c.Found.Warnings))
            .ToArray();
        // Only what changed is written: a re-run with the same rules touches no row. A claim back
        // from removal has its old citations but no index rows, so it is written too.
        var changed = recognised
            .Where(c => c.Stored is null || !c.InIndex || c.Stored != StoredJson.Citations(c.New) || c.StoredWarnings != (StoredJson.Strings(c.Warnings) ?? string.Empty))
            .ToArray();

        try
        {
            await index.ReplaceAsync(message.DocumentId, message.Version, changed.Select(c => (c.RowKey, c.Old, c.New)), cancellationToken).ConfigureAwait(false);
            await claims.SaveCitationsAsync(message.DocumentId, message.Version, changed.Select(c => (c.RowKey, c.New, c.Warnings)), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 400 or 413)
        {
            // The service refused the data itself: retrying the message cannot help, and the document would never be ready.
            var reason = $"Storage refused the citations of batch {message.Batch} ({e.ErrorCode ?? e.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)}).";
            LogRefused(logger, message.DocumentId, reason);
            await documents.MarkFailedAsync(message.DocumentId, reason, cancellationToken).ConfigureAwait(false);
            return;
        }
        await ledger.MarkDoneAsync(message.DocumentId, message.Version, message.Batch, recognised.Count(c => c.New.Count > 0), cancellationToken).ConfigureAwait(false);
        // Done first, then the next batch of the document's window: a crash in between redelivers this message, which queues it then.
        await scheduler.QueueSuccessorAsync(document, message.Batch, cancellationToken).ConfigureAwait(false);
        if (!CitationScheduler.IsInLastWindow(document, message.Batch))
        {
            // Its successor finishes after it: reading every batch row here would make a document of n batches cost n² reads.
            return;
        }

        var progress = await ledger.ProgressAsync(message.DocumentId, message.Version, cancellationToken).ConfigureAwait(false);
        if (progress.IsComplete && await documents.TryMarkReadyAsync(message.DocumentId, message.Version, progress.CitedClaims, cancellationToken).ConfigureAwait(false))
        {
            LogReady(logger, message.DocumentId, progress.Total, progress.CitedClaims);
        }
    }

    /// <summary>Marks the span failed and never catches: an exception filter sees the exception before any handler runs.</summary>
    private static bool RecordFailure(System.Diagnostics.Activity? span, Exception e)
    {
        span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
        return true;
    }

    private static CitationContext ContextOf(ClaimEntity claim, DocumentCitationContext document) =>
        new(claim.ContextYear > 0 ? claim.ContextYear : null, claim.SpeaksInTurn || string.IsNullOrEmpty(claim.Speaker) ? null : claim.Speaker, claim.Ordinal, document,
            Core.WireNames.TryParseUnitKind(claim.Kind, out var kind) ? kind : null)
        {
            Links = StoredJson.Links(claim.Links),
        };

    private static CitationBatchMessage? TryParse(string text)
    {
        try
        {
            var message = JsonSerializer.Deserialize(text, PipelineJsonContext.Default.CitationBatchMessage);
            return message is { DocumentId.Length: > 0, Version.Length: 64, Batch: >= 0, ClaimIds: { Count: > 0 and <= MaxClaimsPerMessage } }
                ? message
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a citation message that is not a batch of ours: {Message}")]
    private static partial void LogUnreadable(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored batch {Batch} of {DocumentId} version {Version}: the document is gone or has a newer version.")]
    private static partial void LogStale(ILogger logger, string documentId, string version, int batch);

    [LoggerMessage(Level = LogLevel.Error, Message = "{DocumentId} failed: {Reason}")]
    private static partial void LogRefused(ILogger logger, string documentId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{DocumentId} failed: {Reason}")]
    private static partial void LogPoisoned(ILogger logger, Exception exception, string documentId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{DocumentId} could not be marked failed; its poisoned batch is listed by GET /api/poison.")]
    private static partial void LogNotMarked(ILogger logger, Exception exception, string documentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{DocumentId} is ready: {Batches} batches, {Cited} cited units.")]
    private static partial void LogReady(ILogger logger, string documentId, int batches, int cited);
}
