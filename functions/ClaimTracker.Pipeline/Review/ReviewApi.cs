using System.Text.RegularExpressions;
using ClaimTracker.Pipeline.Citing;
using ClaimTracker.Pipeline.Contracts;
using ClaimTracker.Pipeline.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Pipeline.Review;

/// <summary>
/// The review API's endpoint handlers. Both hosts route to these: the function app's HTTP
/// triggers and <c>claimtracker serve</c>. Errors are RFC 7807 problem details.
/// </summary>
public sealed partial class ReviewApi(DocumentRepository documents, ClaimRepository claims, Recitation recitation)
{
    public async Task<IResult> ListDocumentsAsync(CancellationToken cancellationToken)
    {
        var rows = await documents.ListAsync(cancellationToken).ConfigureAwait(false);
        var items = rows.OrderBy(d => d.BlobName, StringComparer.Ordinal).Select(d => d.ToResource()).ToArray();
        return TypedResults.Json(new DocumentList(items), PipelineJsonContext.Default.DocumentList);
    }

    public async Task<IResult> ListClaimsAsync(HttpRequest request, string documentId, CancellationToken cancellationToken)
    {
        if (!ClaimQuery.TryParse(request.Query, out var query, out var error))
        {
            return BadRequest(error);
        }
        if (!DocumentIdPattern().IsMatch(documentId) || await documents.FindAsync(documentId, cancellationToken).ConfigureAwait(false) is null)
        {
            return DocumentNotFound(documentId);
        }

        var rows = await claims.ListAsync(documentId, query.IncludeRemoved, cancellationToken).ConfigureAwait(false);
        var page = rows
            .Where(query.Matches)
            .Where(c => query.After.Precedes(c.Ordinal, c.RowKey))
            .OrderBy(c => c.Ordinal)
            .ThenBy(c => c.RowKey, StringComparer.Ordinal)
            .Take(query.Top + 1)
            .ToList();
        var token = page.Count > query.Top ? new ContinuationToken(page[query.Top - 1].Ordinal, page[query.Top - 1].RowKey).Encode() : null;
        var items = page.Take(query.Top).Select(c => c.ToResource()).ToArray();
        return TypedResults.Json(new ClaimPage(items, token), PipelineJsonContext.Default.ClaimPage);
    }

    public async Task<IResult> GetClaimAsync(HttpResponse response, string documentId, string claimId, CancellationToken cancellationToken)
    {
        var claim = DocumentIdPattern().IsMatch(documentId) && ClaimIdPattern().IsMatch(claimId)
            ? await claims.FindAsync(documentId, claimId, cancellationToken).ConfigureAwait(false)
            : null;
        if (claim is null)
        {
            return NotFound($"Document '{documentId}' has no claim '{claimId}'.");
        }
        response.Headers.ETag = claim.ETag.ToString();
        return TypedResults.Json(claim.ToResource(), PipelineJsonContext.Default.ClaimResource);
    }

    /// <summary>Queues the cite stage again over the document's stored claims: 202 with the batches queued.</summary>
    public async Task<IResult> ReciteAsync(string documentId, CancellationToken cancellationToken)
    {
        if (!DocumentIdPattern().IsMatch(documentId))
        {
            return DocumentNotFound(documentId);
        }
        var result = await recitation.RequestAsync(documentId, cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            RecitationOutcome.Queued => TypedResults.Json(
                new RecitationResource(result.DocumentId, result.Version!, result.Batches), PipelineJsonContext.Default.RecitationResource, statusCode: StatusCodes.Status202Accepted),
            RecitationOutcome.NotReady => TypedResults.Problem(
                $"Document '{documentId}' is {result.Status}; only a ready (or citing) document can be cited again.",
                statusCode: StatusCodes.Status409Conflict, title: "The document has no complete set of claims yet."),
            _ => DocumentNotFound(documentId),
        };
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid.");

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    private static ProblemHttpResult DocumentNotFound(string documentId) => NotFound($"No document has the id '{documentId}'.");

    /// <summary>Ids this API hands out; anything else cannot exist and never reaches storage.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9._-]{1,200}\z")]
    private static partial Regex DocumentIdPattern();

    [GeneratedRegex(@"^[0-9a-f]{16}(-[0-9]{1,6})?\z")]
    private static partial Regex ClaimIdPattern();
}
