using System.ComponentModel.DataAnnotations;

namespace ClaimTracker.Pipeline;

/// <summary>The <c>ClaimTracker</c> configuration section, shared by both hosts.</summary>
public sealed class ClaimTrackerOptions
{
    public const string SectionName = "ClaimTracker";

    /// <summary>Documents larger than this are marked failed without being downloaded.</summary>
    [Range(1, 512L * 1024 * 1024)]
    public long MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>
    /// Claims per citation message. Small enough that one batch finishes well inside the
    /// queue visibility timeout, large enough that a long document is a few dozen messages.
    /// </summary>
    [Range(1, 100)]
    public int CitationBatchSize { get; set; } = 50;

    /// <summary>
    /// Citation batches of one document in flight at once. All documents share one queue: a
    /// document of 4,000 batches queued at once would hold up every upload behind it. The split
    /// queues this many and each batch that finishes queues the next, so a small document
    /// uploaded later waits behind at most this many batches of each larger one.
    /// </summary>
    [Range(1, 1_000)]
    public int CitationWindow { get; set; } = 16;

    /// <summary>
    /// Units one document may have. Storing and citing take time in proportion (200,000 units
    /// take minutes); a document over this is refused with the reason before anything is stored.
    /// </summary>
    [Range(1, 2_000_000)]
    public int MaxUnitsPerDocument { get; set; } = 250_000;

    /// <summary>
    /// Deliveries of a citation message before the trigger moves it to the poison queue, read by
    /// both hosts from <c>extensions:queues:maxDequeueCount</c> in host.json (<see cref="HostJson"/>),
    /// as the trigger reads it. On the last one a failing batch marks its document failed.
    /// </summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>
    /// Where clients reach the API, e.g. <c>https://claimtracker.example.org</c>: exports link to
    /// claims under <c>{PublicBaseUrl}/api</c>. Never the request's Host header, which the client
    /// chooses (<c>Host: evil.example</c> would put its links in a published ClaimReview). Unset,
    /// the function app takes <c>https://{WEBSITE_HOSTNAME}</c> and serve its own address.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// How long one step of a handler (a chunk of a split, a citation batch) keeps trying again,
    /// counted from its first storage failure, before it gives its message back to the trigger.
    /// It bounds waiting for storage only: a step that is working is never cut off.
    /// </summary>
    [Range(1, 3_600)]
    public int OutageBudgetSeconds { get; set; } = 240;

    /// <summary>How often <c>claimtracker serve</c> looks for uploads the blob trigger missed.</summary>
    [Range(1, 86_400)]
    public int ReconcileIntervalSeconds { get; set; } = 30;
}
