using ClaimTracker.Core;
using ClaimTracker.Core.Review;
using ClaimTracker.Pipeline.Storage;

namespace ClaimTracker.Pipeline.Review;

/// <summary>From table rows to API resources.</summary>
public static class ResourceMapper
{
    public static DocumentResource ToResource(this DocumentEntity document, ReviewCounts reviewed) => new(
        document.PartitionKey,
        document.BlobName,
        document.Status,
        NullIfEmpty(document.Version),
        document.ContentLength,
        NullIfEmpty(document.Encoding),
        document.UploadedAt,
        document.ReceivedAt,
        document.ProcessedAt,
        new DocumentCounts(document.UnitCount, document.ClaimCount, document.CitedClaimCount, reviewed),
        NullIfEmpty(document.Error),
        StoredJson.Strings(document.Warnings));

    public static ClaimResource ToResource(this ClaimEntity claim, IReadOnlyList<ReviewEvent>? history = null) => new(
        claim.RowKey,
        claim.PartitionKey,
        claim.Ordinal,
        claim.Kind,
        claim.Text,
        StoredJson.Spans(claim.Spans),
        NullIfEmpty(claim.Speaker),
        StoredJson.Citations(claim.Citations),
        StoredJson.Strings(claim.CitationWarnings),
        new ReviewResource(ReviewStatusOf(claim), NullIfEmpty(claim.ReviewNote), NullIfEmpty(claim.Reviewer), claim.ReviewedAt, claim.ReviewRevision),
        claim.Version,
        claim.Removed,
        HttpETags.ToHeader(claim.ETag),
        history);

    /// <summary>A claim nobody has reviewed has no status column yet.</summary>
    public static string ReviewStatusOf(ClaimEntity claim) =>
        string.IsNullOrEmpty(claim.ReviewStatus) ? WireNames.Of(ReviewStatus.Unreviewed) : claim.ReviewStatus;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
