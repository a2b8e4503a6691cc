namespace ClaimTracker.Pipeline.Review;

/// <summary>The answer to <c>POST documents/{id}/recite</c>: citation work queued for this version in this many batches.</summary>
public sealed record RecitationResource(string DocumentId, string Version, int Batches);
