using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>Counts the HTTP requests the storage clients send, and the statuses they get: what an operation costs, observed.</summary>
public sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private int _count;
    private int _refused;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Requests answered 409 Conflict (a lease held by someone else, a row that exists).</summary>
    public int Conflicts => Volatile.Read(ref _refused);

    /// <summary>Adds the counter to every storage client the services build.</summary>
    public void Register(IServiceCollection services) =>
        services.AddAzureClients(clients => clients.ConfigureDefaults(options => options.AddPolicy(this, HttpPipelinePosition.PerCall)));

    public void Reset()
    {
        Volatile.Write(ref _count, 0);
        Volatile.Write(ref _refused, 0);
    }

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);

    public override void OnReceivedResponse(HttpMessage message)
    {
        if (message.Response.Status == 409)
        {
            Interlocked.Increment(ref _refused);
        }
    }
}
