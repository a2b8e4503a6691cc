namespace ClaimTracker.Pipeline.Review;

/// <summary>A page of documents in id order; pass <see cref="ContinuationToken"/> back for the next page.</summary>
public sealed record DocumentList(IReadOnlyList<DocumentResource> Items, string? ContinuationToken);
