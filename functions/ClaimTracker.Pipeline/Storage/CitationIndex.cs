using Azure;
using Azure.Data.Tables;
using ClaimTracker.Pipeline.Contracts;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>
/// The cross-document source index (<c>Citations</c> table): partition = the cited source
/// (<see cref="CitationKeys.For"/>), row = document and claim. "Which claims, in which
/// documents, cite S/RES/822 (1993)?" is one partition query.
/// </summary>
public sealed class CitationIndex(ClaimTrackerStorage storage)
{
    private const int WriteParallelism = 8;

    private TableClient Table => storage.CitationsTable;

    /// <summary>
    /// Brings the index in line with a claim's new citations: adds what it cites now, removes
    /// what it no longer cites. Run before the claim row is updated, so a retry after a crash
    /// still sees the old citations and finishes the removals.
    /// </summary>
    public async Task ReplaceAsync(
        string documentId,
        string version,
        IEnumerable<(string ClaimId, IReadOnlyList<CitationReport> Old, IReadOnlyList<CitationReport> New)> changes,
        CancellationToken cancellationToken)
    {
        var writes = new List<Func<CancellationToken, Task>>();
        foreach (var (claimId, old, current) in changes)
        {
            var row = CitationKeys.RowFor(documentId, claimId);
            var keep = current.Select(c => CitationKeys.For(c.Kind, c.Canonical)).ToHashSet(StringComparer.Ordinal);
            foreach (var citation in current.DistinctBy(c => CitationKeys.For(c.Kind, c.Canonical)))
            {
                var entity = new TableEntity(CitationKeys.For(citation.Kind, citation.Canonical), row)
                {
                    ["Kind"] = citation.Kind,
                    ["Canonical"] = citation.Canonical,
                    ["DocumentId"] = documentId,
                    ["ClaimId"] = claimId,
                    ["Version"] = version,
                    ["Surface"] = citation.Surface,
                    ["Url"] = citation.Url ?? string.Empty,
                };
                writes.Add(token => Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, token));
            }
            foreach (var stale in old.Select(c => CitationKeys.For(c.Kind, c.Canonical)).Where(k => !keep.Contains(k)).Distinct())
            {
                writes.Add(token => Table.DeleteEntityAsync(stale, row, ETag.All, token));
            }
        }
        await Parallel.ForEachAsync(
            writes,
            new ParallelOptions { MaxDegreeOfParallelism = WriteParallelism, CancellationToken = cancellationToken },
            async (write, token) => await write(token).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>The (document, claim) pairs citing a source, optionally within one document.</summary>
    public async Task<IReadOnlyList<(string DocumentId, string ClaimId)>> CitingAsync(
        string kind, string canonical, string? documentId, CancellationToken cancellationToken)
    {
        var key = CitationKeys.For(kind, canonical);
        var filter = documentId is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {key}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {key} and DocumentId eq {documentId}");
        var found = new List<(string, string)>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["DocumentId", "ClaimId"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add((row.GetString("DocumentId"), row.GetString("ClaimId")));
        }
        return found;
    }

    /// <summary>
    /// Every index row (one per citing claim), optionally of one kind: a scan of the table, or of
    /// the kind's key range. Reads four columns, so it stays cheap into the hundreds of thousands.
    /// </summary>
    public async IAsyncEnumerable<IndexedCitation> ScanAsync(string? kind, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = kind is null
            ? null
            : TableClient.CreateQueryFilter($"PartitionKey ge {kind + "|"} and PartitionKey lt {kind + "}"}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "Kind", "Canonical", "Url", "DocumentId"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return new IndexedCitation(row.PartitionKey, row.GetString("Kind") ?? string.Empty, row.GetString("Canonical") ?? string.Empty, NullIfEmpty(row.GetString("Url")), row.GetString("DocumentId") ?? string.Empty);
        }
    }

    /// <summary>Up to <paramref name="take"/> (document, claim) pairs citing a source, after a row key: the index pages itself.</summary>
    public async Task<IReadOnlyList<(string RowKey, string DocumentId, string ClaimId)>> CitingPageAsync(
        string kind, string canonical, string after, int take, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CitationKeys.For(kind, canonical)} and RowKey gt {after}");
        var found = new List<(string, string, string)>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(take, 1000), select: ["RowKey", "DocumentId", "ClaimId"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add((row.RowKey, row.GetString("DocumentId"), row.GetString("ClaimId")));
            if (found.Count == take)
            {
                break;
            }
        }
        return found;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

/// <summary>One row of the source index: a claim of a document cites the source with this key.</summary>
public sealed record IndexedCitation(string Key, string Kind, string Canonical, string? Url, string DocumentId);
