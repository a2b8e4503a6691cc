using System.Text.Json.Serialization;

namespace ClaimTracker.Pipeline.Contracts;

/// <summary>
/// A unit of citation work on the <c>claims-to-cite</c> queue. It names claims, never carries
/// their text, so a message stays a few kilobytes whatever the document.
/// </summary>
/// <param name="TraceParent">
/// The W3C <c>traceparent</c> of the span that queued it (the split, or the batch before it), so
/// the cite span links back across the queue hop; absent in messages queued outside a span and in
/// older ones, which read as before.
/// </param>
public sealed record CitationBatchMessage(
    string DocumentId,
    string Version,
    int Batch,
    IReadOnlyList<string> ClaimIds,
    [property: JsonPropertyName("traceparent"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TraceParent = null);
