using System.Net;
using ClaimTracker.Pipeline;
using ClaimTracker.Pipeline.Review;
using ClaimTracker.Pipeline.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Trace;

namespace ClaimTracker.Cli.Serve;

/// <summary>
/// <c>claimtracker serve</c>: the whole pipeline in one process, for machines without Core
/// Tools, containers and the end-to-end tests. The triggers run on the WebJobs SDK; the
/// review API runs on Kestrel at <c>http://127.0.0.1:7071/api</c> like <c>func start</c>.
/// </summary>
internal static class ServeCommand
{
    public const int DefaultPort = 7071;

    public static async Task<int> RunAsync(string host, int port, string settingsPath, bool otelConsole, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });

        // The environment wins over local.settings.json, as under Core Tools.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddFunctionAppSettings(settingsPath);
        var address = new UriBuilder(Uri.UriSchemeHttp, host, port).Uri;
        builder.WebHost.UseUrls(address.ToString().TrimEnd('/'));
        // Kestrel refuses a longer request line with an empty 414 before the API sees it; up to
        // this size the API answers 414 itself, in problem details (ReviewApiEndpoints.MaxTargetLength).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 8 * ReviewApiEndpoints.MaxTargetLength);
        builder.Logging.ClearProviders()
            .AddConsole(o => o.FormatterName = RedactingConsoleFormatter.FormatterName)
            .AddConsoleFormatter<RedactingConsoleFormatter, ConsoleFormatterOptions>();
        // The SDK logs every 404 of the trigger engine's probes as a warning; failures that matter surface as exceptions.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("Azure.Core", LogLevel.Error).AddFilter("Host", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

        // Storage is created before the trigger listeners start: this registers the initializer first.
        builder.Services.AddClaimTracker(builder.Configuration);
        var hostJson = HostJson.Load(builder.Configuration);
        builder.Services.AddHostedService(services => new TriggerHost(
            services, services.GetRequiredService<IConfiguration>(), hostJson, services.GetRequiredService<ILogger<TriggerHost>>()));
        builder.Services.AddHostedService<ReconcilerService>();
        if (otelConsole)
        {
            // The same spans the function app sends to Application Insights, one block each on stdout.
            builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource(PipelineTelemetry.SourceName).AddConsoleExporter());
        }
        // Exports link to serve's own address unless ClaimTracker__PublicBaseUrl names another.
        builder.Services.PostConfigure<ClaimTrackerOptions>(options => options.PublicBaseUrl ??= address);

        var app = builder.Build();
        app.UseReviewApiProblems();
        app.MapReviewApi();
        if (!IsLoopback(host))
        {
            app.Logger.LogWarning("serve listens on {Host}: the review API takes no keys under serve, so anyone who can reach this address can read and review.", host);
        }
        await app.RunAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Whether <paramref name="host"/> is a loopback name or address: anything else needs <c>--host</c> on purpose.</summary>
    public static bool IsLoopback(string host) =>
        host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
