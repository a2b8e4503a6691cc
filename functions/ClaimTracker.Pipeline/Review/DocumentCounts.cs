namespace ClaimTracker.Pipeline.Review;

/// <param name="Units">Every current unit: claims, headings, captions, front matter, fragments.</param>
/// <param name="Claims">Units of kind <c>claim</c>.</param>
/// <param name="Cited">Units with at least one citation.</param>
/// <param name="Reviewed">Current units by verdict; the rest are unreviewed.</param>
public sealed record DocumentCounts(int Units, int Claims, int Cited, ReviewCounts Reviewed);
