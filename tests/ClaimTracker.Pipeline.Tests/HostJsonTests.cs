using System.Globalization;
using System.Text.Json;
using ClaimTracker.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>
/// The cite handler marks a document failed on a message's last delivery, so it must count
/// deliveries as the queue trigger does: from host.json, under the same overrides, in both hosts.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostJsonTests(PipelineFixture fixture)
{
    private static readonly int FileValue = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "host.json")))
        .RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32();

    [Fact]
    public async Task The_handlers_take_maxDequeueCount_from_host_json_and_its_overrides_as_the_trigger_does()
    {
        var overridden = FileValue + 2;
        await using var plain = fixture.CreateServices();
        await using var configured = fixture.CreateServices(new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = overridden.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(FileValue, plain.GetRequiredService<IOptions<ClaimTrackerOptions>>().Value.MaxDequeueCount);
        Assert.Equal(overridden, configured.GetRequiredService<IOptions<ClaimTrackerOptions>>().Value.MaxDequeueCount);
    }
}
