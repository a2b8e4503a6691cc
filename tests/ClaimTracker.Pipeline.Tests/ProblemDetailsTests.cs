using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Pipeline.Review;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>
/// Issue 13, item 6: the trace id a problem names is in the log, beside the exception, so an
/// operator finds what a user's 500 points to. Every problem carries it as <c>traceId</c>, as the OpenAPI document says.
/// </summary>
public sealed class ProblemDetailsTests
{
    [Fact]
    public async Task A_500_names_a_trace_id_the_log_holds_with_the_exception()
    {
        var logs = new FakeLogCollector();
        await using var app = await StartAsync(logs, api => api.MapGet("/api/boom", IResult () => throw new InvalidOperationException("The table broke.")));
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var response = await client.GetAsync("/api/boom");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(500, (int)response.StatusCode);
        var traceId = problem.GetProperty("traceId").GetString()!;
        Assert.NotEmpty(traceId);
        Assert.Contains(traceId, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var logged = Assert.Single(logs.GetSnapshot(), r => r.Level >= LogLevel.Error);
        Assert.Contains(traceId, logged.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(logged.Exception);
    }

    [Fact]
    public async Task Every_problem_carries_the_trace_id()
    {
        await using var app = await StartAsync(new FakeLogCollector(), api => api.MapGet("/api/bad", () => Problems.Invalid("top", "Bad.")));
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var invalid = await client.GetAsync("/api/bad");
        using var unknown = await client.GetAsync("/api/nothing-here");
        using var csv = new HttpRequestMessage(HttpMethod.Get, "/api/bad") { Headers = { { "Accept", "text/csv" } } };
        using var refusedCsv = await client.SendAsync(csv);

        foreach (var response in new[] { invalid, unknown, refusedCsv })
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.NotEmpty((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("traceId").GetString()!);
        }
    }

    private static async Task<WebApplication> StartAsync(FakeLogCollector logs, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Information).AddProvider(new FakeLoggerProvider(logs));
        builder.Services.AddReviewApiProblems();
        var app = builder.Build();
        app.UseReviewApiProblems();
        map(app);
        app.MapFallback("{*path}", (HttpRequest request) => Problems.UnknownRoute(request.Method, request.Path));
        await app.StartAsync();
        return app;
    }
}
