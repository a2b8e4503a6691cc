using Azure;
using Azure.Data.Tables;
using ClaimTracker.Core;
using ClaimTracker.Core.Review;
using ClaimTracker.Pipeline.Resilience;
using ClaimTracker.Pipeline.Review;
using Polly;
using Polly.Registry;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>
/// Verdicts on claims. A verdict, its history entry and the document's tally are one table
/// transaction in the document's partition (<see cref="ClaimRows"/>): the claim's ETag guards
/// against overwriting a verdict the reviewer has not seen, the tally's ETag against two
/// reviewers of different claims miscounting, and history rows are only ever added.
/// </summary>
public sealed class ReviewStore(ClaimTrackerStorage storage, ClaimRepository claims, ResiliencePipelineProvider<string> pipelines, TimeProvider time)
{
    /// <summary>
    /// Re-runs a verdict when only the tally raced (HTTP 412, or 409 when two verdicts created it):
    /// each try re-reads the claim, so a stale If-Match still ends as stale.
    /// </summary>
    private readonly ResiliencePipeline _concurrency = pipelines.GetPipeline(ResiliencePipelines.OptimisticConcurrency);

    private TableClient Table => storage.ClaimsTable;

    public async Task<ReviewResult> ReviewAsync(string documentId, string claimId, ETag ifMatch, ReviewChange change, CancellationToken cancellationToken)
    {
        ReviewResult result;
        try
        {
            result = await _concurrency.ExecuteAsync(token => new ValueTask<ReviewResult>(TryReviewAsync(documentId, claimId, ifMatch, change, token)), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (ResiliencePipelines.IsConcurrencyRace(e))
        {
            return new ReviewResult(ReviewOutcome.Busy);
        }
        if (result.Outcome == ReviewOutcome.Applied)
        {
            try
            {
                await CopyTallyToListingAsync(documentId, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (ResiliencePipelines.IsConcurrencyRace(e))
            {
                // The verdict stands; the other verdicts racing this copy each copy the tally again.
            }
        }
        return result;
    }

    private async Task<ReviewResult> TryReviewAsync(string documentId, string claimId, ETag ifMatch, ReviewChange change, CancellationToken cancellationToken)
    {
        var claim = await claims.FindAsync(documentId, claimId, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            return new ReviewResult(ReviewOutcome.NotFound);
        }
        if (claim.ETag != ifMatch)
        {
            return new ReviewResult(ReviewOutcome.Stale, claim);
        }
        if (claim.Removed)
        {
            return new ReviewResult(ReviewOutcome.Removed, claim);
        }

        var tally = await FindTallyAsync(documentId, cancellationToken).ConfigureAwait(false);
        var from = ResourceMapper.ReviewStatusOf(claim);
        var to = change.Status is { } status ? WireNames.Of(status) : from;
        var note = change.SetsNote ? change.Note : claim.ReviewNote;
        var revision = claim.ReviewRevision + 1;
        var at = time.GetUtcNow();

        var counts = Counts(tally);
        Adjust(counts, from, -1);
        Adjust(counts, to, +1);
        var tallyRow = TallyRow(documentId, counts);
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.UpdateMerge, new TableEntity(documentId, claimId)
            {
                [nameof(ClaimEntity.ReviewStatus)] = to,
                [nameof(ClaimEntity.ReviewNote)] = note ?? string.Empty,
                [nameof(ClaimEntity.Reviewer)] = change.Reviewer,
                [nameof(ClaimEntity.ReviewedAt)] = at,
                [nameof(ClaimEntity.ReviewRevision)] = revision,
            }, claim.ETag),
            new(TableTransactionActionType.Add, new TableEntity(documentId, ClaimRows.History(claimId, revision))
            {
                ["ClaimId"] = claimId,
                ["Revision"] = revision,
                ["Reviewer"] = change.Reviewer,
                ["At"] = at,
                ["From"] = from,
                ["To"] = to,
                ["Note"] = note ?? string.Empty,
            }),
            tally is null
                ? new(TableTransactionActionType.Add, tallyRow)
                : new(TableTransactionActionType.UpdateReplace, tallyRow, tally.ETag),
        ];
        // A 409 or 412 here means the claim or the tally changed under us: the pipeline's next try re-reads both and tells them apart.
        var response = await Table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        // The claim as this verdict left it, not as a read a moment later might find it after someone else's.
        claim.ReviewStatus = to;
        claim.ReviewNote = note;
        claim.Reviewer = change.Reviewer;
        claim.ReviewedAt = at;
        claim.ReviewRevision = revision;
        claim.ETag = response.Value[0].Headers.ETag ?? (await claims.FindAsync(documentId, claimId, cancellationToken).ConfigureAwait(false))!.ETag;
        return new ReviewResult(ReviewOutcome.Applied, claim);
    }

    public async Task<IReadOnlyList<ReviewEvent>> HistoryAsync(string documentId, string claimId, CancellationToken cancellationToken)
    {
        var events = new List<ReviewEvent>();
        await foreach (var row in Table.QueryAsync<TableEntity>(ClaimRows.HistoryOf(documentId, claimId), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            events.Add(new ReviewEvent(
                row.GetInt32("Revision") ?? 0,
                row.GetString("Reviewer") ?? string.Empty,
                row.GetDateTimeOffset("At") ?? default,
                row.GetString("From") ?? string.Empty,
                row.GetString("To") ?? string.Empty,
                NullIfEmpty(row.GetString("Note"))));
        }
        return events;
    }

    /// <summary>The verdict counts over a document's current claims.</summary>
    public async Task<ReviewCounts> CountsAsync(string documentId, CancellationToken cancellationToken) =>
        ToCounts(Counts(await FindTallyAsync(documentId, cancellationToken).ConfigureAwait(false)));

    /// <summary>
    /// Counts the verdicts again after a new version removed or restored claims. The tally's
    /// ETag is read before the scan: a verdict given during the scan changes it, and the count
    /// starts over.
    /// </summary>
    public async Task RecountAsync(string documentId, CancellationToken cancellationToken)
    {
        await _concurrency.ExecuteAsync(async token =>
        {
            var tally = await FindTallyAsync(documentId, token).ConfigureAwait(false);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var filter = ClaimRows.ClaimsOf(documentId) + TableClient.CreateQueryFilter($" and Removed eq {false}");
            await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: [nameof(ClaimEntity.ReviewStatus)], cancellationToken: token).ConfigureAwait(false))
            {
                Adjust(counts, row.GetString(nameof(ClaimEntity.ReviewStatus)) ?? string.Empty, +1);
            }
            try
            {
                if (tally is null)
                {
                    await Table.AddEntityAsync(TallyRow(documentId, counts), token).ConfigureAwait(false);
                }
                else
                {
                    await Table.UpdateEntityAsync(TallyRow(documentId, counts), tally.ETag, TableUpdateMode.Replace, token).ConfigureAwait(false);
                }
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // A verdict created the tally first: the same race as a changed ETag.
                throw new RequestFailedException(412, "The review tally was created during the count.", e);
            }
        }, cancellationToken).ConfigureAwait(false);
        await CopyTallyToListingAsync(documentId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Copies the tally to the document's reviews row in the <c>Documents</c> table, which the
    /// listing reads in the same query as the documents. The tally itself stays in the claims'
    /// partition, where it commits with each verdict; the copy follows it. Each copy reads the
    /// copy, then the tally, and writes only if the copy is unchanged since: whichever writer
    /// lands last read the tally after every verdict that came before, so the copy settles on the
    /// current tally however verdicts interleave.
    /// </summary>
    private Task CopyTallyToListingAsync(string documentId, CancellationToken cancellationToken) =>
        _concurrency.ExecuteAsync(async token =>
        {
            var copy = await storage.DocumentsTable.GetEntityIfExistsAsync<TableEntity>(documentId, DocumentEntity.ReviewsRow, cancellationToken: token).ConfigureAwait(false);
            var tally = Counts(await FindTallyAsync(documentId, token).ConfigureAwait(false));
            var counts = StoredJson.Counts(ToCounts(tally));
            var row = new TableEntity(documentId, DocumentEntity.ReviewsRow) { [nameof(DocumentEntity.ReviewedCounts)] = counts };
            if (!copy.HasValue && tally.Values.All(n => n == 0))
            {
                // No row reads as no verdicts: a document nobody has reviewed keeps its one row.
                return;
            }
            if (!copy.HasValue)
            {
                try
                {
                    await storage.DocumentsTable.AddEntityAsync(row, token).ConfigureAwait(false);
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    throw new RequestFailedException(412, "The reviews row was created during the copy.", e);
                }
            }
            else if (copy.Value!.GetString(nameof(DocumentEntity.ReviewedCounts)) != counts)
            {
                await storage.DocumentsTable.UpdateEntityAsync(row, copy.Value!.ETag, TableUpdateMode.Replace, token).ConfigureAwait(false);
            }
        }, cancellationToken).AsTask();

    private async Task<TableEntity?> FindTallyAsync(string documentId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(documentId, ClaimRows.Tally, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value : null;
    }

    private static readonly ReviewStatus[] Verdicts = [ReviewStatus.Supported, ReviewStatus.Disputed, ReviewStatus.NeedsSource, ReviewStatus.NotAClaim];

    private static Dictionary<string, int> Counts(TableEntity? tally) =>
        Verdicts.ToDictionary(v => WireNames.Of(v), v => tally?.GetInt32(v.ToString()) ?? 0, StringComparer.Ordinal);

    /// <summary>Unreviewed claims are not counted: they are the document's claims less the verdicts.</summary>
    private static void Adjust(Dictionary<string, int> counts, string status, int by)
    {
        if (status.Length > 0 && status != WireNames.Of(ReviewStatus.Unreviewed))
        {
            counts[status] = Math.Max(0, counts.GetValueOrDefault(status) + by);
        }
    }

    private static TableEntity TallyRow(string documentId, Dictionary<string, int> counts)
    {
        var row = new TableEntity(documentId, ClaimRows.Tally);
        foreach (var verdict in Verdicts)
        {
            row[verdict.ToString()] = counts.GetValueOrDefault(WireNames.Of(verdict));
        }
        return row;
    }

    private static ReviewCounts ToCounts(Dictionary<string, int> counts) => new(
        counts[WireNames.Of(ReviewStatus.Supported)],
        counts[WireNames.Of(ReviewStatus.Disputed)],
        counts[WireNames.Of(ReviewStatus.NeedsSource)],
        counts[WireNames.Of(ReviewStatus.NotAClaim)]);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

/// <summary>A reviewer's change: a new status, a note (<see cref="SetsNote"/>: null clears it), or both.</summary>
public sealed record ReviewChange(ReviewStatus? Status, bool SetsNote, string? Note, string Reviewer);

public enum ReviewOutcome
{
    Applied,
    NotFound,
    Removed,
    Stale,

    /// <summary>Other reviewers kept changing the document's tally; the caller may try again.</summary>
    Busy,
}

/// <param name="Claim">The claim after the change (applied) or as it is now (stale, removed).</param>
public sealed record ReviewResult(ReviewOutcome Outcome, ClaimEntity? Claim = null);
