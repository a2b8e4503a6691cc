using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClaimTracker.Pipeline.Review;

/// <summary>
/// The review API on an ASP.NET Core host (<c>claimtracker serve</c>): the same routes and
/// handlers as the function app's HTTP triggers, and a problem-details 404 for anything else
/// (a known path asked with another method included, as under the function app's catch-all).
/// </summary>
public static class ReviewApiEndpoints
{
    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/" + ReviewRoutes.Prefix);
        api.MapGet(ReviewRoutes.Documents, (HttpRequest request, [FromServices] DocumentEndpoints documents, CancellationToken ct) => documents.ListAsync(request, ct));
        api.MapPost(ReviewRoutes.Documents, (HttpRequest request, [FromServices] DocumentEndpoints documents, CancellationToken ct) => documents.UploadAsync(request, ct));
        api.MapGet(ReviewRoutes.Document, (HttpRequest request, string documentId, [FromServices] DocumentEndpoints documents, CancellationToken ct) => documents.GetAsync(request, documentId, ct));
        api.MapGet(ReviewRoutes.Claims, (HttpRequest request, string documentId, [FromServices] ClaimEndpoints claims, CancellationToken ct) => claims.ListAsync(request, documentId, ct));
        api.MapGet(ReviewRoutes.Claim, (HttpRequest request, string documentId, string claimId, [FromServices] ClaimEndpoints claims, CancellationToken ct) => claims.GetAsync(request, documentId, claimId, ct));
        api.MapPatch(ReviewRoutes.Claim, (HttpRequest request, string documentId, string claimId, [FromServices] ClaimEndpoints claims, CancellationToken ct) => claims.ReviewAsync(request, documentId, claimId, ct));
        api.MapGet(ReviewRoutes.Export, (HttpRequest request, string documentId, [FromServices] ExportEndpoint export, CancellationToken ct) => export.ExportAsync(request, documentId, ct));
        api.MapPost(ReviewRoutes.Recite, (HttpRequest request, string documentId, [FromServices] OperationEndpoints operations, CancellationToken ct) => operations.ReciteAsync(request, documentId, ct));
        api.MapGet(ReviewRoutes.Citations, (HttpRequest request, [FromServices] CitationEndpoints citations, CancellationToken ct) => citations.ListAsync(request, ct));
        api.MapGet(ReviewRoutes.CitingClaims, (HttpRequest request, string kind, string canonical, [FromServices] CitationEndpoints citations, CancellationToken ct) => citations.CitingClaimsAsync(request, kind, canonical, ct));
        api.MapGet(ReviewRoutes.Poison, (HttpRequest request, [FromServices] OperationEndpoints operations, CancellationToken ct) => operations.PoisonAsync(request, ct));
        api.MapGet(ReviewRoutes.Health, (HttpRequest request, [FromServices] OperationEndpoints operations, CancellationToken ct) => operations.HealthAsync(request, ct));
        api.MapGet(ReviewRoutes.OpenApi, OperationEndpoints.OpenApi);
        // Every path and method nothing else takes, extensions included (the default fallback skips "file" paths).
        app.MapFallback("{*path}", (HttpRequest request) => Problems.UnknownRoute(request.Method, request.Path));
        return app;
    }

    /// <summary>An exception no handler expected still answers in problem details, and is logged.</summary>
    public static IApplicationBuilder UseReviewApiProblems(this IApplicationBuilder app) =>
        app.UseExceptionHandler(handler => handler.Run(async context =>
        {
            var exception = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
            var result = Problems.Unexpected(exception ?? new InvalidOperationException("Unknown failure."), context.TraceIdentifier);
            await result.ExecuteAsync(context).ConfigureAwait(false);
        }));
}
