using Azure.Storage.Blobs;
using ClaimTracker.Pipeline.Splitting;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Azure.Functions.Worker;

namespace ClaimTracker.Functions;

/// <summary>
/// Splits an uploaded document, fed by Event Grid: the only blob trigger Flex Consumption
/// supports. Azurite raises no Event Grid events, so locally this one is disabled
/// (<c>AzureWebJobs.SplitDocument.Disabled</c>) and <see cref="SplitDocumentPolling"/> runs.
/// </summary>
public sealed class SplitDocument(SplitDocumentHandler handler)
{
    public const string BlobPath = StorageNames.DocumentsContainer + "/{name}";

    [Function(nameof(SplitDocument))]
    public Task Run(
        [BlobTrigger(BlobPath, Source = BlobTriggerSource.EventGrid, Connection = StorageNames.Connection)] BlobClient blob,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(blob, cancellationToken);
}
