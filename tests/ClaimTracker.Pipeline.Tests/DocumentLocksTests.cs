using ClaimTracker.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>The per-document lock the split stage holds, on Azurite's blob leases.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DocumentLocksTests(PipelineFixture fixture)
{
    private DocumentLocks Locks => fixture.Services.GetRequiredService<DocumentLocks>();

    [Fact]
    public async Task A_second_holder_waits_until_the_first_releases()
    {
        var first = await Locks.AcquireAsync("locks-serialise", CancellationToken.None);

        var second = Locks.AcquireAsync("locks-serialise", CancellationToken.None);
        var finished = await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(2)));
        Assert.NotSame(second, finished);

        await first.DisposeAsync();
        await using var acquired = await second;
    }

    [Fact]
    public async Task Different_documents_do_not_wait_for_each_other()
    {
        await using var one = await Locks.AcquireAsync("locks-one", CancellationToken.None);
        await using var other = await Locks.AcquireAsync("locks-other", CancellationToken.None);
    }
}
