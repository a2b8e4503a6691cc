using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>What an API handler's result writes to a real response: status, headers, JSON body.</summary>
public sealed record ApiResponse(int Status, IHeaderDictionary Headers, JsonElement Body)
{
    public static async Task<ApiResponse> ExecuteAsync(IResult result, IServiceProvider services, HttpContext? context = null)
    {
        context ??= NewContext(services);
        using var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteAsync(context);
        var json = body.Length == 0 ? default : JsonDocument.Parse(body.ToArray()).RootElement.Clone();
        return new ApiResponse(context.Response.StatusCode, context.Response.Headers, json);
    }

    public static DefaultHttpContext NewContext(IServiceProvider services, string query = "") =>
        new() { RequestServices = services, Request = { QueryString = new QueryString(query) } };
}
