using ClaimTracker.Pipeline;
using ClaimTracker.Pipeline.Splitting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Cli.Serve;

/// <summary>Runs the <see cref="DocumentReconciler"/> every <c>ClaimTracker:ReconcileIntervalSeconds</c> while serve runs.</summary>
internal sealed partial class ReconcilerService(DocumentReconciler reconciler, IOptions<ClaimTrackerOptions> options, ILogger<ReconcilerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ReconcileIntervalSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await reconciler.ReconcileAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage may be down for a while; the next tick tries again.
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for missed uploads failed; trying again at the next interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
