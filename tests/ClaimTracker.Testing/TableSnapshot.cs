using Azure.Data.Tables;

namespace ClaimTracker.Testing;

/// <summary>
/// The rows of one partition as comparable text, without the columns that record when
/// something was written, so two snapshots are equal exactly when the data is.
/// </summary>
public static class TableSnapshot
{
    public static async Task<IReadOnlyList<string>> TakeAsync(TableClient table, string filter, params string[] ignoredColumns)
    {
        var rows = new List<string>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter))
        {
            var columns = entity.Keys
                .Where(k => k is not ("odata.etag" or "Timestamp") && !ignoredColumns.Contains(k))
                .OrderBy(k => k, StringComparer.Ordinal)
                .Select(k => $"{k}={entity[k]}");
            rows.Add($"{entity.PartitionKey}/{entity.RowKey}: {string.Join("; ", columns)}");
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
