namespace ClaimTracker.Pipeline.Review;

public sealed record DocumentList(IReadOnlyList<DocumentResource> Items);
