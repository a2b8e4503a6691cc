using ClaimTracker.Pipeline.Storage;

namespace ClaimTracker.Pipeline;

/// <summary>
/// The triggers both hosts declare: the function app's functions and serve's WebJobs, by the
/// same names (so <c>AzureWebJobs.{name}.Disabled</c> settings apply to either) over the same blobs and queue.
/// </summary>
public static class PipelineTriggers
{
    /// <summary>The split stage fed by Event Grid (Flex Consumption); the function app only.</summary>
    public const string SplitDocument = "SplitDocument";

    /// <summary>The split stage fed by the container scan; the function app where Event Grid is not set up, and serve.</summary>
    public const string SplitDocumentPolling = "SplitDocumentPolling";

    public const string AttachCitations = "AttachCitations";

    /// <summary>Uploads: every blob of the documents container, its name bound as <c>{name}</c>.</summary>
    public const string DocumentBlobPath = StorageNames.DocumentsContainer + "/{name}";
}
