using ClaimTracker.Pipeline.Contracts;

namespace ClaimTracker.Pipeline.Review;

/// <summary>A claim (any unit) as the review API serves it.</summary>
/// <param name="Version">The document version the claim was last seen in.</param>
/// <param name="Removed">The claim is not in the document's current version.</param>
public sealed record ClaimResource(
    string Id,
    string DocumentId,
    int Ordinal,
    string Kind,
    string Text,
    IReadOnlyList<SpanReport> Spans,
    string? Speaker,
    IReadOnlyList<CitationReport> Citations,
    ReviewResource Review,
    string Version,
    bool Removed);
