using System.Collections.Immutable;
using System.Text.Json;
using ClaimTracker.Pipeline.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ClaimTracker.Functions.Tests;

/// <summary>
/// What only the function app has, which serve's tests never reach: reading the trigger's
/// metadata, running a shared handler's <see cref="IResult"/>, and answering an HTTP function's
/// exception in problem details.
/// </summary>
public sealed class WorkerGlueTests
{
    [Theory]
    [InlineData("3", 3L)]
    [InlineData(4L, 4L)]
    [InlineData(5, 5L)]
    [InlineData("not a number", 1L)]
    [InlineData(null, 1L)]
    public void The_dequeue_count_is_read_from_text_or_numbers_and_a_missing_one_is_a_first_delivery(object? value, long expected)
    {
        var data = new Dictionary<string, object?>();
        if (value is not null)
        {
            data["DequeueCount"] = value;
        }

        Assert.Equal(expected, TriggerMetadata.DequeueCount(new FakeFunctionContext(data)));
    }

    [Fact]
    public void A_json_number_from_the_host_is_read_too() =>
        Assert.Equal(2L, TriggerMetadata.DequeueCount(new FakeFunctionContext(new Dictionary<string, object?> { ["DequeueCount"] = JsonDocument.Parse("2").RootElement })));

    [Fact]
    public async Task A_shared_handlers_result_is_what_the_function_answers()
    {
        var http = NewHttpContext(Services());

        await new HttpResultAction(Problems.Conflict("Not now.", "The document is splitting.")).ExecuteResultAsync(new ActionContext(http, new RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));

        Assert.Equal(409, http.Response.StatusCode);
        Assert.Equal("application/problem+json", http.Response.ContentType);
        Assert.Equal(Problems.TypePrefix + "conflict", Body(http).GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_http_function_that_throws_answers_500_in_problem_details_and_logs_the_trace_id()
    {
        var logs = new FakeLogCollector();
        var services = Services(logs);
        var http = NewHttpContext(services);
        http.TraceIdentifier = "trace-0042";
        var context = new FakeFunctionContext([], services) { Items = { ["HttpRequestContext"] = http } };
        var middleware = ActivatorUtilities.CreateInstance<ProblemDetailsMiddleware>(services);

        await middleware.Invoke(context, _ => throw new InvalidOperationException("The table broke."));

        var problem = Body(http);
        Assert.Equal(500, http.Response.StatusCode);
        Assert.Equal(Problems.TypePrefix + "internal-error", problem.GetProperty("type").GetString());
        Assert.Equal("trace-0042", problem.GetProperty("traceId").GetString());
        Assert.Contains("trace-0042", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var logged = Assert.Single(logs.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Contains("trace-0042", logged.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(logged.Exception);
    }

    [Fact]
    public async Task A_trigger_function_that_throws_still_throws_so_its_retries_and_poison_queue_work()
    {
        var services = Services();
        var middleware = ActivatorUtilities.CreateInstance<ProblemDetailsMiddleware>(services);

        await Assert.ThrowsAsync<InvalidOperationException>(() => middleware.Invoke(new FakeFunctionContext([], services), _ => throw new InvalidOperationException("A batch failed.")));
    }

    private static ServiceProvider Services(FakeLogCollector? logs = null) =>
        new ServiceCollection()
            .AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs ?? new FakeLogCollector())))
            .AddReviewApiProblems()
            .BuildServiceProvider();

    private static DefaultHttpContext NewHttpContext(IServiceProvider services) =>
        new() { RequestServices = services, Response = { Body = new MemoryStream() } };

    private static JsonElement Body(HttpContext http) => JsonDocument.Parse(((MemoryStream)http.Response.Body).ToArray()).RootElement;

    private sealed class FakeFunctionContext(Dictionary<string, object?> bindingData, IServiceProvider? services = null) : FunctionContext
    {
        public override string InvocationId => "invocation";

        public override string FunctionId => "function";

        public override TraceContext TraceContext => null!;

        public override BindingContext BindingContext { get; } = new FakeBindingContext(bindingData);

        public override RetryContext RetryContext => null!;

        public override IServiceProvider InstanceServices { get; set; } = services ?? new ServiceCollection().BuildServiceProvider();

        public override FunctionDefinition FunctionDefinition { get; } = new FakeFunctionDefinition();

        public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

        public override IInvocationFeatures Features => null!;
    }

    private sealed class FakeBindingContext(Dictionary<string, object?> data) : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData => data;
    }

    private sealed class FakeFunctionDefinition : FunctionDefinition
    {
        public override ImmutableArray<FunctionParameter> Parameters => [];

        public override string PathToAssembly => string.Empty;

        public override string EntryPoint => "ClaimTracker.Functions.Fake.Run";

        public override string Id => "fake";

        public override string Name => "Fake";

        public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;

        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
    }
}
