using ClaimTracker.Pipeline.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ClaimTracker.Functions;

/// <summary>
/// Operations. Health and the OpenAPI document are anonymous: probes and API tools read them
/// without a key, and they reveal nothing about documents.
/// </summary>
public sealed class OperationFunctions(OperationEndpoints operations)
{
    [Function("ReciteDocument")]
    public async Task<IActionResult> Recite(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ReviewRoutes.Recite)] HttpRequest request,
        string documentId,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await operations.ReciteAsync(request, documentId, cancellationToken));

    [Function("ListPoisonMessages")]
    public async Task<IActionResult> Poison(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ReviewRoutes.Poison)] HttpRequest request,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await operations.PoisonAsync(request, cancellationToken));

    [Function("Health")]
    public async Task<IActionResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ReviewRoutes.Health)] HttpRequest request,
        CancellationToken cancellationToken) =>
        new HttpResultAction(await operations.HealthAsync(request, cancellationToken));

    [Function("OpenApi")]
    public static IActionResult OpenApi(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ReviewRoutes.OpenApi)] HttpRequest request) =>
        new HttpResultAction(OperationEndpoints.OpenApi());

    /// <summary>Every other path and method under /api: a problem-details 404 rather than the host's empty one.</summary>
    [Function("UnknownRoute")]
    public static IActionResult Unknown(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", "head", "options", Route = "{*path}")] HttpRequest request) =>
        new HttpResultAction(Problems.UnknownRoute(request.Method, request.Path));
}
