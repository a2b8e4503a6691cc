using Azure.Data.Tables;
using ClaimTracker.Core.Identity;
using ClaimTracker.Testing;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>Every row the pipeline keeps for one document, as comparable text.</summary>
internal static class DocumentRows
{
    public static async Task<IReadOnlyList<string>> SnapshotAsync(PipelineFixture fixture, string documentId, bool ignoreDocumentTimes = false)
    {
        var byPartition = TableClient.CreateQueryFilter($"PartitionKey eq {documentId}");
        var byDocument = TableClient.CreateQueryFilter($"DocumentId eq {documentId}");
        string[] times = ignoreDocumentTimes ? ["BlobETag", "UploadedAt", "ReceivedAt", "ProcessedAt", "CompletedAt"] : [];
        return
        [
            .. await TableSnapshot.TakeAsync(fixture.Storage.DocumentsTable, byPartition, times),
            .. await TableSnapshot.TakeAsync(fixture.Storage.ClaimsTable, byPartition),
            .. await TableSnapshot.TakeAsync(fixture.Storage.CitationBatchesTable, byPartition, [.. times, "CompletedAt", "QueuedAt"]),
            .. await TableSnapshot.TakeAsync(fixture.Storage.CitationsTable, byDocument),
        ];
    }

    /// <summary>The rows with the document's name and id replaced, so two documents' rows compare.</summary>
    public static IEnumerable<string> Strip(IEnumerable<string> rows, string blobName)
    {
        var id = DocumentIdentity.DocumentIdFor(blobName);
        return rows.Select(r => r.Replace(id, "<document>", StringComparison.Ordinal).Replace(blobName, "<blob>", StringComparison.Ordinal));
    }

    /// <summary>
    /// Rows of <paramref name="actual"/> that <paramref name="expected"/> lacks (lost) and rows it
    /// has more often (duplicated), after <see cref="Strip"/>: the figures the reliability table reports.
    /// </summary>
    public static (int Lost, int Duplicated) Compare(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var want = expected.GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var have = actual.GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var lost = want.Sum(w => Math.Max(0, w.Value - have.GetValueOrDefault(w.Key)));
        var duplicated = have.Sum(h => Math.Max(0, h.Value - want.GetValueOrDefault(h.Key)));
        return (lost, duplicated);
    }
}
