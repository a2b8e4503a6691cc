using Azure.Storage.Blobs;
using ClaimTracker.Pipeline;
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
    [Function(PipelineTriggers.SplitDocument)]
    public Task Run(
        [BlobTrigger(PipelineTriggers.DocumentBlobPath, Source = BlobTriggerSource.EventGrid, Connection = StorageNames.Connection)] BlobClient blob,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(blob, cancellationToken);
}
