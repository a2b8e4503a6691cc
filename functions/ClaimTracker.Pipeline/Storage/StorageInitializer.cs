using ClaimTracker.Pipeline.Resilience;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>Creates the storage resources when a host starts, so a fresh Azurite works without set-up.</summary>
internal sealed partial class StorageInitializer(
    ClaimTrackerStorage storage,
    StorageChaos chaos,
    IOptions<StorageChaosOptions> chaosOptions,
    ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (chaos.IsEnabled)
        {
            var options = chaosOptions.Value;
            LogChaos(logger, options.FaultRate, options.LatencyRate, options.LatencyMilliseconds);
        }
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        LogReady(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage chaos is ON (ClaimTracker:Chaos): {FaultRate:P0} of storage calls fail, {LatencyRate:P0} wait {LatencyMilliseconds} ms first. For tests and outage drills only.")]
    private static partial void LogChaos(ILogger logger, double faultRate, double latencyRate, int latencyMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage containers, queues and tables are ready.")]
    private static partial void LogReady(ILogger logger);
}
