namespace ClaimTracker.Pipeline.Review;

/// <param name="Units">Every unit: claims, headings, captions, front matter, fragments.</param>
/// <param name="Claims">Units of kind <c>claim</c>.</param>
/// <param name="Cited">Units with at least one citation.</param>
public sealed record DocumentCounts(int Units, int Claims, int Cited);
