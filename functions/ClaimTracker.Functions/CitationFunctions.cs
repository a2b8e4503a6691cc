using ClaimTracker.Pipeline.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ClaimTracker.Functions;

/// <summary>Sources across documents: what is cited, and every claim citing one.</summary>
public sealed class CitationFunctions(CitationEndpoints citations)
{
    [Function("ListCitations")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ReviewRoutes.Citations)] HttpRequest request,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await citations.ListAsync(request, cancellationToken));

    [Function("ListCitingClaims")]
    public async Task<IActionResult> Citing(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ReviewRoutes.CitingClaims)] HttpRequest request,
        string kind,
        string canonical,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await citations.CitingClaimsAsync(request, kind, canonical, cancellationToken));
}
