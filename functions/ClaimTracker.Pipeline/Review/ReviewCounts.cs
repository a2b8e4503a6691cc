using System.Text.Json.Serialization;

namespace ClaimTracker.Pipeline.Review;

/// <summary>A document's current claims by verdict, named as the statuses are on the wire.</summary>
public sealed record ReviewCounts(
    int Supported,
    int Disputed,
    [property: JsonPropertyName("needs-source")] int NeedsSource,
    [property: JsonPropertyName("not-a-claim")] int NotAClaim)
{
    public static readonly ReviewCounts None = new(0, 0, 0, 0);
}
