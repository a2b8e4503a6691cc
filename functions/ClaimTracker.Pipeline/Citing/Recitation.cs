using ClaimTracker.Core.Citations;
using ClaimTracker.Pipeline.Storage;

namespace ClaimTracker.Pipeline.Citing;

/// <summary>
/// Re-runs the cite stage over a document's stored claims, without splitting it again: after
/// the citation rules improve. The cite stage writes only claims whose citations changed, and
/// the document is ready again when the new batches are done.
/// </summary>
public sealed class Recitation(DocumentRepository documents, ClaimRepository claims, DocumentLocks locks, CitationScheduler scheduler)
{
    public async Task<RecitationResult> RequestAsync(string documentId, CancellationToken cancellationToken)
    {
        // Not while a split of the same document is writing its claims.
        await using var held = await locks.AcquireAsync(documentId, cancellationToken).ConfigureAwait(false);
        var document = await documents.FindAsync(documentId, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return new RecitationResult(RecitationOutcome.NotFound, documentId);
        }
        if (document.ParsedStatus is not (DocumentStatus.Ready or DocumentStatus.Citing) || document.Version is not { Length: > 0 } version)
        {
            return new RecitationResult(RecitationOutcome.NotReady, documentId, Status: document.Status);
        }

        // The context is computed anew, by today's rules, from the stored units: the same as a split would compute.
        var units = await claims.CurrentUnitsAsync(documentId, version, cancellationToken).ConfigureAwait(false);
        var context = DocumentCitationContext.Of(units.Select(u => (u.Ordinal, u.Text)));
        var batches = await scheduler.ScheduleAsync(documentId, version, units.Select(u => u.Id).ToArray(), document.UnitCount, document.ClaimCount, context, cancellationToken).ConfigureAwait(false);
        return new RecitationResult(RecitationOutcome.Queued, documentId, version, batches);
    }
}
