namespace ClaimTracker.Pipeline.Review;

/// <summary>
/// The review API's routes under <c>/api</c>, one definition for both hosts: the function
/// app's HTTP triggers and <c>claimtracker serve</c>'s Kestrel endpoints. The OpenAPI document
/// (<c>/api/openapi.json</c>) describes exactly these; a test holds the three together.
/// </summary>
public static class ReviewRoutes
{
    public const string Prefix = "api";
    public const string Documents = "documents";
    public const string Document = "documents/{documentId}";
    public const string Claims = "documents/{documentId}/claims";
    public const string Claim = "documents/{documentId}/claims/{claimId}";
    public const string Export = "documents/{documentId}/export";
    public const string Recite = "documents/{documentId}/recite";
    public const string Citations = "citations";
    public const string CitingClaims = "citations/{kind}/{canonical}/claims";
    public const string Poison = "poison";
    public const string Health = "health";
    public const string OpenApi = "openapi.json";

    /// <summary>Listing and health answer HEAD too: probes and pollers ask whether, not what.</summary>
    public static readonly string[] GetAndHead = ["GET", "HEAD"];
}
