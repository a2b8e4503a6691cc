using System.Globalization;
using Azure.Storage.Blobs;
using ClaimTracker.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ClaimTracker.EndToEnd.Tests;

[CollectionDefinition(Name)]
public sealed class ServeCollection : ICollectionFixture<ServeFixture>
{
    public const string Name = "claimtracker serve on Azurite";
}

/// <summary>
/// Owns the processes: an Azurite and <c>claimtracker serve</c> against it, started once for
/// the collection and stopped after it. Tests talk to them only as users would: the storage
/// SDK to upload, HTTP to read.
/// </summary>
public sealed class ServeFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new(diagnostics);
    private ServeProcess? _serve;

    /// <summary>The upload limit serve runs with here: small, so a test can exceed it cheaply.</summary>
    public const int MaxDocumentBytes = 2 * 1024 * 1024;

    public HttpClient Api => _serve!.Api;

    public BlobContainerClient Documents => _serve!.Documents;

    public string StorageConnectionString => _azurite.ConnectionString;

    /// <summary>What serve printed so far, for failure messages.</summary>
    public string ServeOutput => _serve?.Output ?? "";

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _serve = await ServeProcess.StartAsync(_azurite.ConnectionString, new Dictionary<string, string>
        {
            ["ClaimTracker__MaxDocumentBytes"] = MaxDocumentBytes.ToString(CultureInfo.InvariantCulture),
        });
        diagnostics.OnMessage(new DiagnosticMessage($"claimtracker serve listening on {Api.BaseAddress}"));
    }

    public async Task DisposeAsync()
    {
        if (_serve is not null)
        {
            await _serve.DisposeAsync();
        }
        await _azurite.DisposeAsync();
    }
}
