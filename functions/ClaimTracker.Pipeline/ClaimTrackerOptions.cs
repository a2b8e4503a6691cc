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

    /// <summary>How often <c>claimtracker serve</c> looks for uploads the blob trigger missed.</summary>
    [Range(1, 86_400)]
    public int ReconcileIntervalSeconds { get; set; } = 30;
}
