using ClaimTracker.Pipeline.Review;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>A page of documents with their verdict counts; <see cref="LastId"/> is where the next page starts, null at the end.</summary>
public sealed record DocumentPage(IReadOnlyList<(DocumentEntity Document, ReviewCounts Reviewed)> Items, string? LastId);
