using System.Diagnostics;

namespace ClaimTracker.Pipeline.Telemetry;

/// <summary>
/// The pipeline's spans, on one <see cref="ActivitySource"/> both hosts listen to: a split and
/// each cite batch, tagged with the document they work on. A cite batch starts a span of its own
/// (the trigger's activity is its parent) linked to the span that queued it, whose W3C
/// <c>traceparent</c> rides in the message: blob → split → batch → … → ready can be followed
/// across the queue hop.
/// </summary>
public static class PipelineTelemetry
{
    public const string SourceName = "ClaimTracker.Pipeline";

    public const string DocumentId = "document.id";
    public const string DocumentVersion = "document.version";
    public const string DocumentName = "document.name";
    public const string Batch = "citation.batch";

    public static ActivitySource Source { get; } = new(SourceName);

    public static Activity? StartSplit(string documentId, string blobName) =>
        Source.StartActivity("SplitDocument", ActivityKind.Internal, parentContext: default,
            tags: [new(DocumentId, documentId), new(DocumentName, blobName)]);

    /// <param name="traceParent">The queuing span's <c>traceparent</c>, as <see cref="CurrentTraceParent"/> wrote it; none or damaged, no link.</param>
    public static Activity? StartCite(string documentId, string version, int batch, string? traceParent)
    {
        ActivityLink[]? links = ActivityContext.TryParse(traceParent, null, out var queued) ? [new ActivityLink(queued)] : null;
        return Source.StartActivity("AttachCitations", ActivityKind.Internal, parentContext: default,
            tags: [new(DocumentId, documentId), new(DocumentVersion, version), new(Batch, batch)], links: links);
    }

    /// <summary>The current span's W3C <c>traceparent</c> (<c>00-{trace}-{span}-{flags}</c>), for a message it queues; none outside a span.</summary>
    public static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;
}
