using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
public static partial class ResiliencePipelines
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

    /// <summary>Where <see cref="OptimisticConcurrency"/>'s retry options are read from: <c>ClaimTracker__Resilience__OptimisticConcurrency__MaxRetryAttempts</c>, <c>__Delay</c>, <c>__BackoffType</c>, <c>__UseJitter</c>, <c>__MaxDelay</c>.</summary>
    public const string OptimisticConcurrencySection = "ClaimTracker:Resilience:OptimisticConcurrency";

    /// <summary>
    /// A lost optimistic-concurrency race: a row's ETag went stale (412), or two writers added the
    /// same row in one entity-group transaction (409), as two first verdicts on a document do with its tally.
    /// </summary>
    public static bool IsConcurrencyRace(RequestFailedException exception) =>
        exception.Status == 412 || (exception is TableTransactionFailedException && exception.Status == 409);

    public static IServiceCollection AddClaimTrackerResilience(this IServiceCollection services, IConfiguration configuration)
    {
        // Contention is between a handful of batches finishing together, or reviewers of one
        // document: a few short, jittered tries settle it. Polly's own options, bound from configuration.
        services.AddOptions<RetryStrategyOptions>(OptimisticConcurrency)
            .Configure(options =>
            {
                options.MaxRetryAttempts = 8;
                options.Delay = TimeSpan.FromMilliseconds(20);
                options.BackoffType = DelayBackoffType.Exponential;
                options.UseJitter = true;
            })
            .Bind(configuration.GetSection(OptimisticConcurrencySection))
            .PostConfigure<ILoggerFactory>((options, loggers) =>
            {
                var logger = loggers.CreateLogger(typeof(ResiliencePipelines).FullName!);
                options.ShouldHandle = new PredicateBuilder().Handle<RequestFailedException>(IsConcurrencyRace);
                // Routine: one line at Debug, without the exception and its headers.
                options.OnRetry = args =>
                {
                    LogConcurrencyRetry(logger, (args.Outcome.Exception as RequestFailedException)?.Status ?? 0, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                    return default;
                };
            });
        services.AddResiliencePipeline(OptimisticConcurrency, (builder, context) =>
            builder.AddRetry(context.ServiceProvider.GetRequiredService<IOptionsMonitor<RetryStrategyOptions>>().Get(OptimisticConcurrency)));

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

        // A lost ETag race is routine, not a warning: its pipeline logs its own line (above). Per-attempt
        // and per-execution records are for debugging only; waiting out storage stays at Information.
        services.Configure<TelemetryOptions>(options => options.SeverityProvider = args => (args.Source.PipelineName, args.Event.EventName) switch
        {
            (OptimisticConcurrency, "OnRetry" or "ExecutionAttempt") => ResilienceEventSeverity.None,
            (_, "ExecutionAttempt" or "PipelineExecuting" or "PipelineExecuted") => ResilienceEventSeverity.Debug,
            (_, "OnRetry") => ResilienceEventSeverity.Information,
            _ => args.Event.Severity,
        });
        return services;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Optimistic concurrency: HTTP {Status}, another writer changed the row first; try {Attempt} after {DelayMs:0} ms.")]
    private static partial void LogConcurrencyRetry(ILogger logger, int status, int attempt, double delayMs);
}
