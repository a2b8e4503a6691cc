using ClaimTracker.Pipeline.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ClaimTracker.Functions;

/// <summary>Re-runs citation over a document's stored claims, after the rules improve.</summary>
public sealed class ReciteDocument(ReviewApi api)
{
    [Function(nameof(ReciteDocument))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ReviewRoutes.Recite)] HttpRequest request,
        string documentId,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await api.ReciteAsync(documentId, cancellationToken));
}
