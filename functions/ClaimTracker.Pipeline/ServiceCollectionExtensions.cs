using Azure.Core.Pipeline;
using Azure.Storage.Queues;
using ClaimTracker.Pipeline.Citing;
using ClaimTracker.Pipeline.Resilience;
using ClaimTracker.Pipeline.Review;
using ClaimTracker.Pipeline.Splitting;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimTracker.Pipeline;

/// <summary>Registration shared by both hosts: options, storage clients, resilience, handlers.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddClaimTracker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClaimTrackerOptions>()
            .Bind(configuration.GetSection(ClaimTrackerOptions.SectionName))
            .ValidateDataAnnotations()
            .PostConfigure(options =>
            {
                // App Service and Functions set WEBSITE_HOSTNAME to the app's default host name.
                if (options.PublicBaseUrl is null && configuration["WEBSITE_HOSTNAME"] is { Length: > 0 } host)
                {
                    options.PublicBaseUrl = new Uri($"https://{host}");
                }
            })
            // The handler marks a document failed on a message's last delivery: the trigger's count, from host.json, decides which that is.
            .PostConfigure(options => options.MaxDequeueCount = HostJson.Load(configuration).GetValue(HostJson.MaxDequeueCount, options.MaxDequeueCount))
            .Validate(options => options.PublicBaseUrl is null || (options.PublicBaseUrl.IsAbsoluteUri && options.PublicBaseUrl.Scheme is "https" or "http"),
                "ClaimTracker__PublicBaseUrl must be an absolute http or https address.")
            .ValidateOnStart();

        services.AddOptions<StorageChaosOptions>()
            .Bind(configuration.GetSection(StorageChaosOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<StorageChaos>();

        services.AddClaimTrackerStorage(configuration);
        services.AddClaimTrackerResilience(configuration);
        // Tests register a FakeTimeProvider first; the resilience pipelines take theirs from here too.
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<ClaimTrackerStorage>();
        services.AddSingleton<DocumentRepository>();
        services.AddSingleton<ClaimRepository>();
        services.AddSingleton<CitationIndex>();
        services.AddSingleton<CitationBatchLedger>();
        services.AddSingleton<DocumentLocks>();
        services.AddSingleton<CitationScheduler>();
        services.AddSingleton<Recitation>();
        services.AddSingleton<SplitDocumentHandler>();
        services.AddSingleton<AttachCitationsHandler>();
        services.AddSingleton<DocumentReconciler>();
        services.AddSingleton<ReviewStore>();
        services.AddSingleton<DocumentEndpoints>();
        services.AddSingleton<ClaimEndpoints>();
        services.AddSingleton<CitationEndpoints>();
        services.AddSingleton<ExportEndpoint>();
        services.AddSingleton<OperationEndpoints>();
        services.AddReviewApiProblems();
        services.AddSingleton<StorageInitializer>();
        services.AddHostedService(provider => provider.GetRequiredService<StorageInitializer>());
        return services;
    }

    /// <summary>
    /// Blob, queue and table clients from <c>AzureWebJobsStorage</c>, through
    /// Microsoft.Extensions.Azure: a connection string locally, a managed identity in Azure.
    /// Queue messages are Base64, the encoding the queue triggers of both hosts expect.
    /// </summary>
    public static IServiceCollection AddClaimTrackerStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = StorageConnection.From(configuration);
        services.AddAzureClients(clients =>
        {
            clients.ConfigureDefaults((options, provider) =>
            {
                if (provider.GetService<StorageChaos>() is { IsEnabled: true } chaos)
                {
                    options.Transport = new HttpClientTransport(chaos.CreateHandler());
                }
            });
            if (connection.ConnectionString is { } connectionString)
            {
                clients.AddBlobServiceClient(connectionString);
                clients.AddQueueServiceClient(connectionString).ConfigureOptions(UseBase64);
                clients.AddQueueServiceClient(connectionString).WithName(ClaimTrackerStorage.UndecodedQueues);
                clients.AddTableServiceClient(connectionString);
            }
            else
            {
                clients.AddBlobServiceClient(connection.BlobUri);
                clients.AddQueueServiceClient(connection.QueueUri).ConfigureOptions(UseBase64);
                clients.AddQueueServiceClient(connection.QueueUri).WithName(ClaimTrackerStorage.UndecodedQueues);
                clients.AddTableServiceClient(connection.TableUri);
                clients.UseCredential(connection.CreateCredential());
            }
        });
        return services;
    }

    private static void UseBase64(QueueClientOptions options) => options.MessageEncoding = QueueMessageEncoding.Base64;
}
