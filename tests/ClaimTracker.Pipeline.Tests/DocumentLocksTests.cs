using Azure.Storage.Blobs.Models;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>The per-document lock the split stage holds, on Azurite's blob leases, waited for on a fake clock.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DocumentLocksTests(PipelineFixture fixture)
{
    [Fact]
    public async Task A_second_holder_waits_until_the_first_releases()
    {
        var clock = new FakeTimeProvider();
        var requests = new RequestCounter();
        await using var services = fixture.CreateServices(configure: s => requests.Register(s.AddSingleton<TimeProvider>(clock)));
        var locks = services.GetRequiredService<DocumentLocks>();
        var first = await locks.AcquireAsync("locks-serialise", CancellationToken.None);

        var second = locks.AcquireAsync("locks-serialise", CancellationToken.None);
        await UntilAsync(() => requests.Conflicts > 0 || second.IsCompleted);

        // Refused, and waiting on a clock that only the test moves: it cannot have the lock yet.
        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        await UntilAsync(() =>
        {
            clock.Advance(TimeSpan.FromMilliseconds(250));
            return second.IsCompleted;
        });
        await using var acquired = await second;
        Assert.Equal(LeaseState.Leased, (await fixture.Storage.Locks.GetBlobClient("locks-serialise").GetPropertiesAsync()).Value.LeaseState);
    }

    [Fact]
    public async Task Different_documents_are_held_at_once_without_waiting()
    {
        var requests = new RequestCounter();
        await using var services = fixture.CreateServices(configure: requests.Register);
        var locks = services.GetRequiredService<DocumentLocks>();

        await using var one = await locks.AcquireAsync("locks-one", CancellationToken.None);
        await using var other = await locks.AcquireAsync("locks-other", CancellationToken.None);

        Assert.Equal(0, requests.Conflicts);
        Assert.Equal(LeaseState.Leased, (await fixture.Storage.Locks.GetBlobClient("locks-one").GetPropertiesAsync()).Value.LeaseState);
        Assert.Equal(LeaseState.Leased, (await fixture.Storage.Locks.GetBlobClient("locks-other").GetPropertiesAsync()).Value.LeaseState);
    }

    /// <summary>Polls a condition the test can observe; the bound only stops a broken test from hanging, it decides nothing.</summary>
    private static async Task UntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 2_000 && !condition(); i++)
        {
            await Task.Delay(10);
        }
        Assert.True(condition());
    }
}
