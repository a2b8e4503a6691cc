namespace ClaimTracker.Pipeline.Review;

/// <summary>A claim's review state; <see cref="Revision"/> counts its changes (its history's length).</summary>
public sealed record ReviewResource(string Status, string? Note, string? Reviewer, DateTimeOffset? ReviewedAt, int Revision);
