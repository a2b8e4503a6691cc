using System.Net;
using System.Runtime.CompilerServices;
using ClaimTracker.Pipeline.Resilience;
using Polly;
using Polly.Simmy;
using Polly.Simmy.Fault;
using Polly.Simmy.Outcomes;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>The process "dies" at this point: nothing after it runs, nothing catches it on the way out.</summary>
public sealed class SimulatedCrashException(string point) : Exception($"Simulated crash: {point}");

/// <summary>Chaos pipelines that fail chosen storage requests, for the fault-injection tests.</summary>
internal static class StorageFaults
{
    /// <summary>
    /// Throws <see cref="SimulatedCrashException"/> instead of sending the <paramref name="nth"/>
    /// request that matches <paramref name="where"/>, once: the state storage holds at that
    /// moment is what a process killed there would leave.
    /// </summary>
    public static StorageChaos CrashAt(string point, Func<HttpRequestMessage, bool> where, int nth = 1)
    {
        var seen = 0;
        return new StorageChaos(new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddChaosFault(new ChaosFaultStrategyOptions
            {
                InjectionRate = 1,
                EnabledGenerator = args => ValueTask.FromResult(
                    args.Context.Properties.TryGetValue(StorageChaos.Request, out var request)
                    && where(request)
                    && Interlocked.Increment(ref seen) == nth),
                FaultGenerator = new FaultGenerator().AddException(() => new SimulatedCrashException(point)),
            })
            .Build());
    }

    /// <summary>Counts the requests that match <paramref name="where"/> and lets them all through.</summary>
    public static StorageChaos Count(StrongBox<int> count, Func<HttpRequestMessage, bool> where) =>
        new(new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddChaosFault(new ChaosFaultStrategyOptions
            {
                InjectionRate = 1,
                EnabledGenerator = args =>
                {
                    if (args.Context.Properties.TryGetValue(StorageChaos.Request, out var request) && where(request))
                    {
                        Interlocked.Increment(ref count.Value);
                    }
                    return ValueTask.FromResult(false);
                },
                FaultGenerator = new FaultGenerator().AddException(() => new InvalidOperationException("never injected")),
            })
            .Build());

    /// <summary>Answers every storage request with 503 while <see cref="Outage.IsOn"/>, as an unreachable account would.</summary>
    public static StorageChaos During(Outage outage) =>
        new(new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddChaosOutcome(new ChaosOutcomeStrategyOptions<HttpResponseMessage>
            {
                InjectionRate = 1,
                EnabledGenerator = _ => ValueTask.FromResult(outage.IsOn),
                OutcomeGenerator = new OutcomeGenerator<HttpResponseMessage>().AddResult(() => StorageChaos.Injected(HttpStatusCode.ServiceUnavailable)),
            })
            .Build());

    public static bool IsQueueSend(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/messages", StringComparison.Ordinal);

    public static bool IsTableWrite(HttpRequestMessage request, string table) =>
        request.Method != HttpMethod.Get && request.RequestUri!.AbsolutePath.Contains($"/{table}(", StringComparison.Ordinal);

    public static bool IsTableTransaction(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/$batch", StringComparison.Ordinal);
}

/// <summary>A switch the test flips to take storage away and give it back.</summary>
internal sealed class Outage
{
    private volatile bool _on;

    public bool IsOn => _on;

    public void Begin() => _on = true;

    public void End() => _on = false;
}
