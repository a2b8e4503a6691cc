using Azure;
using ClaimTracker.Pipeline.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Registry;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>
/// The optimistic-concurrency pipeline: configured from options as Polly's own strategies are,
/// timed by the registered <see cref="TimeProvider"/>, and quiet about routine ETag races.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ResiliencePipelineTests(PipelineFixture fixture)
{
    private const string Section = "ClaimTracker:Resilience:OptimisticConcurrency:";

    [Fact]
    public async Task Retries_follow_the_configured_count_and_delay_on_the_registered_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero));
        await using var services = fixture.CreateServices(
            new Dictionary<string, string?>
            {
                [Section + "MaxRetryAttempts"] = "2",
                [Section + "Delay"] = "00:00:03",
                [Section + "BackoffType"] = "Constant",
                [Section + "UseJitter"] = "false",
            },
            s => s.AddSingleton<TimeProvider>(clock));
        var pipeline = services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ResiliencePipelines.OptimisticConcurrency);
        var attempts = new List<DateTimeOffset>();

        var run = pipeline.ExecuteAsync(_ =>
        {
            lock (attempts)
            {
                attempts.Add(clock.GetUtcNow());
            }
            throw new RequestFailedException(412, "The row changed.");
        }).AsTask();
        // Moves the fake clock on in steps until the pipeline gives up; how far it had to go is the delay it used.
        for (var step = 0; step < 100 && !run.IsCompleted; step++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Yield();
            await Task.Delay(1);
        }

        await Assert.ThrowsAsync<RequestFailedException>(() => run);
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts.Zip(attempts.Skip(1)), pair => Assert.InRange(pair.Second - pair.First, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3.5)));
    }

    [Fact]
    public async Task A_routine_etag_race_is_one_debug_line_and_a_success_logs_nothing_above_debug()
    {
        var logs = new FakeLogCollector();
        await using var services = fixture.CreateServices(configure: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs))));
        var pipeline = services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ResiliencePipelines.OptimisticConcurrency);
        var tries = 0;

        await pipeline.ExecuteAsync(_ => ++tries == 1 ? throw new RequestFailedException(412, "The row changed.\nStatus: 412\nHeaders:\nETag: W/\"x\"") : ValueTask.CompletedTask);
        await pipeline.ExecuteAsync(_ => ValueTask.CompletedTask);

        // Level None is what a silenced event is passed on at; no real provider writes it.
        var records = logs.GetSnapshot().Where(r => r.Level != LogLevel.None).ToArray();
        Assert.NotEmpty(records);
        Assert.DoesNotContain(records, r => r.Level > LogLevel.Debug);
        var retry = Assert.Single(records, r => r.Exception is not null || r.Message.Contains("412", StringComparison.Ordinal));
        Assert.Null(retry.Exception);
        Assert.DoesNotContain('\n', retry.Message);
    }
}
