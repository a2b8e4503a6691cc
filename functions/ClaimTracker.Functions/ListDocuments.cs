using ClaimTracker.Pipeline.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ClaimTracker.Functions;

public sealed class ListDocuments(ReviewApi api)
{
    [Function(nameof(ListDocuments))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ReviewRoutes.Documents)] HttpRequest request,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await api.ListDocumentsAsync(cancellationToken));
}
