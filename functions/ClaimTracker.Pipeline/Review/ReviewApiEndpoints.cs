using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Pipeline.Review;

/// <summary>
/// The review API on an ASP.NET Core host (<c>claimtracker serve</c>): the same routes and
/// handlers as the function app's HTTP triggers, and a problem-details 404 for anything else
/// (a known path asked with another method included, as under the function app's catch-all).
/// </summary>
public static partial class ReviewApiEndpoints
{
    /// <summary>The longest path and query string the API reads; a longer one is 414 in problem details.</summary>
    public const int MaxTargetLength = 8 * 1024;

    /// <summary>
    /// Problem details as ASP.NET Core writes them, with <c>traceId</c>: the request's trace
    /// identifier, which a 500's detail repeats and the log records beside the exception.
    /// </summary>
    public static IServiceCollection AddReviewApiProblems(this IServiceCollection services) =>
        services
            // First, so it is asked before ASP.NET Core's writer, which declines some Accept headers.
            .AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>()
            .AddProblemDetails(options => options.CustomizeProblemDetails = context =>
                context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);

    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/" + ReviewRoutes.Prefix);
        api.MapMethods(ReviewRoutes.Documents, ReviewRoutes.GetAndHead, (HttpRequest request, [FromServices] DocumentEndpoints documents, CancellationToken ct) => documents.ListAsync(request, ct));
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
        api.MapMethods(ReviewRoutes.Health, ReviewRoutes.GetAndHead, (HttpRequest request, [FromServices] OperationEndpoints operations, CancellationToken ct) => operations.HealthAsync(request, ct));
        api.MapGet(ReviewRoutes.OpenApi, OperationEndpoints.OpenApi);
        // Every path and method nothing else takes, extensions included (the default fallback skips "file" paths).
        app.MapFallback("{*path}", (HttpRequest request) => Problems.UnknownRoute(request.Method, request.Path));
        return app;
    }

    /// <summary>
    /// An exception no handler expected still answers in problem details, and is logged once,
    /// with the trace id the answer names. A path and query string over <see cref="MaxTargetLength"/> is 414.
    /// </summary>
    public static IApplicationBuilder UseReviewApiProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Logged below with the trace id; the middleware's own record would repeat it without.
            SuppressDiagnosticsCallback = _ => true,
            ExceptionHandler = async context =>
            {
                var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error ?? new InvalidOperationException("Unknown failure.");
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReviewApiEndpoints).FullName!);
                LogFailed(logger, exception, context.Request.Method, context.Request.Path, context.TraceIdentifier);
                await Problems.Unexpected(exception, context.TraceIdentifier).ExecuteAsync(context).ConfigureAwait(false);
            },
        });
        return app.Use(async (context, next) =>
        {
            if (context.Request.Path.Value?.Length + context.Request.QueryString.Value?.Length > MaxTargetLength)
            {
                await Problems.UriTooLong(MaxTargetLength).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }
            await next(context).ConfigureAwait(false);
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed (trace {TraceId}).")]
    private static partial void LogFailed(ILogger logger, Exception exception, string method, string path, string traceId);
}
