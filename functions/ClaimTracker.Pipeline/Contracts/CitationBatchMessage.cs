namespace ClaimTracker.Pipeline.Contracts;

/// <summary>
/// A unit of citation work on the <c>claims-to-cite</c> queue. It names claims, never carries
/// their text, so a message stays a few kilobytes whatever the document.
/// </summary>
public sealed record CitationBatchMessage(string DocumentId, string Version, int Batch, IReadOnlyList<string> ClaimIds);
