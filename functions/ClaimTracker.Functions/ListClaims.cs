using ClaimTracker.Pipeline.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ClaimTracker.Functions;

public sealed class ListClaims(ReviewApi api)
{
    [Function(nameof(ListClaims))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ReviewRoutes.Claims)] HttpRequest request,
        string documentId,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await api.ListClaimsAsync(request, documentId, cancellationToken));
}
