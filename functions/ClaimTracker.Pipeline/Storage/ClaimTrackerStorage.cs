using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>The containers, queues and tables the pipeline works on, from the registered service clients.</summary>
public sealed class ClaimTrackerStorage(BlobServiceClient blobs, QueueServiceClient queues, TableServiceClient tables)
{
    public BlobContainerClient Documents { get; } = blobs.GetBlobContainerClient(StorageNames.DocumentsContainer);

    public BlobContainerClient Locks { get; } = blobs.GetBlobContainerClient(StorageNames.LocksContainer);

    public QueueClient CitationQueue { get; } = queues.GetQueueClient(StorageNames.CitationQueue);

    public QueueClient CitationPoisonQueue { get; } = queues.GetQueueClient(StorageNames.CitationPoisonQueue);

    public QueueClient BlobTriggerPoisonQueue { get; } = queues.GetQueueClient(StorageNames.BlobTriggerPoisonQueue);

    public TableClient DocumentsTable { get; } = tables.GetTableClient(StorageNames.DocumentsTable);

    public TableClient ClaimsTable { get; } = tables.GetTableClient(StorageNames.ClaimsTable);

    public TableClient CitationsTable { get; } = tables.GetTableClient(StorageNames.CitationsTable);

    public TableClient CitationBatchesTable { get; } = tables.GetTableClient(StorageNames.CitationBatchesTable);

    /// <summary>Creates whatever does not exist yet. Idempotent; Bicep creates the same in Azure.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            Documents.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Locks.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            CitationQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            CitationPoisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            DocumentsTable.CreateIfNotExistsAsync(cancellationToken),
            ClaimsTable.CreateIfNotExistsAsync(cancellationToken),
            CitationsTable.CreateIfNotExistsAsync(cancellationToken),
            CitationBatchesTable.CreateIfNotExistsAsync(cancellationToken)).ConfigureAwait(false);
    }
}
