using System.Net.Http.Json;
using System.Text.Json;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>Reads an RFC 7807 answer, checking it is one.</summary>
public static class Problem
{
    public const string TypePrefix = "urn:claimtracker:problem:";

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, int status, string type)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(TypePrefix + type, problem.GetProperty("type").GetString());
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
