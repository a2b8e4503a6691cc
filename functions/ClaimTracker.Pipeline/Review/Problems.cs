using ClaimTracker.Pipeline.Resilience;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Pipeline.Review;

/// <summary>
/// RFC 7807 problem details with a stable <c>type</c> per kind of failure, so clients branch on
/// the type rather than on wording. The README lists every type.
/// </summary>
public static class Problems
{
    public const string TypePrefix = "urn:claimtracker:problem:";

    public static ProblemHttpResult Invalid(string field, string detail) =>
        Create(StatusCodes.Status400BadRequest, "invalid-request", "The request is not valid.", detail, field);

    public static ProblemHttpResult NotFound(string detail) =>
        Create(StatusCodes.Status404NotFound, "not-found", "Not found.", detail);

    public static ProblemHttpResult UnknownRoute(string method, string path) =>
        Create(StatusCodes.Status404NotFound, "unknown-route", "No such endpoint.", $"{method} {path} is not an endpoint of this API; see /api/openapi.json.");

    public static ProblemHttpResult MethodNotAllowed(string method, string path) =>
        Create(StatusCodes.Status405MethodNotAllowed, "method-not-allowed", "Method not allowed.", $"{path} does not take {method}; see /api/openapi.json.");

    public static ProblemHttpResult Conflict(string title, string detail) =>
        Create(StatusCodes.Status409Conflict, "conflict", title, detail);

    public static ProblemHttpResult PreconditionFailed(string detail) =>
        Create(StatusCodes.Status412PreconditionFailed, "stale-etag", "Someone changed this claim since you read it.", detail);

    public static ProblemHttpResult PreconditionRequired() =>
        Create(StatusCodes.Status428PreconditionRequired, "if-match-required", "If-Match is required.",
            "Send the ETag from GET of this claim in an If-Match header, so a verdict never overwrites one you have not seen.", "If-Match");

    public static ProblemHttpResult TooLarge(string detail) =>
        Create(StatusCodes.Status413PayloadTooLarge, "payload-too-large", "The request body is too large.", detail);

    public static ProblemHttpResult UriTooLong(int limit) =>
        Create(StatusCodes.Status414UriTooLong, "uri-too-long", "The address is too long.", $"Paths and query strings are at most {limit:N0} characters together.");

    public static ProblemHttpResult UnsupportedMediaType(string detail) =>
        Create(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported media type.", detail, "Content-Type");

    public static ProblemHttpResult Unavailable(string detail) =>
        Create(StatusCodes.Status503ServiceUnavailable, "unavailable", "Try again shortly.", detail);

    /// <summary>
    /// What an unexpected exception becomes: 503 when storage did not answer (try again), else
    /// 500. Neither repeats the exception's message, which is for the log, not the client.
    /// </summary>
    public static ProblemHttpResult Unexpected(Exception exception, string traceId) =>
        IsTransient(exception)
            ? Create(StatusCodes.Status503ServiceUnavailable, "unavailable", "Try again shortly.", $"Storage did not answer in time (trace {traceId}).")
            : Create(StatusCodes.Status500InternalServerError, "internal-error", "Something failed on our side.", $"The request failed; the service log has the details under trace {traceId}.");

    /// <summary>The pipeline's own test of "storage is unwell", looking through wrappers too.</summary>
    private static bool IsTransient(Exception exception) =>
        StorageFailures.IsTransient(exception, CancellationToken.None) || (exception.InnerException is { } cause && IsTransient(cause));

    private static ProblemHttpResult Create(int status, string type, string title, string detail, string? field = null) =>
        TypedResults.Problem(
            detail,
            statusCode: status,
            title: title,
            type: TypePrefix + type,
            extensions: field is null ? null : new Dictionary<string, object?> { ["field"] = field });
}
