using Azure.Storage.Blobs;
using ClaimTracker.Pipeline;
using ClaimTracker.Pipeline.Citing;
using ClaimTracker.Pipeline.Splitting;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Azure.WebJobs;

namespace ClaimTracker.Cli.Serve;

/// <summary>
/// The pipeline's triggers on the WebJobs SDK, the engine beneath Azure Functions: the same
/// blob scanning, queue polling, dequeue counts and poison queue, calling the same handlers
/// as the function app. Names match the function app's, so the same settings apply.
/// </summary>
public sealed class PipelineJobs(SplitDocumentHandler split, AttachCitationsHandler cite)
{
    [FunctionName(PipelineTriggers.SplitDocumentPolling)]
    public Task SplitDocumentAsync(
        [BlobTrigger(PipelineTriggers.DocumentBlobPath, Connection = StorageNames.Connection)] BlobClient blob,
        CancellationToken cancellationToken) =>
        split.HandleAsync(blob, cancellationToken);

    [FunctionName(PipelineTriggers.AttachCitations)]
    public Task AttachCitationsAsync(
        [QueueTrigger(StorageNames.CitationQueue, Connection = StorageNames.Connection)] string message,
        long dequeueCount,
        CancellationToken cancellationToken) =>
        cite.HandleAsync(message, dequeueCount, cancellationToken);
}
