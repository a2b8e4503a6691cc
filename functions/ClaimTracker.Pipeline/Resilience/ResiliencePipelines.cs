using Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Telemetry;

namespace ClaimTracker.Pipeline.Resilience;

/// <summary>
/// The Polly pipelines the handlers use, by name. The Azure SDK already retries each transient
/// HTTP failure a few times, so these cover what it cannot: a read-modify-write that lost an
/// optimistic-concurrency race (HTTP 412) must re-read and try again, and a storage outage
/// that outlasts the SDK's retries must be waited out without failing the message.
/// </summary>
public static class ResiliencePipelines
{
    /// <summary>Re-runs a read-modify-write of one table row when its ETag went stale.</summary>
    public const string OptimisticConcurrency = "optimistic-concurrency";

    /// <summary>Waits for another split of the same document to release its lock (HTTP 409 on the lease).</summary>
    public const string DocumentLock = "document-lock";

    /// <summary>
    /// Runs a whole handler again, idempotent as it is, when storage stays unwell beyond the SDK's
    /// retries. One circuit breaker is shared by every handler in the process: once most recent
    /// runs failed on storage, the rest wait with their messages instead of failing them, so an
    /// outage does not burn every message's dequeue count on its way to the poison queue.
    /// </summary>
    public const string StorageOutage = "storage-outage";

    /// <summary>Creates the storage resources at start-up, however long storage takes to answer.</summary>
    public const string StorageStartup = "storage-startup";

    private static readonly ResiliencePropertyKey<DateTimeOffset> FirstFailure = new("claimtracker.first-storage-failure");

    private static TimeSpan OutageBudget(IServiceProvider services) =>
        TimeSpan.FromSeconds(services.GetRequiredService<IOptions<ClaimTrackerOptions>>().Value.OutageBudgetSeconds);

    /// <summary>How long this execution has been failing: since its first failure, recorded on its context.</summary>
    private static TimeSpan WaitedSoFar(ResilienceContext context, IServiceProvider services)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!context.Properties.TryGetValue(FirstFailure, out var first))
        {
            context.Properties.Set(FirstFailure, now);
            first = now;
        }
        return now - first;
    }

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

        services.AddResiliencePipeline(StorageOutage, (builder, context) => builder
            .AddRetry(new RetryStrategyOptions
            {
                // The budget (ClaimTracker:OutageBudgetSeconds, four minutes: longer than a restart or a
                // failover, well inside the ten-minute function timeout, while the trigger keeps the message
                // invisible) counts from the first failure: it bounds waiting for storage, never work that is
                // going well, however long a large document's split takes. A count would not do either:
                // calls refused by an open circuit come back at once and would use up any count in moments.
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } e
                    && StorageFailures.IsTransientOrOutage(e, args.Context.CancellationToken)
                    && WaitedSoFar(args.Context, context.ServiceProvider) < OutageBudget(context.ServiceProvider)),
                MaxRetryAttempts = int.MaxValue,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = TimeSpan.FromSeconds(30),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // An open circuit knows when it lets a probe through: wait that long, at least a second.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is BrokenCircuitException { RetryAfter: { } after }
                    ? TimeSpan.FromSeconds(1) + after
                    : (TimeSpan?)null),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && StorageFailures.IsTransient(e, args.Context.CancellationToken)),
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(5),
            }));

        services.AddResiliencePipeline(StorageStartup, builder => builder.AddRetry(new RetryStrategyOptions
        {
            // Anything but the host stopping: unreachable, refused, or not yet authorised (role assignments take minutes to reach storage).
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is not null && !args.Context.CancellationToken.IsCancellationRequested),
            MaxRetryAttempts = int.MaxValue,
            Delay = TimeSpan.FromSeconds(1),
            MaxDelay = TimeSpan.FromSeconds(15),
            BackoffType = DelayBackoffType.Exponential,
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
