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

    /// <summary>Records the batches of a version. A merge that leaves <c>Done</c> alone, so re-running the split never undoes finished work.</summary>
    public Task RecordPendingAsync(string documentId, string version, int batches, CancellationToken cancellationToken) =>
        TableTransactions.SubmitAsync(Table, Enumerable.Range(0, batches).Select(batch => new TableTransactionAction(
            TableTransactionActionType.UpsertMerge,
            new TableEntity(documentId, RowFor(version, batch)) { ["Version"] = version, ["Batch"] = batch })), cancellationToken);

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
