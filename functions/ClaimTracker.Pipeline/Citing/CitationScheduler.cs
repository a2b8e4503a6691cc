using JsonSerializer_ = System.Text.Json.JsonSerializer;
using ClaimTracker.Core.Citations;
using ClaimTracker.Pipeline.Contracts;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Pipeline.Citing;

/// <summary>
/// Queues citation work for the claims of one document version, in batches: records the
/// batches as pending, marks the document citing, then sends one message per batch. Used by the
/// split stage and by re-citing, which differ only in where the claim ids come from.
/// </summary>
public sealed class CitationScheduler(ClaimTrackerStorage storage, DocumentRepository documents, CitationBatchLedger ledger, IOptions<ClaimTrackerOptions> options)
{
    /// <returns>How many batches were queued.</returns>
    /// <param name="context">The version's citation context, stored on the document row for every batch to read.</param>
    public async Task<int> ScheduleAsync(string documentId, string version, IReadOnlyList<string> claimIds, int units, int claims, DocumentCitationContext context, CancellationToken cancellationToken)
    {
        var batches = claimIds
            .Chunk(options.Value.CitationBatchSize)
            .Select((chunk, i) => new CitationBatchMessage(documentId, version, i, chunk))
            .ToArray();
        await ledger.RecordPendingAsync(documentId, version, batches.Length, cancellationToken).ConfigureAwait(false);

        // Citing is recorded before the first message goes out, so the last batch to finish always finds it.
        await documents.MarkCitingAsync(documentId, units, claims, batches.Length, StoredJson.CitationContext(context), cancellationToken).ConfigureAwait(false);
        foreach (var batch in batches)
        {
            var message = JsonSerializer_.Serialize(batch, PipelineJsonContext.Default.CitationBatchMessage);
            await storage.CitationQueue.SendMessageAsync(message, cancellationToken).ConfigureAwait(false);
        }
        return batches.Length;
    }
}
