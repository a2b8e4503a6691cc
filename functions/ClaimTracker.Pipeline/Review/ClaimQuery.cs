using System.Globalization;
using ClaimTracker.Core;
using ClaimTracker.Core.Review;
using ClaimTracker.Core.Segmentation;
using ClaimTracker.Pipeline.Storage;
using Microsoft.AspNetCore.Http;

namespace ClaimTracker.Pipeline.Review;

/// <summary>The filters and paging of <c>GET documents/{id}/claims</c>, validated.</summary>
internal sealed record ClaimQuery(
    UnitKind? Kind,
    ReviewStatus? Status,
    string? Citation,
    string? Text,
    bool IncludeRemoved,
    int Top,
    ContinuationToken After)
{
    public const int DefaultTop = 50;
    public const int MaxTop = 500;
    public const int MaxFilterLength = 200;

    public static bool TryParse(IQueryCollection query, out ClaimQuery parsed, out string error)
    {
        parsed = new ClaimQuery(null, null, null, null, false, DefaultTop, ContinuationToken.Start);
        error = string.Empty;

        UnitKind? kind = null;
        if (query["kind"].ToString() is { Length: > 0 } kindText)
        {
            if (!WireNames.TryParseUnitKind(kindText, out var k))
            {
                error = $"Unknown kind '{kindText}'. Use one of: claim, heading, caption, front-matter, fragment.";
                return false;
            }
            kind = k;
        }

        ReviewStatus? status = null;
        if (query["status"].ToString() is { Length: > 0 } statusText)
        {
            if (!WireNames.TryParseReviewStatus(statusText, out var s))
            {
                error = $"Unknown status '{statusText}'. Use one of: unreviewed, supported, disputed, needs-source, not-a-claim.";
                return false;
            }
            status = s;
        }

        var top = DefaultTop;
        if (query["top"].ToString() is { Length: > 0 } topText &&
            (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top is < 1 or > MaxTop))
        {
            error = $"'top' must be a whole number from 1 to {MaxTop}.";
            return false;
        }

        if (!ContinuationToken.TryDecode(query["continuationToken"].ToString(), out var after))
        {
            error = "'continuationToken' is not a token this API returned.";
            return false;
        }

        var citation = query["citation"].ToString();
        var text = query["q"].ToString();
        if (citation.Length > MaxFilterLength || text.Length > MaxFilterLength)
        {
            error = $"'citation' and 'q' are limited to {MaxFilterLength} characters.";
            return false;
        }

        var includeRemoved = false;
        if (query["includeRemoved"].ToString() is { Length: > 0 } removedText && !bool.TryParse(removedText, out includeRemoved))
        {
            error = "'includeRemoved' must be true or false.";
            return false;
        }
        parsed = new ClaimQuery(kind, status, NullIfEmpty(citation), NullIfEmpty(text), includeRemoved, top, after);
        return true;
    }

    public bool Matches(ClaimEntity claim) =>
        (Kind is null || claim.Kind == WireNames.Of(Kind.Value)) &&
        (Status is null || ResourceMapper.ReviewStatusOf(claim) == WireNames.Of(Status.Value)) &&
        (Text is null || claim.Text.Contains(Text, StringComparison.OrdinalIgnoreCase)) &&
        (Citation is null || StoredJson.Citations(claim.Citations).Any(c => string.Equals(c.Canonical, Citation, StringComparison.OrdinalIgnoreCase)));

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
