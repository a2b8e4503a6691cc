using Azure;
using Azure.Storage.Blobs.Specialized;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>A held document lock: renewed in the background until disposed, then released.</summary>
public sealed class DocumentLock : IAsyncDisposable
{
    private static readonly TimeSpan RenewEvery = DocumentLocks.LeaseDuration / 3;

    private readonly BlobLeaseClient _lease;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewal;

    internal DocumentLock(BlobLeaseClient lease)
    {
        _lease = lease;
        _renewal = RenewUntilReleasedAsync(_stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewal.ConfigureAwait(false);
        _stop.Dispose();
        try
        {
            await _lease.ReleaseAsync().ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            // Expired or taken over: either way it is no longer ours.
        }
    }

    private async Task RenewUntilReleasedAsync(CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(RenewEvery, stop).ConfigureAwait(false);
                await _lease.RenewAsync(cancellationToken: stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (RequestFailedException)
        {
            // A lost lease cannot be renewed; the work it guarded finishes or is retried.
        }
    }
}
