using System.Runtime.ExceptionServices;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host;
using Microsoft.Azure.WebJobs.Host.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Cli.Serve;

/// <summary>
/// The pipeline's triggers (<see cref="PipelineJobs"/>) on the WebJobs SDK, in a host of their
/// own that is started again when it fails. A trigger listener that loses storage for longer
/// than the SDK's retries (Azurite restarted, the network gone) reports an unhandled error;
/// the WebJobs default is to end the process, and the Functions host then starts a new one.
/// serve does the same in-process, so the review API stays up and processing resumes by
/// itself when storage is back.
/// </summary>
internal sealed partial class TriggerHost(IServiceProvider app, IConfiguration configuration, IConfiguration hostJson, ILogger<TriggerHost> logger) : BackgroundService
{
    private static readonly TimeSpan RestartDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The listeners need the container and queues: wait until storage has answered once.
        await app.GetRequiredService<StorageInitializer>().Created.WaitAsync(stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            var failure = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
            IHost? host = null;
            try
            {
                host = Build(failure);
                await host.StartAsync(stoppingToken).ConfigureAwait(false);
                await failure.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
                LogFailed(logger, failure.Task.Result, RestartDelay.TotalSeconds);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                // Starting needs storage too: no answer yet is the same failure, later.
                LogFailed(logger, e, RestartDelay.TotalSeconds);
            }
            if (host is not null)
            {
                await DiscardAsync(host).ConfigureAwait(false);
            }
            await Task.Delay(RestartDelay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    private IHost Build(TaskCompletionSource<Exception> failure) => new HostBuilder()
        .ConfigureAppConfiguration(builder => builder.AddConfiguration(configuration))
        .ConfigureWebJobs(webJobs =>
        {
            webJobs.AddAzureStorageCoreServices();
            webJobs.AddAzureStorageBlobs(options => hostJson.GetSection("extensions:blobs").Bind(options));
            webJobs.AddAzureStorageQueues(options => hostJson.GetSection("extensions:queues").Bind(options));
        })
        .ConfigureServices(services =>
        {
            // Jobs take their handlers from serve's container; logs go where serve's go.
            services.AddSingleton<IJobActivator>(new ServiceProviderJobActivator(app));
            services.AddSingleton(app.GetRequiredService<ILoggerFactory>());
            services.AddSingleton<IWebJobsExceptionHandlerFactory>(new ReportingExceptionHandlerFactory(failure));
        })
        .Build();

    /// <summary>
    /// Stops and disposes a host that failed. Neither may throw out of here: a host that lost
    /// storage can fail in both (<c>JobHost.Dispose</c> releasing its singleton lock throws "The
    /// timer has already been stopped"), and an exception escaping a hosted service ends serve,
    /// review API included.
    /// </summary>
    private async Task DiscardAsync(IHost host)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await host.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            LogNotStopped(logger, e);
        }
        try
        {
            host.Dispose();
        }
        catch (Exception e)
        {
            LogNotStopped(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The failed trigger host did not stop cleanly; it is discarded anyway.")]
    private static partial void LogNotStopped(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The blob and queue triggers stopped; starting them again in {Seconds} s. Uploads and messages wait in storage meanwhile.")]
    private static partial void LogFailed(ILogger logger, Exception exception, double seconds);

    /// <summary>Hands the failure to the restart loop instead of ending the process.</summary>
    private sealed class ReportingExceptionHandlerFactory(TaskCompletionSource<Exception> failure) : IWebJobsExceptionHandlerFactory, IWebJobsExceptionHandler
    {
        public IWebJobsExceptionHandler Create(IHost jobHost) => this;

        public Task OnTimeoutExceptionAsync(ExceptionDispatchInfo exceptionInfo, TimeSpan timeoutGracePeriod) => Report(exceptionInfo);

        public Task OnUnhandledExceptionAsync(ExceptionDispatchInfo exceptionInfo) => Report(exceptionInfo);

        private Task Report(ExceptionDispatchInfo exceptionInfo)
        {
            failure.TrySetResult(exceptionInfo.SourceException);
            return Task.CompletedTask;
        }
    }
}
