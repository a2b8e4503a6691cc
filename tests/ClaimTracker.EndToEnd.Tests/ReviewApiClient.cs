using System.Net.Http.Json;
using System.Text.Json;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>The review API over HTTP, as a reviewer's tool uses it.</summary>
public sealed class ReviewApiClient(ServeFixture serve)
{
    private static readonly TimeSpan ProcessingTimeout = TimeSpan.FromSeconds(90);

    public async Task<JsonElement[]> DocumentsAsync()
    {
        var list = await serve.Api.GetFromJsonAsync<JsonElement>("documents");
        return list.GetProperty("items").EnumerateArray().ToArray();
    }

    /// <summary>Polls until the named document is ready or failed; fails with serve's log if it never is.</summary>
    public async Task<JsonElement> WaitForDocumentAsync(string blobName)
    {
        var deadline = DateTime.UtcNow + ProcessingTimeout;
        while (DateTime.UtcNow < deadline)
        {
            var document = (await DocumentsAsync()).SingleOrDefault(d => d.GetProperty("name").GetString() == blobName);
            if (document.ValueKind == JsonValueKind.Object && document.GetProperty("status").GetString() is "ready" or "failed")
            {
                return document;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{blobName} was not processed within {ProcessingTimeout.TotalSeconds} s. serve printed:\n{serve.ServeOutput}");
    }

    public async Task<IReadOnlyList<JsonElement>> ClaimsAsync(string documentId)
    {
        var claims = new List<JsonElement>();
        string? token = null;
        do
        {
            var url = $"documents/{documentId}/claims?top=50" + (token is null ? string.Empty : $"&continuationToken={Uri.EscapeDataString(token)}");
            var page = await serve.Api.GetFromJsonAsync<JsonElement>(url);
            claims.AddRange(page.GetProperty("items").EnumerateArray());
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);
        return claims;
    }
}
