namespace ClaimTracker.Pipeline.Review;

/// <summary>A document as the review API serves it.</summary>
public sealed record DocumentResource(
    string Id,
    string Name,
    string Status,
    string? Version,
    long ContentLength,
    string? Encoding,
    DateTimeOffset? UploadedAt,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? ProcessedAt,
    DocumentCounts Counts,
    string? Error,
    IReadOnlyList<string> Warnings);
