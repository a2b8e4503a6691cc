using System.Text;
using Azure.Storage.Blobs;
using ClaimTracker.Pipeline.Citing;
using ClaimTracker.Pipeline.Review;
using ClaimTracker.Pipeline.Splitting;
using ClaimTracker.Pipeline.Storage;
using ClaimTracker.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ClaimTracker.Pipeline.Tests;

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<PipelineFixture>
{
    public const string Name = "Pipeline handlers on Azurite";
}

/// <summary>
/// The pipeline's services wired as both hosts wire them, against a real Azurite. Tests call
/// the handlers directly and move queue messages themselves, Base64 as the triggers do.
/// </summary>
public sealed class PipelineFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new(diagnostics);

    public ServiceProvider Services { get; private set; } = null!;

    public string ConnectionString => _azurite.ConnectionString;

    public ClaimTrackerStorage Storage => Services.GetRequiredService<ClaimTrackerStorage>();

    public DocumentEndpoints DocumentsApi => Services.GetRequiredService<DocumentEndpoints>();

    public ClaimEndpoints ClaimsApi => Services.GetRequiredService<ClaimEndpoints>();

    public OperationEndpoints OperationsApi => Services.GetRequiredService<OperationEndpoints>();

    public Base64QueueClient CitationQueue => new(ConnectionString, StorageNames.CitationQueue);

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        Services = CreateServices();
        await Storage.EnsureCreatedAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    /// <summary>The services with extra settings (e.g. a smaller size limit) or services (e.g. injected storage faults).</summary>
    public ServiceProvider CreateServices(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = ConnectionString })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection().AddLogging();
        configure?.Invoke(services);
        return services.AddClaimTracker(configuration).BuildServiceProvider();
    }

    public async Task<BlobClient> UploadAsync(string name, byte[] content)
    {
        var blob = Storage.Documents.GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromBytes(content), overwrite: true);
        return blob;
    }

    public Task<BlobClient> UploadAsync(string name, string text) => UploadAsync(name, Encoding.UTF8.GetBytes(text));

    /// <summary>Runs the split handler on the blob, then feeds every queued message to the cite handler until the queue stays empty.</summary>
    public async Task<IReadOnlyList<string>> ProcessAsync(BlobClient blob, IServiceProvider? services = null)
    {
        services ??= Services;
        await services.GetRequiredService<SplitDocumentHandler>().HandleAsync(blob, CancellationToken.None);
        return await CiteUntilEmptyAsync(services);
    }

    /// <summary>
    /// Delivers queued citation messages, <paramref name="parallelism"/> at a time, until none is
    /// left: a finished batch may queue the next of its document, as under a trigger.
    /// </summary>
    /// <returns>Every message delivered, in order.</returns>
    public async Task<IReadOnlyList<string>> CiteUntilEmptyAsync(IServiceProvider? services = null, int parallelism = 1)
    {
        var handler = (services ?? Services).GetRequiredService<AttachCitationsHandler>();
        var delivered = new List<string>();
        while (await CitationQueue.DrainAsync() is { Count: > 0 } messages)
        {
            await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = parallelism },
                async (message, token) => await handler.HandleAsync(message, 1, token));
            delivered.AddRange(messages);
        }
        return delivered;
    }

    public async Task CiteAsync(IEnumerable<string> messages, IServiceProvider? services = null, long dequeueCount = 1)
    {
        var handler = (services ?? Services).GetRequiredService<AttachCitationsHandler>();
        foreach (var message in messages)
        {
            await handler.HandleAsync(message, dequeueCount, CancellationToken.None);
        }
    }

    public Task<DocumentEntity?> FindDocumentAsync(string documentId) =>
        Services.GetRequiredService<DocumentRepository>().FindAsync(documentId, CancellationToken.None);
}
