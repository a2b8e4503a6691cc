using Azure.Storage.Blobs;
using ClaimTracker.Pipeline;
using ClaimTracker.Pipeline.Splitting;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Azure.Functions.Worker;

namespace ClaimTracker.Functions;

/// <summary>
/// The same handler as <see cref="SplitDocument"/>, fed by the polling blob trigger (container
/// scan), which works on Azurite and on plans other than Flex Consumption. Disabled in Azure
/// by <c>AzureWebJobs.SplitDocumentPolling.Disabled</c>.
/// </summary>
public sealed class SplitDocumentPolling(SplitDocumentHandler handler)
{
    [Function(PipelineTriggers.SplitDocumentPolling)]
    public Task Run(
        [BlobTrigger(PipelineTriggers.DocumentBlobPath, Source = BlobTriggerSource.LogsAndContainerScan, Connection = StorageNames.Connection)] BlobClient blob,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(blob, cancellationToken);
}
