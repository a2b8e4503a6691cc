using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Pipeline.Review;

/// <summary>
/// Writes every problem as <c>application/problem+json</c>, with the customisation of
/// <see cref="ProblemDetailsOptions"/> (the <c>traceId</c>), whatever the request accepts.
/// ASP.NET Core's own writer declines a request that accepts neither JSON nor problem+json
/// (<c>Accept: text/csv</c> on an export), and the problem then goes out without its trace id.
/// </summary>
internal sealed class ProblemJsonWriter(IOptions<JsonOptions> json, IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        options.Value.CustomizeProblemDetails?.Invoke(context);
        var problem = context.ProblemDetails;
        var typeInfo = json.Value.SerializerOptions.GetTypeInfo(problem.GetType());
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(problem, typeInfo, "application/problem+json", context.HttpContext.RequestAborted));
    }
}
