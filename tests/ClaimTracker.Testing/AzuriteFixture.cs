using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ClaimTracker.Testing;

/// <summary>
/// A real Azurite for a test collection: the Testcontainers Azurite image where a Docker
/// engine answers, otherwise the npm Azurite from the repository on free ports. It says
/// which it used, and stops what it started.
/// </summary>
public sealed class AzuriteFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    /// <summary>The same Azurite release as package.json.</summary>
    public const string Image = "mcr.microsoft.com/azure-storage/azurite:3.37.0";

    private IContainer? _container;
    private NpmAzurite? _npm;

    public AzuriteEndpoints Endpoints { get; private set; } = null!;

    public string ConnectionString => Endpoints.ConnectionString;

    public async Task InitializeAsync()
    {
        if (TestcontainersSettings.OS.DockerEndpointAuthConfig is not null)
        {
            _container = new ContainerBuilder(Image)
                .WithCommand("azurite", "--blobHost", "0.0.0.0", "--queueHost", "0.0.0.0", "--tableHost", "0.0.0.0", "--skipApiVersionCheck")
                .WithPortBinding(10000, assignRandomHostPort: true)
                .WithPortBinding(10001, assignRandomHostPort: true)
                .WithPortBinding(10002, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilMessageIsLogged("Azurite Table service is successfully listening"))
                .Build();
            await _container.StartAsync();
            Endpoints = new AzuriteEndpoints(_container.Hostname, _container.GetMappedPublicPort(10000), _container.GetMappedPublicPort(10001), _container.GetMappedPublicPort(10002));
            Report($"Azurite: Testcontainers image {Image} at {_container.Hostname} (blob {Endpoints.BlobPort}, queue {Endpoints.QueuePort}, table {Endpoints.TablePort})");
        }
        else
        {
            _npm = await NpmAzurite.StartAsync();
            Endpoints = _npm.Endpoints;
            Report($"Azurite: no Docker engine answered, so npm azurite from node_modules on 127.0.0.1 (blob {Endpoints.BlobPort}, queue {Endpoints.QueuePort}, table {Endpoints.TablePort})");
        }
    }

    public async Task DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
        if (_npm is not null)
        {
            await _npm.DisposeAsync();
        }
    }

    private void Report(string message)
    {
        diagnostics.OnMessage(new DiagnosticMessage(message));
        Console.Error.WriteLine(message);
    }
}
