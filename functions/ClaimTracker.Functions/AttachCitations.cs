using ClaimTracker.Pipeline;
using ClaimTracker.Pipeline.Citing;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Azure.Functions.Worker;

namespace ClaimTracker.Functions;

/// <summary>Attaches citations to one batch of claims. Messages are Base64 JSON, as the split stage writes them.</summary>
public sealed class AttachCitations(AttachCitationsHandler handler)
{
    [Function(PipelineTriggers.AttachCitations)]
    public Task Run(
        [QueueTrigger(StorageNames.CitationQueue, Connection = StorageNames.Connection)] string message,
        FunctionContext context,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(message, TriggerMetadata.DequeueCount(context), cancellationToken);
}
