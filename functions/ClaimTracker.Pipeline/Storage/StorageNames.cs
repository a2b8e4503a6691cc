namespace ClaimTracker.Pipeline.Storage;

/// <summary>
/// Names of the containers, queues and tables. Trigger attributes need constants, so these
/// are fixed; isolate environments by storage account, not by name.
/// </summary>
public static class StorageNames
{
    /// <summary>The app setting (or settings prefix, for identity-based connections) that names the storage account.</summary>
    public const string Connection = "AzureWebJobsStorage";

    public const string DocumentsContainer = "documents";

    /// <summary>Empty blobs whose leases serialise the split stage per document.</summary>
    public const string LocksContainer = "claimtracker-locks";
    public const string CitationQueue = "claims-to-cite";

    /// <summary>Where both hosts move a citation message after <c>maxDequeueCount</c> failed attempts.</summary>
    public const string CitationPoisonQueue = CitationQueue + "-poison";

    /// <summary>Where the blob trigger of both hosts puts a blob whose split failed <c>maxDequeueCount</c> times.</summary>
    public const string BlobTriggerPoisonQueue = "webjobs-blobtrigger-poison";

    public const string DocumentsTable = "Documents";
    public const string ClaimsTable = "Claims";
    public const string CitationsTable = "Citations";
    public const string CitationBatchesTable = "CitationBatches";
}
