using Azure;
using Azure.Data.Tables;
using ClaimTracker.Core;
using ClaimTracker.Core.Segmentation;
using ClaimTracker.Pipeline.Contracts;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>The <c>Claims</c> table. Every write is a merge of the columns its stage owns.</summary>
public sealed class ClaimRepository(ClaimTrackerStorage storage)
{
    /// <summary>Point reads in flight at once when loading a batch of claims.</summary>
    private const int ReadParallelism = 8;

    private TableClient Table => storage.ClaimsTable;

    /// <summary>Writes the split stage's columns for every unit of a version; review and citation columns are left alone.</summary>
    public Task UpsertUnitsAsync(string documentId, string version, IReadOnlyList<Unit> units, CancellationToken cancellationToken) =>
        TableTransactions.SubmitAsync(Table, units.Select(unit => new TableTransactionAction(
            TableTransactionActionType.UpsertMerge,
            new TableEntity(documentId, unit.Id)
            {
                [nameof(ClaimEntity.Ordinal)] = unit.Ordinal,
                [nameof(ClaimEntity.Kind)] = WireNames.Of(unit.Kind),
                [nameof(ClaimEntity.Text)] = unit.Text,
                [nameof(ClaimEntity.Spans)] = StoredJson.Spans(unit.Spans),
                [nameof(ClaimEntity.Pieces)] = StoredJson.Pieces(unit.Content.Pieces),
                [nameof(ClaimEntity.Speaker)] = unit.Speaker ?? string.Empty,
                [nameof(ClaimEntity.SpeaksInTurn)] = unit.SpeaksInTurn,
                [nameof(ClaimEntity.Links)] = StoredJson.Links(unit.Links),
                [nameof(ClaimEntity.ContextYear)] = unit.ContextYear ?? 0,
                [nameof(ClaimEntity.Version)] = version,
                [nameof(ClaimEntity.Removed)] = false,
            })), cancellationToken);

    /// <summary>Claims of earlier versions that this version no longer has, with the citations they had.</summary>
    public async Task<IReadOnlyList<(string ClaimId, IReadOnlyList<CitationReport> Citations)>> FindVanishedAsync(
        string documentId, string version, CancellationToken cancellationToken)
    {
        var filter = ClaimRows.ClaimsOf(documentId) + TableClient.CreateQueryFilter($" and Version ne {version} and Removed eq {false}");
        var vanished = new List<(string, IReadOnlyList<CitationReport>)>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["RowKey", nameof(ClaimEntity.Citations)], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            vanished.Add((row.RowKey, StoredJson.Citations(row.GetString(nameof(ClaimEntity.Citations)))));
        }
        return vanished;
    }

    /// <summary>
    /// Marks claims removed; they stay, with their reviews and citations, for the document's
    /// history. Their index rows are gone, which an empty <see cref="ClaimEntity.CitedVersion"/>
    /// records, so a claim that returns in a later version is indexed again.
    /// </summary>
    public Task MarkRemovedAsync(string documentId, IEnumerable<string> claimIds, CancellationToken cancellationToken) =>
        TableTransactions.SubmitAsync(Table, claimIds.Select(id => new TableTransactionAction(
            TableTransactionActionType.UpdateMerge,
            new TableEntity(documentId, id) { [nameof(ClaimEntity.Removed)] = true, [nameof(ClaimEntity.CitedVersion)] = string.Empty },
            ETag.All)), cancellationToken);

    public async Task<ClaimEntity?> FindAsync(string documentId, string claimId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<ClaimEntity>(documentId, claimId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>The named claims that exist, by point reads: a filter can hold only 15 comparisons.</summary>
    public async Task<IReadOnlyList<ClaimEntity>> GetManyAsync(string documentId, IReadOnlyList<string> claimIds, CancellationToken cancellationToken)
    {
        var found = new ClaimEntity?[claimIds.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, claimIds.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ReadParallelism, CancellationToken = cancellationToken },
            async (i, token) => found[i] = await FindAsync(documentId, claimIds[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        return found.OfType<ClaimEntity>().ToArray();
    }

    /// <summary>The columns the review API shows: everything but the piece map, the bulk of a row that only the cite stage reads.</summary>
    private static readonly string[] ReviewColumns =
    [
        "PartitionKey", "RowKey", nameof(ClaimEntity.Ordinal), nameof(ClaimEntity.Kind), nameof(ClaimEntity.Text), nameof(ClaimEntity.Spans),
        nameof(ClaimEntity.Speaker), nameof(ClaimEntity.Version), nameof(ClaimEntity.Removed), nameof(ClaimEntity.Citations), nameof(ClaimEntity.CitationWarnings),
        nameof(ClaimEntity.ReviewStatus), nameof(ClaimEntity.ReviewNote), nameof(ClaimEntity.Reviewer), nameof(ClaimEntity.ReviewedAt), nameof(ClaimEntity.ReviewRevision),
    ];

    /// <summary>
    /// A document's claims for review, in table order (callers sort by ordinal). What a table
    /// filter can express goes into the query, each value escaped by <c>CreateQueryFilter</c>:
    /// current or all, a kind, a verdict (not "unreviewed", which is a missing column).
    /// </summary>
    public async Task<IReadOnlyList<ClaimEntity>> ListAsync(string documentId, bool includeRemoved, string? kind, string? reviewStatus, CancellationToken cancellationToken)
    {
        var filter = ClaimRows.ClaimsOf(documentId);
        if (!includeRemoved)
        {
            filter += TableClient.CreateQueryFilter($" and Removed eq {false}");
        }
        if (kind is not null)
        {
            filter += TableClient.CreateQueryFilter($" and Kind eq {kind}");
        }
        if (reviewStatus is not null)
        {
            filter += TableClient.CreateQueryFilter($" and ReviewStatus eq {reviewStatus}");
        }
        var claims = new List<ClaimEntity>();
        await foreach (var claim in Table.QueryAsync<ClaimEntity>(filter, select: ReviewColumns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            claims.Add(claim);
        }
        return claims;
    }

    /// <summary>A version's claims in document order: their ids, ordinals and texts, all the document citation context needs.</summary>
    public async Task<IReadOnlyList<(string Id, int Ordinal, string Text)>> CurrentUnitsAsync(string documentId, string version, CancellationToken cancellationToken)
    {
        var filter = ClaimRows.ClaimsOf(documentId) + TableClient.CreateQueryFilter($" and Version eq {version} and Removed eq {false}");
        var rows = new List<(string Id, int Ordinal, string Text)>();
        var columns = new[] { "RowKey", nameof(ClaimEntity.Ordinal), nameof(ClaimEntity.Text) };
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: columns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add((row.RowKey, row.GetInt32(nameof(ClaimEntity.Ordinal)) ?? 0, row.GetString(nameof(ClaimEntity.Text)) ?? string.Empty));
        }
        return rows.OrderBy(r => r.Ordinal).ToArray();
    }

    /// <summary>Writes the cite stage's columns.</summary>
    public Task SaveCitationsAsync(
        string documentId,
        string version,
        IEnumerable<(string ClaimId, IReadOnlyList<CitationReport> Citations, IReadOnlyList<string> Warnings)> cited,
        CancellationToken cancellationToken) =>
        TableTransactions.SubmitAsync(Table, cited.Select(c => new TableTransactionAction(
            TableTransactionActionType.UpdateMerge,
            new TableEntity(documentId, c.ClaimId)
            {
                [nameof(ClaimEntity.Citations)] = StoredJson.Citations(c.Citations),
                [nameof(ClaimEntity.CitationWarnings)] = StoredJson.Strings(c.Warnings) ?? string.Empty,
                [nameof(ClaimEntity.CitationCount)] = c.Citations.Count,
                [nameof(ClaimEntity.CitedVersion)] = version,
            },
            ETag.All)), cancellationToken);
}
