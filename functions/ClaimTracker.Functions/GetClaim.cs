using ClaimTracker.Pipeline.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ClaimTracker.Functions;

public sealed class GetClaim(ReviewApi api)
{
    [Function(nameof(GetClaim))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ReviewRoutes.Claim)] HttpRequest request,
        string documentId,
        string claimId,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await api.GetClaimAsync(request.HttpContext.Response, documentId, claimId, cancellationToken));
}
