using ClaimTracker.Core;
using ClaimTracker.Core.Review;
using ClaimTracker.Core.Segmentation;
using ClaimTracker.Pipeline.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Pipeline.Review;

/// <summary>
/// The filters of <c>GET documents/{id}/claims</c> and <c>…/export</c>, validated. Filters run on
/// the rows read from the document's partition, never inside a storage query, so no value a
/// client sends can change what the query selects.
/// </summary>
internal sealed record ClaimQuery(
    UnitKind? Kind,
    ReviewStatus? Status,
    string? Citation,
    string? Text,
    string? Speaker,
    bool IncludeRemoved,
    int Top,
    ContinuationToken After)
{
    public const int DefaultTop = 50;
    public const int MaxTop = 500;
    public const int MaxFilterLength = 200;

    public static readonly string[] FilterParameters = ["status", "kind", "citation", "q", "speaker", "includeRemoved"];
    public static readonly string[] PagingParameters = ["top", "continuationToken"];

    public static ProblemHttpResult? TryParse(IQueryCollection query, bool paged, out ClaimQuery parsed, params string[] otherParameters)
    {
        parsed = new ClaimQuery(null, null, null, null, null, false, DefaultTop, ContinuationToken.Start);
        if (RequestRules.UnknownParameter(query, [.. FilterParameters, .. paged ? PagingParameters : [], .. otherParameters]) is { } unknown)
        {
            return unknown;
        }

        UnitKind? kind = null;
        if (query["kind"].ToString() is { Length: > 0 } kindText)
        {
            if (!WireNames.TryParseUnitKind(kindText, out var k))
            {
                return Problems.Invalid("kind", $"Unknown kind '{kindText}'. Use one of: claim, heading, caption, front-matter, fragment, footnote.");
            }
            kind = k;
        }

        ReviewStatus? status = null;
        if (query["status"].ToString() is { Length: > 0 } statusText)
        {
            if (!WireNames.TryParseReviewStatus(statusText, out var s))
            {
                return Problems.Invalid("status", $"Unknown status '{statusText}'. Use one of: unreviewed, supported, disputed, needs-source, not-a-claim.");
            }
            status = s;
        }

        var top = DefaultTop;
        if (paged && RequestRules.ParseTop(query, DefaultTop, MaxTop, out top) is { } badTop)
        {
            return badTop;
        }

        var after = ContinuationToken.Start;
        if (paged && !ContinuationToken.TryDecode(query["continuationToken"].ToString(), out after))
        {
            return Problems.Invalid("continuationToken", "'continuationToken' is not a token this API returned.");
        }

        foreach (var name in new[] { "citation", "q", "speaker" })
        {
            if (query[name].ToString().Length > MaxFilterLength)
            {
                return Problems.Invalid(name, $"'{name}' is limited to {MaxFilterLength} characters.");
            }
        }

        var includeRemoved = false;
        if (query["includeRemoved"].ToString() is { Length: > 0 } removedText && !bool.TryParse(removedText, out includeRemoved))
        {
            return Problems.Invalid("includeRemoved", "'includeRemoved' must be true or false.");
        }
        parsed = new ClaimQuery(kind, status, NullIfEmpty(query["citation"]), NullIfEmpty(query["q"]), NullIfEmpty(query["speaker"]), includeRemoved, top, after);
        return null;
    }

    public bool Matches(ClaimEntity claim) =>
        (Kind is null || claim.Kind == WireNames.Of(Kind.Value)) &&
        (Status is null || ResourceMapper.ReviewStatusOf(claim) == WireNames.Of(Status.Value)) &&
        (Text is null || claim.Text.Contains(Text, StringComparison.OrdinalIgnoreCase)) &&
        (Speaker is null || (claim.Speaker ?? string.Empty).Contains(Speaker, StringComparison.OrdinalIgnoreCase)) &&
        (Citation is null || StoredJson.Citations(claim.Citations).Any(c => string.Equals(c.Canonical, Citation, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The claims of a document this query can match, read with what a table filter can express.</summary>
    public Task<IReadOnlyList<ClaimEntity>> ReadAsync(ClaimRepository claims, string documentId, CancellationToken cancellationToken) =>
        claims.ListAsync(
            documentId,
            IncludeRemoved,
            Kind is { } kind ? WireNames.Of(kind) : null,
            Status is { } status && status != ReviewStatus.Unreviewed ? WireNames.Of(status) : null,
            cancellationToken);

    /// <summary>The matching claims in document order.</summary>
    public IEnumerable<ClaimEntity> Select(IEnumerable<ClaimEntity> claims) =>
        claims.Where(Matches).OrderBy(c => c.Ordinal).ThenBy(c => c.RowKey, StringComparer.Ordinal);

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) => value.ToString() is { Length: > 0 } text ? text : null;
}
