namespace ClaimTracker.Pipeline.Review;

/// <summary>One change of a claim's review, as appended to its history: never rewritten.</summary>
public sealed record ReviewEvent(int Revision, string Reviewer, DateTimeOffset At, string From, string To, string? Note);
