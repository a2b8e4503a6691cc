using Azure;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.Retry;
using Polly.Telemetry;

namespace ClaimTracker.Pipeline.Resilience;

/// <summary>
/// The Polly pipelines the handlers use, by name. The Azure SDK already retries transient
/// HTTP failures, so these cover only what it cannot: a read-modify-write that lost an
/// optimistic-concurrency race (HTTP 412) must re-read and try again.
/// </summary>
public static class ResiliencePipelines
{
    /// <summary>Re-runs a read-modify-write of one table row when its ETag went stale.</summary>
    public const string OptimisticConcurrency = "optimistic-concurrency";

    /// <summary>Waits for another split of the same document to release its lock (HTTP 409 on the lease).</summary>
    public const string DocumentLock = "document-lock";

    public static IServiceCollection AddClaimTrackerResilience(this IServiceCollection services)
    {
        services.AddResiliencePipeline(OptimisticConcurrency, builder => builder.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<RequestFailedException>(e => e.Status == 412),
            // Contention is between a handful of batches finishing together: a few short, jittered tries settle it.
            MaxRetryAttempts = 8,
            Delay = TimeSpan.FromMilliseconds(20),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        }));

        services.AddResiliencePipeline(DocumentLock, builder => builder.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<RequestFailedException>(e => e.Status == 409),
            // Two uploads of one name seconds apart: the second waits for the first split, which takes seconds.
            MaxRetryAttempts = 120,
            Delay = TimeSpan.FromSeconds(1),
            BackoffType = DelayBackoffType.Constant,
            UseJitter = true,
        }));

        // A lost ETag race is routine, not a warning; per-attempt records are for debugging only.
        services.Configure<TelemetryOptions>(options => options.SeverityProvider = args => args.Event.EventName switch
        {
            "ExecutionAttempt" => ResilienceEventSeverity.Debug,
            "OnRetry" => ResilienceEventSeverity.Information,
            _ => args.Event.Severity,
        });
        return services;
    }
}
