using ClaimTracker.Pipeline.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ClaimTracker.Functions;

/// <summary>Claims: list with filters, read one with its history, record a verdict, export.</summary>
public sealed class ClaimFunctions(ClaimEndpoints claims, ExportEndpoint export)
{
    [Function("ListClaims")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ReviewRoutes.Claims)] HttpRequest request,
        string documentId,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await claims.ListAsync(request, documentId, cancellationToken));

    [Function("GetClaim")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ReviewRoutes.Claim)] HttpRequest request,
        string documentId,
        string claimId,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await claims.GetAsync(request, documentId, claimId, cancellationToken));

    [Function("ReviewClaim")]
    public async Task<IActionResult> Review(
        [HttpTrigger(AuthorizationLevel.Function, "patch", Route = ReviewRoutes.Claim)] HttpRequest request,
        string documentId,
        string claimId,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await claims.ReviewAsync(request, documentId, claimId, cancellationToken));

    [Function("ExportClaims")]
    public async Task<IActionResult> Export(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ReviewRoutes.Export)] HttpRequest request,
        string documentId,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await export.ExportAsync(request, documentId, cancellationToken));
}
