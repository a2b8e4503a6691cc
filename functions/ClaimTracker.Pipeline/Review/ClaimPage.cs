namespace ClaimTracker.Pipeline.Review;

/// <summary>A page of claims in document order; pass <see cref="ContinuationToken"/> back for the next page.</summary>
public sealed record ClaimPage(IReadOnlyList<ClaimResource> Items, string? ContinuationToken);
