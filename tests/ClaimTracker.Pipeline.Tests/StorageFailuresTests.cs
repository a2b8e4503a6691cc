using Azure;
using ClaimTracker.Pipeline.Resilience;
using Polly.CircuitBreaker;

namespace ClaimTracker.Pipeline.Tests;

public sealed class StorageFailuresTests
{
    public static TheoryData<Exception, bool> Failures => new()
    {
        { new RequestFailedException(0, "Connection refused"), true },
        { new RequestFailedException(503, "Server busy"), true },
        { new RequestFailedException(500, "Internal error"), true },
        { new RequestFailedException(429, "Too many requests"), true },
        { new RequestFailedException(400, "Bad request"), false },
        { new RequestFailedException(404, "Not found"), false },
        { new RequestFailedException(412, "Condition not met"), false },
        // The SDK's "Retry failed after 4 tries" when storage never answered.
        { new AggregateException(new RequestFailedException(0, "Connection refused"), new RequestFailedException(0, "Connection refused")), true },
        { new AggregateException(new RequestFailedException(0, "Connection refused"), new InvalidOperationException("bug")), false },
        { new TaskCanceledException("network timeout"), true },
        { new System.Text.Json.JsonException("damaged row"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Storage_being_unwell_is_told_apart_from_bad_data(Exception failure, bool transient) =>
        Assert.Equal(transient, StorageFailures.IsTransient(failure, CancellationToken.None));

    [Fact]
    public void The_host_stopping_the_function_is_not_a_storage_failure()
    {
        using var stopping = new CancellationTokenSource();
        stopping.Cancel();

        Assert.False(StorageFailures.IsTransient(new OperationCanceledException(stopping.Token), stopping.Token));
        Assert.True(StorageFailures.IsTransientOrOutage(new BrokenCircuitException(), CancellationToken.None));
    }
}
