using ClaimTracker.Pipeline.Resilience;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>
/// Creates the storage resources when a host starts, so a fresh Azurite works without set-up.
/// In the background, and again until storage answers: a host started while storage is
/// unreachable (Azurite not up yet, a network blip, role assignments still propagating) starts
/// anyway, its API answering 503, and what needs the resources waits for <see cref="Created"/>.
/// </summary>
public sealed partial class StorageInitializer(
    ClaimTrackerStorage storage,
    StorageChaos chaos,
    IOptions<StorageChaosOptions> chaosOptions,
    ResiliencePipelineProvider<string> pipelines,
    ILogger<StorageInitializer> logger) : BackgroundService
{
    private readonly TaskCompletionSource _created = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once every container, queue and table exists.</summary>
    public Task Created => _created.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (chaos.IsEnabled)
        {
            var options = chaosOptions.Value;
            LogChaos(logger, options.FaultRate, options.LatencyRate, options.LatencyMilliseconds);
        }
        await pipelines.GetPipeline(ResiliencePipelines.StorageStartup)
            .ExecuteAsync(async token => await storage.EnsureCreatedAsync(token).ConfigureAwait(false), stoppingToken).ConfigureAwait(false);
        _created.TrySetResult();
        LogReady(logger);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage chaos is ON (ClaimTracker:Chaos): {FaultRate:P0} of storage calls fail, {LatencyRate:P0} wait {LatencyMilliseconds} ms first. For tests and outage drills only.")]
    private static partial void LogChaos(ILogger logger, double faultRate, double latencyRate, int latencyMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage containers, queues and tables are ready.")]
    private static partial void LogReady(ILogger logger);
}
