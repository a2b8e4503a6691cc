using System.Text.Json;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>Reads claims through the review API handler, page by page, as a client would.</summary>
public static class ClaimsClient
{
    public static async Task<IReadOnlyList<JsonElement>> ReadAllAsync(PipelineFixture fixture, string documentId, string query = "", int top = 40)
    {
        var claims = new List<JsonElement>();
        string? token = null;
        do
        {
            var paging = $"top={top}" + (token is null ? string.Empty : $"&continuationToken={Uri.EscapeDataString(token)}");
            var context = ApiResponse.NewContext(fixture.Services, $"?{paging}{query}");
            var response = await ApiResponse.ExecuteAsync(await fixture.ClaimsApi.ListAsync(context.Request, documentId, CancellationToken.None), fixture.Services, context);
            Assert.Equal(200, response.Status);
            claims.AddRange(response.Body.GetProperty("items").EnumerateArray());
            token = response.Body.GetProperty("continuationToken").GetString();
        }
        while (token is not null);
        return claims;
    }
}
