using Azure;
using Azure.Data.Tables;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>
/// One row per citation batch (<c>CitationBatches</c>: partition = document id, row =
/// <c>{version}-{batch:D5}</c>) holding the batch's claim ids, when its message was queued, and
/// whether it is done. Each batch marks only its own row done, and a document is complete when
/// every row of its version is done. No counter that concurrent batches would fight over. The
/// rows are what messages are made from, so a batch can be queued again at any time, by the
/// batch before it or by the reconciler, and always names the same claims.
/// </summary>
public sealed class CitationBatchLedger(ClaimTrackerStorage storage, TimeProvider time)
{
    private TableClient Table => storage.CitationBatchesTable;

    /// <summary>
    /// Records the batches of a split as pending: rows 0..n-1 of this version start not done and
    /// not queued, each with its claim ids, and every other row of the document (earlier versions,
    /// or batches of a run with another batch size) is deleted, so only this run's batches decide readiness.
    /// </summary>
    public async Task RecordPendingAsync(string documentId, string version, IReadOnlyList<IReadOnlyList<string>> batches, CancellationToken cancellationToken)
    {
        var stale = new List<TableTransactionAction>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {documentId}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["RowKey", "Version", "Batch"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString("Version") != version || row.GetInt32("Batch") >= batches.Count)
            {
                stale.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(documentId, row.RowKey), ETag.All));
            }
        }
        var pending = batches.Select((claimIds, batch) => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace,
            new TableEntity(documentId, RowFor(version, batch)) { ["Version"] = version, ["Batch"] = batch, ["Done"] = false, ["ClaimIds"] = StoredJson.Strings(claimIds) }));
        await TableTransactions.SubmitAsync(Table, stale.Concat(pending), cancellationToken).ConfigureAwait(false);
    }

    public async Task<CitationBatch?> FindAsync(string documentId, string version, int batch, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(documentId, RowFor(version, batch), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? Batch(row.Value!) : null;
    }

    /// <summary>Every batch of a version, in order, without their claim ids (a large document's would be megabytes).</summary>
    public async Task<IReadOnlyList<CitationBatch>> ListAsync(string documentId, string version, CancellationToken cancellationToken)
    {
        var batches = new List<CitationBatch>();
        var columns = new[] { "Batch", "Done", "QueuedAt", "CompletedAt" };
        await foreach (var row in Table.QueryAsync<TableEntity>(OfVersion(documentId, version), select: columns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            batches.Add(Batch(row));
        }
        return batches.OrderBy(b => b.Batch).ToArray();
    }

    /// <summary>Records that the batch's message went out; the reconciler queues again what stays undone long after.</summary>
    public Task MarkQueuedAsync(string documentId, string version, int batch, CancellationToken cancellationToken) =>
        Table.UpdateEntityAsync(new TableEntity(documentId, RowFor(version, batch)) { ["QueuedAt"] = time.GetUtcNow() }, ETag.All, TableUpdateMode.Merge, cancellationToken);

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
        int total = 0, done = 0, cited = 0;
        await foreach (var row in Table.QueryAsync<TableEntity>(OfVersion(documentId, version), select: ["Done", "CitedClaims"], cancellationToken: cancellationToken).ConfigureAwait(false))
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

    /// <summary>Row keys of one version share the prefix "{version}-"; '.' sorts right after '-'.</summary>
    private static string OfVersion(string documentId, string version) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {documentId} and RowKey ge {version + "-"} and RowKey lt {version + "."}");

    private static CitationBatch Batch(TableEntity row) => new(
        row.GetInt32("Batch") ?? 0,
        StoredJson.Strings(row.GetString("ClaimIds")),
        row.GetDateTimeOffset("QueuedAt"),
        row.GetBoolean("Done") == true,
        row.GetDateTimeOffset("CompletedAt"));

    private static string RowFor(string version, int batch) => $"{version}-{batch:D5}";
}
