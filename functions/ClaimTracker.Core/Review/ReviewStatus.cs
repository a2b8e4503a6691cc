namespace ClaimTracker.Core.Review;

/// <summary>A reviewer's verdict on a claim. Wire names: <c>unreviewed</c>, <c>supported</c>, <c>disputed</c>, <c>needs-source</c>, <c>not-a-claim</c>.</summary>
public enum ReviewStatus
{
    Unreviewed,
    Supported,
    Disputed,
    NeedsSource,
    NotAClaim,
}
