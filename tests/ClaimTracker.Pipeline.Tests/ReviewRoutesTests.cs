using ClaimTracker.Pipeline.Review;
using ClaimTracker.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>What <c>claimtracker serve</c> routes, held against the OpenAPI document it serves.</summary>
public sealed class ReviewRoutesTests
{
    [Fact]
    public async Task Serve_maps_exactly_the_operations_the_openapi_document_describes()
    {
        var builder = WebApplication.CreateSlimBuilder();
        await using var app = builder.Build();
        app.MapReviewApi();

        var mapped = ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(OpenApiOperations.Read(), mapped);
    }

    [Fact]
    public async Task The_served_openapi_document_is_the_checked_in_one()
    {
        using var body = new MemoryStream();
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services, Response = { Body = body } };

        await OperationEndpoints.OpenApi().ExecuteAsync(context);

        Assert.Equal(File.ReadAllBytes(OpenApiOperations.Path), body.ToArray());
        Assert.Equal("application/json", context.Response.ContentType);
    }
}
