using System.Text.Json.Serialization;
using ClaimTracker.Pipeline.Contracts;

namespace ClaimTracker.Pipeline.Review;

/// <summary>A claim (any unit) as the review API serves it.</summary>
/// <param name="Warnings">What a reviewer should know about how the claim's citations were read.</param>
/// <param name="Version">The document version the claim was last seen in.</param>
/// <param name="Removed">The claim is not in the document's current version.</param>
/// <param name="ETag">For <c>If-Match</c> on PATCH: the same value GET of the claim sends as its ETag header.</param>
/// <param name="History">Every review change, oldest first; only on a single claim's GET and PATCH.</param>
public sealed record ClaimResource(
    string Id,
    string DocumentId,
    int Ordinal,
    string Kind,
    string Text,
    IReadOnlyList<SpanReport> Spans,
    string? Speaker,
    IReadOnlyList<CitationReport> Citations,
    IReadOnlyList<string> Warnings,
    ReviewResource Review,
    string Version,
    bool Removed,
    [property: JsonPropertyName("etag")] string ETag,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ReviewEvent>? History = null);
