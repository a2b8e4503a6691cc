using ClaimTracker.Pipeline.Review;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Functions;

/// <summary>
/// An HTTP function that throws still answers in problem details, as under serve; the
/// exception goes to the log. Trigger functions keep throwing, so their retries and poison
/// queues work as before.
/// </summary>
internal sealed partial class ProblemDetailsMiddleware(ILogger<ProblemDetailsMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (context.GetHttpContext() is { Response.HasStarted: false } http)
        {
            LogFailed(logger, e, context.FunctionDefinition.Name, http.TraceIdentifier);
            await Problems.Unexpected(e, http.TraceIdentifier).ExecuteAsync(http);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} failed (trace {TraceId}).")]
    private static partial void LogFailed(ILogger logger, Exception exception, string function, string traceId);
}
