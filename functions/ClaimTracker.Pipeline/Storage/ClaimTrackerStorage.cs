using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>The containers, queues and tables the pipeline works on, from the registered service clients.</summary>
public sealed class ClaimTrackerStorage(BlobServiceClient blobs, QueueServiceClient queues, TableServiceClient tables, IAzureClientFactory<QueueServiceClient> queueClients)
{
    /// <summary>The name of the queue service client that leaves message bodies as they are.</summary>
    public const string UndecodedQueues = "undecoded";

    private readonly QueueServiceClient _undecoded = queueClients.CreateClient(UndecodedQueues);

    public BlobContainerClient Documents { get; } = blobs.GetBlobContainerClient(StorageNames.DocumentsContainer);

    public BlobContainerClient Locks { get; } = blobs.GetBlobContainerClient(StorageNames.LocksContainer);

    public QueueClient CitationQueue { get; } = queues.GetQueueClient(StorageNames.CitationQueue);

    public QueueClient CitationPoisonQueue => Undecoded(StorageNames.CitationPoisonQueue);

    public QueueClient BlobTriggerPoisonQueue => Undecoded(StorageNames.BlobTriggerPoisonQueue);

    public TableClient DocumentsTable { get; } = tables.GetTableClient(StorageNames.DocumentsTable);

    public TableClient ClaimsTable { get; } = tables.GetTableClient(StorageNames.ClaimsTable);

    public TableClient CitationsTable { get; } = tables.GetTableClient(StorageNames.CitationsTable);

    public TableClient CitationBatchesTable { get; } = tables.GetTableClient(StorageNames.CitationBatchesTable);

    /// <summary>
    /// A queue read without Base64 decoding. Poison queues hold whatever the triggers could
    /// not process, including bodies that are not Base64 at all, which a decoding client
    /// refuses to return.
    /// </summary>
    private QueueClient Undecoded(string name) => _undecoded.GetQueueClient(name);

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
