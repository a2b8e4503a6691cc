using ClaimTracker.Pipeline.Contracts;
using ClaimTracker.Pipeline.Storage;
using Microsoft.AspNetCore.Http;

namespace ClaimTracker.Pipeline.Review;

/// <summary><c>GET documents/{id}/claims</c>, <c>GET</c> and <c>PATCH documents/{id}/claims/{claimId}</c>.</summary>
public sealed class ClaimEndpoints(DocumentRepository documents, ClaimRepository claims, ReviewStore reviews)
{
    public async Task<IResult> ListAsync(HttpRequest request, string documentId, CancellationToken cancellationToken)
    {
        if (ClaimQuery.TryParse(request.Query, paged: true, out var query) is { } invalid)
        {
            return invalid;
        }
        if (!RequestRules.IsDocumentId(documentId) || await documents.FindAsync(documentId, cancellationToken).ConfigureAwait(false) is null)
        {
            return DocumentEndpoints.NotFound(documentId);
        }

        var rows = await query.ReadAsync(claims, documentId, cancellationToken).ConfigureAwait(false);
        var page = query.Select(rows).Where(c => query.After.Precedes(c.Ordinal, c.RowKey)).Take(query.Top + 1).ToList();
        var token = page.Count > query.Top ? new ContinuationToken(page[query.Top - 1].Ordinal, page[query.Top - 1].RowKey).Encode() : null;
        var items = page.Take(query.Top).Select(c => c.ToResource()).ToArray();
        return TypedResults.Json(new ClaimPage(items, token), PipelineJsonContext.Web.ClaimPage);
    }

    public async Task<IResult> GetAsync(HttpRequest request, string documentId, string claimId, CancellationToken cancellationToken)
    {
        if (RequestRules.UnknownParameter(request.Query) is { } unknown)
        {
            return unknown;
        }
        var claim = RequestRules.IsDocumentId(documentId) && RequestRules.IsClaimId(claimId)
            ? await claims.FindAsync(documentId, claimId, cancellationToken).ConfigureAwait(false)
            : null;
        return claim is null ? ClaimNotFound(documentId, claimId) : await WithHistoryAsync(request.HttpContext.Response, claim, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records a verdict. The ETag of the claim as the reviewer read it is required: a stale one
    /// gets 412 and changes nothing, so one reviewer never silently overwrites another.
    /// </summary>
    public async Task<IResult> ReviewAsync(HttpRequest request, string documentId, string claimId, CancellationToken cancellationToken)
    {
        if (RequestRules.UnknownParameter(request.Query) is { } unknown)
        {
            return unknown;
        }
        if (!RequestRules.IsDocumentId(documentId) || !RequestRules.IsClaimId(claimId))
        {
            return ClaimNotFound(documentId, claimId);
        }
        if (request.Headers.IfMatch.ToString() is not { Length: > 0 } ifMatch)
        {
            return Problems.PreconditionRequired();
        }
        if (!HttpETags.TryParseIfMatch(ifMatch, out var etag))
        {
            return Problems.Invalid("If-Match", "If-Match must hold the one ETag from GET of this claim, e.g. If-Match: \"datetime'…'\"; '*' is not taken, because it would overwrite a verdict you have not seen.");
        }
        var (change, problem) = await ReviewRequest.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var result = await reviews.ReviewAsync(documentId, claimId, etag, change!, cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            ReviewOutcome.Applied => await WithHistoryAsync(request.HttpContext.Response, result.Claim!, cancellationToken).ConfigureAwait(false),
            ReviewOutcome.Stale => Problems.PreconditionFailed(
                $"The claim is at ETag {HttpETags.ToHeader(result.Claim!.ETag)} (reviewed by {result.Claim.Reviewer ?? "nobody"}, status {ResourceMapper.ReviewStatusOf(result.Claim)}). GET it, check the change, and send its ETag."),
            ReviewOutcome.Removed => Problems.Conflict(
                "The claim is not in the document's current version.",
                $"Claim '{claimId}' was last seen in version {result.Claim!.Version}; it keeps its history but takes no new verdicts."),
            ReviewOutcome.Busy => Problems.Unavailable("Other verdicts on this document kept landing at the same moment; send the same request again."),
            _ => ClaimNotFound(documentId, claimId),
        };
    }

    private async Task<IResult> WithHistoryAsync(HttpResponse response, ClaimEntity claim, CancellationToken cancellationToken)
    {
        var history = await reviews.HistoryAsync(claim.PartitionKey, claim.RowKey, cancellationToken).ConfigureAwait(false);
        response.Headers.ETag = HttpETags.ToHeader(claim.ETag);
        return TypedResults.Json(claim.ToResource(history), PipelineJsonContext.Web.ClaimResource);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult ClaimNotFound(string documentId, string claimId) => Problems.NotFound($"Document '{documentId}' has no claim '{claimId}'.");
}
