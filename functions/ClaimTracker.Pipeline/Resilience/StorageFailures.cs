using Azure;
using Polly.CircuitBreaker;

namespace ClaimTracker.Pipeline.Resilience;

/// <summary>
/// Which failures mean "storage is unwell, try again later" rather than "this input is bad".
/// The Azure SDK has already retried these a few times by the time a handler sees them.
/// </summary>
public static class StorageFailures
{
    public static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        RequestFailedException e => IsTransientStatus(e.Status),
        // A network timeout, not the host stopping the function.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException or IOException or TimeoutException => true,
        // What the SDK throws when every one of its retries failed without a response.
        AggregateException { InnerExceptions.Count: > 0 } all => all.InnerExceptions.All(e => IsTransient(e, cancellationToken)),
        _ => false,
    };

    /// <summary>The same, or the circuit breaker saying storage was failing a moment ago.</summary>
    public static bool IsTransientOrOutage(Exception exception, CancellationToken cancellationToken) =>
        exception is BrokenCircuitException || IsTransient(exception, cancellationToken);

    /// <summary>Status 0 is a request that got no response at all (connection refused or reset).</summary>
    private static bool IsTransientStatus(int status) => status is 0 or 408 or 429 or 500 or 502 or 503 or 504;
}
