using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Simmy;
using Polly.Simmy.Outcomes;

namespace ClaimTracker.Pipeline.Resilience;

/// <summary>
/// Polly chaos strategies between the Azure SDK and the network. Faults are injected below the
/// SDK's own retry policy, so they meet exactly the handling a real 503, 500 or dropped
/// connection would: the SDK's retries first, then the pipeline's <see cref="ResiliencePipelines.StorageOutage"/>.
/// </summary>
public sealed class StorageChaos
{
    /// <summary>The storage request being sent, for strategies that choose their victims.</summary>
    public static readonly ResiliencePropertyKey<HttpRequestMessage> Request = new("claimtracker.storage-request");

    private readonly ResiliencePipeline<HttpResponseMessage>? _pipeline;

    /// <summary>Chaos from a pipeline of the caller's making: tests use it to fail one chosen call.</summary>
    public StorageChaos(ResiliencePipeline<HttpResponseMessage>? pipeline) => _pipeline = pipeline;

    public StorageChaos(IOptions<StorageChaosOptions> options)
        : this(options.Value.Enabled ? FromOptions(options.Value) : null)
    {
    }

    public bool IsEnabled => _pipeline is not null;

    /// <summary>A transport for the SDK clients that sends every request through the chaos pipeline.</summary>
    public HttpMessageHandler CreateHandler() =>
        new ChaosHandler(_pipeline ?? ResiliencePipeline<HttpResponseMessage>.Empty) { InnerHandler = new SocketsHttpHandler() };

    private static ResiliencePipeline<HttpResponseMessage> FromOptions(StorageChaosOptions options)
    {
        var random = options.Seed is { } seed ? new Random(seed) : Random.Shared;
        Func<double> next = () =>
        {
            lock (random)
            {
                return random.NextDouble();
            }
        };
        return new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddChaosLatency(new()
            {
                InjectionRate = options.LatencyRate,
                Latency = TimeSpan.FromMilliseconds(options.LatencyMilliseconds),
                Randomizer = next,
            })
            .AddChaosOutcome(new ChaosOutcomeStrategyOptions<HttpResponseMessage>
            {
                InjectionRate = options.FaultRate,
                Randomizer = next,
                OutcomeGenerator = new OutcomeGenerator<HttpResponseMessage>()
                    .AddResult(() => Injected(HttpStatusCode.ServiceUnavailable))
                    .AddResult(() => Injected(HttpStatusCode.InternalServerError))
                    .AddException(() => InjectedTimeout()),
            })
            .Build();
    }

    public static HttpResponseMessage Injected(HttpStatusCode status) =>
        new(status) { ReasonPhrase = "Injected by ClaimTracker chaos", Content = new StringContent("") };

    /// <summary>What a request that never got an answer looks like to the SDK: retriable, and not the caller's cancellation.</summary>
    public static Exception InjectedTimeout() =>
        new TaskCanceledException("Injected by ClaimTracker chaos: storage did not answer in time.", new TimeoutException());

    private sealed class ChaosHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(Request, request);
            try
            {
                return await pipeline.ExecuteAsync(
                    static (ctx, state) => new ValueTask<HttpResponseMessage>(state.Handler.BaseSendAsync(state.Request, ctx.CancellationToken)),
                    context,
                    (Handler: this, Request: request)).ConfigureAwait(false);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        private Task<HttpResponseMessage> BaseSendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            base.SendAsync(request, cancellationToken);
    }
}
