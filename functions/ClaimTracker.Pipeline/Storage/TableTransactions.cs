using Azure.Data.Tables;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>
/// Submits many actions on one partition as entity-group transactions within the service's
/// limits: at most 100 actions and 4 MiB per transaction (we stop at 3 MiB to leave room
/// for the envelope).
/// </summary>
internal static class TableTransactions
{
    private const int MaxActions = 100;
    private const long MaxPayloadBytes = 3L * 1024 * 1024;

    public static async Task SubmitAsync(
        TableClient table,
        IEnumerable<TableTransactionAction> actions,
        CancellationToken cancellationToken)
    {
        var batch = new List<TableTransactionAction>(MaxActions);
        long bytes = 0;
        foreach (var action in actions)
        {
            var size = EstimateBytes(action.Entity);
            if (batch.Count == MaxActions || (batch.Count > 0 && bytes + size > MaxPayloadBytes))
            {
                await table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
                bytes = 0;
            }
            batch.Add(action);
            bytes += size;
        }
        if (batch.Count > 0)
        {
            await table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Strings travel as JSON, where a non-ASCII character may be escaped as <c>\uXXXX</c>:
    /// six bytes per UTF-16 unit at worst. Everything else is small.
    /// </summary>
    private static long EstimateBytes(ITableEntity entity) =>
        entity is TableEntity dynamic
            ? 256 + dynamic.Sum(p => 64 + (p.Value is string s ? s.Length * 6L : 32))
            : 4096;
}
