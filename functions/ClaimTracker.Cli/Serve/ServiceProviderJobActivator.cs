using Microsoft.Azure.WebJobs.Host;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Cli.Serve;

/// <summary>Creates job classes through the host's container, so they take their handlers by constructor injection.</summary>
internal sealed class ServiceProviderJobActivator(IServiceProvider services) : IJobActivator
{
    public T CreateInstance<T>() => ActivatorUtilities.CreateInstance<T>(services);
}
