using ClaimTracker.Pipeline.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ClaimTracker.Functions;

/// <summary>Documents: list, read one, upload.</summary>
public sealed class DocumentFunctions(DocumentEndpoints documents)
{
    [Function("ListDocuments")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = ReviewRoutes.Documents)] HttpRequest request,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await documents.ListAsync(request, cancellationToken));

    [Function("GetDocument")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ReviewRoutes.Document)] HttpRequest request,
        string documentId,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await documents.GetAsync(request, documentId, cancellationToken));

    [Function("UploadDocument")]
    public async Task<IActionResult> Upload(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ReviewRoutes.Documents)] HttpRequest request,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await documents.UploadAsync(request, cancellationToken));
}
