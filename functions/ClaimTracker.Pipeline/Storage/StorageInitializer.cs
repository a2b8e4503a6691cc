using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>Creates the storage resources when a host starts, so a fresh Azurite works without set-up.</summary>
internal sealed partial class StorageInitializer(ClaimTrackerStorage storage, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        LogReady(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage containers, queues and tables are ready.")]
    private static partial void LogReady(ILogger logger);
}
