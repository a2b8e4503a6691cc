namespace ClaimTracker.Pipeline.Review;

/// <summary>
/// The review API's routes under <c>/api</c>, one definition for both hosts: the function
/// app's HTTP triggers and <c>claimtracker serve</c>'s Kestrel endpoints.
/// </summary>
public static class ReviewRoutes
{
    public const string Prefix = "api";
    public const string Documents = "documents";
    public const string Claims = "documents/{documentId}/claims";
    public const string Claim = "documents/{documentId}/claims/{claimId}";
    public const string Recite = "documents/{documentId}/recite";
}
