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
/// which it used, and stops what it started. <c>CLAIMTRACKER_AZURITE=container|npm</c> forces
/// one path (<see cref="AzuritePaths"/>).
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
        var path = AzuritePaths.FromEnvironment();
        var docker = TestcontainersSettings.OS.DockerEndpointAuthConfig is not null;
        if (path == AzuritePath.Container && !docker)
        {
            throw new InvalidOperationException($"{AzuritePaths.Setting}=container, but no Docker engine answered (Testcontainers found no endpoint: DOCKER_HOST, the Docker socket). Start Docker, or unset {AzuritePaths.Setting} (or set it to npm) to use node_modules/azurite.");
        }
        if (path == AzuritePath.Container || (path == AzuritePath.Auto && docker))
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
            Report($"Azurite ({Reason(path)}): Testcontainers image {Image} at {_container.Hostname} (blob {Endpoints.BlobPort}, queue {Endpoints.QueuePort}, table {Endpoints.TablePort})");
        }
        else
        {
            _npm = await NpmAzurite.StartAsync();
            Endpoints = _npm.Endpoints;
            Report($"Azurite ({Reason(path)}): npm azurite from node_modules on 127.0.0.1 (blob {Endpoints.BlobPort}, queue {Endpoints.QueuePort}, table {Endpoints.TablePort})");
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

    private static string Reason(AzuritePath path) => path switch
    {
        AzuritePath.Auto => $"{AzuritePaths.Setting} unset, " + (TestcontainersSettings.OS.DockerEndpointAuthConfig is null ? "no Docker engine answered" : "a Docker engine answered"),
        _ => $"{AzuritePaths.Setting}={path.ToString().ToLowerInvariant()}",
    };

    private void Report(string message)
    {
        diagnostics.OnMessage(new DiagnosticMessage(message));
        Console.Error.WriteLine(message);
    }
}
