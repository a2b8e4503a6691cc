using System.Diagnostics;

namespace ClaimTracker.Pipeline.Telemetry;

/// <summary>
/// The pipeline's spans, on one <see cref="ActivitySource"/> both hosts listen to: a split and
/// each cite batch, tagged with the document they work on. A cite batch starts a span of its own
/// (the trigger's activity is its parent) linked to the split that queued its document's batches,
/// whose W3C <c>traceparent</c> rides in the message: blob → split → batch → … → ready can be
/// followed across the queue hop. A batch queued by the batch before it (the window moving on)
/// passes the split's <c>traceparent</c> on, so every batch links to the split, not to a chain.
/// </summary>
public static class PipelineTelemetry
{
    public const string SourceName = "ClaimTracker.Pipeline";

    public const string DocumentId = "document.id";
    public const string DocumentVersion = "document.version";
    public const string DocumentName = "document.name";
    public const string Batch = "citation.batch";

    /// <summary>A cite span's custom property (not exported): the split's <c>traceparent</c>, for the batches it queues.</summary>
    private const string SplitTraceParent = "claimtracker.split.traceparent";

    public static ActivitySource Source { get; } = new(SourceName);

    public static Activity? StartSplit(string documentId, string blobName) =>
        Source.StartActivity("SplitDocument", ActivityKind.Internal, parentContext: default,
            tags: [new(DocumentId, documentId), new(DocumentName, blobName)]);

    /// <param name="traceParent">The queuing span's <c>traceparent</c>, as <see cref="CurrentTraceParent"/> wrote it; none or damaged, no link.</param>
    public static Activity? StartCite(string documentId, string version, int batch, string? traceParent)
    {
        var linked = ActivityContext.TryParse(traceParent, null, out var split);
        var span = Source.StartActivity("AttachCitations", ActivityKind.Internal, parentContext: default,
            tags: [new(DocumentId, documentId), new(DocumentVersion, version), new(Batch, batch)], links: linked ? [new ActivityLink(split)] : null);
        if (linked)
        {
            span?.SetCustomProperty(SplitTraceParent, traceParent);
        }
        return span;
    }

    /// <summary>
    /// The <c>traceparent</c> (<c>00-{trace}-{span}-{flags}</c>) for a message queued now: the
    /// split's when a cite span (or anything under it) queues it, else the current span's; none outside a span.
    /// </summary>
    public static string? CurrentTraceParent()
    {
        for (var activity = Activity.Current; activity is not null; activity = activity.Parent)
        {
            if (activity.GetCustomProperty(SplitTraceParent) is string split)
            {
                return split;
            }
        }
        return Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;
    }
}
