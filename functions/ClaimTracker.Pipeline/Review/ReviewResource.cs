namespace ClaimTracker.Pipeline.Review;

/// <summary>A claim's review state.</summary>
public sealed record ReviewResource(string Status, string? Note, string? Reviewer, DateTimeOffset? ReviewedAt);
