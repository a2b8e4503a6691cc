using Azure;
using Azure.Data.Tables;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>
/// One row per citation batch (<c>CitationBatches</c>: partition = document id, row =
/// <c>{version}-{batch:D5}</c>). Each batch marks only its own row done, and a document is
/// complete when every row of its version is done. No counter that concurrent batches
/// would fight over.
/// </summary>
public sealed class CitationBatchLedger(ClaimTrackerStorage storage, TimeProvider time)
{
    private TableClient Table => storage.CitationBatchesTable;

    /// <summary>
    /// Records the batches of a split as pending: rows 0..batches-1 of this version start
    /// not done, and every other row of the document (earlier versions, or batches of a run
    /// with another batch size) is deleted, so only this run's batches decide readiness.
    /// </summary>
    public async Task RecordPendingAsync(string documentId, string version, int batches, CancellationToken cancellationToken)
    {
        var stale = new List<TableTransactionAction>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {documentId}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["RowKey", "Version", "Batch"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString("Version") != version || row.GetInt32("Batch") >= batches)
            {
                stale.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(documentId, row.RowKey), ETag.All));
            }
        }
        var pending = Enumerable.Range(0, batches).Select(batch => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace,
            new TableEntity(documentId, RowFor(version, batch)) { ["Version"] = version, ["Batch"] = batch, ["Done"] = false }));
        await TableTransactions.SubmitAsync(Table, stale.Concat(pending), cancellationToken).ConfigureAwait(false);
    }

    public Task MarkDoneAsync(string documentId, string version, int batch, int citedClaims, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity(documentId, RowFor(version, batch))
        {
            ["Version"] = version,
            ["Batch"] = batch,
            ["Done"] = true,
            ["CitedClaims"] = citedClaims,
            ["CompletedAt"] = time.GetUtcNow(),
        }, TableUpdateMode.Merge, cancellationToken);

    /// <summary>How many batches the version has, how many are done, and how many claims they found citations in.</summary>
    public async Task<BatchProgress> ProgressAsync(string documentId, string version, CancellationToken cancellationToken)
    {
        // Row keys of one version share the prefix "{version}-"; '.' sorts right after '-'.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {documentId} and RowKey ge {version + "-"} and RowKey lt {version + "."}");
        int total = 0, done = 0, cited = 0;
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["Done", "CitedClaims"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            total++;
            if (row.GetBoolean("Done") == true)
            {
                done++;
                cited += row.GetInt32("CitedClaims") ?? 0;
            }
        }
        return new BatchProgress(total, done, cited);
    }

    private static string RowFor(string version, int batch) => $"{version}-{batch:D5}";
}
