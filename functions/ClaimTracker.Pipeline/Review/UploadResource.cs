namespace ClaimTracker.Pipeline.Review;

/// <summary>
/// The answer to an upload: where the document will appear, and the version (SHA-256 of the
/// bytes) it is processed as, so a client can wait for exactly this upload.
/// </summary>
public sealed record UploadResource(string Id, string Name, string Version, long ContentLength, DateTimeOffset UploadedAt);
