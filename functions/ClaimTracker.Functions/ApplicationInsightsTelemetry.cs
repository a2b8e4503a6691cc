using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using ClaimTracker.Pipeline.Telemetry;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace ClaimTracker.Functions;

/// <summary>
/// The worker's OpenTelemetry: the Functions integration (invocation spans, the host's trace
/// context) plus the pipeline's own spans, exported to Application Insights when a connection
/// string is configured. The Bicep sets <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> to
/// <c>ClientId={uami};Authorization=AAD</c>: the exporter then signs in as that identity, since
/// the component accepts no instrumentation-key ingestion.
/// </summary>
internal static class ApplicationInsightsTelemetry
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AuthenticationStringSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    public static IServiceCollection AddClaimTrackerTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithTracing(tracing => tracing.AddSource(PipelineTelemetry.SourceName));
        var connectionString = configuration[ConnectionStringSetting];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            var credential = CredentialFor(configuration[AuthenticationStringSetting]);
            telemetry.UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = connectionString;
                options.Credential = credential;
            });
        }
        return services;
    }

    /// <summary>
    /// The exporter's credential for an authentication string: <c>Authorization=AAD</c> with a
    /// <c>ClientId</c> is that user-assigned identity, without one the default chain; anything
    /// else (or nothing) is none, and the connection string's key is used.
    /// </summary>
    public static TokenCredential? CredentialFor(string? authenticationString)
    {
        var parts = ParseAuthenticationString(authenticationString);
        if (!parts.TryGetValue("Authorization", out var authorization) || !authorization.Equals("AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return parts.TryGetValue("ClientId", out var clientId) && clientId.Length > 0
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
    }

    /// <summary><c>ClientId=abc;Authorization=AAD</c> → { ClientId: abc, Authorization: AAD }, keys case-insensitive.</summary>
    public static IReadOnlyDictionary<string, string> ParseAuthenticationString(string? value) =>
        (value ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(pair => pair.Length == 2 && pair[0].Length > 0)
            .GroupBy(pair => pair[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.OrdinalIgnoreCase);
}
