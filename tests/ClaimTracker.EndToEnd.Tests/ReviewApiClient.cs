using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>The review API over HTTP, as a reviewer's tool uses it.</summary>
public sealed class ReviewApiClient(ServeFixture serve)
{
    private static readonly TimeSpan ProcessingTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Every document, page by page.</summary>
    public async Task<JsonElement[]> DocumentsAsync()
    {
        var documents = new List<JsonElement>();
        string? token = null;
        do
        {
            var page = await serve.Api.GetFromJsonAsync<JsonElement>("documents?top=1000" + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token)));
            documents.AddRange(page.GetProperty("items").EnumerateArray());
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);
        return [.. documents];
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

    /// <summary>Uploads through <c>POST /api/documents</c>; returns the upload (id, version).</summary>
    public async Task<JsonElement> UploadAsync(string name, string text)
    {
        using var response = await serve.Api.PostAsync($"documents?name={Uri.EscapeDataString(name)}", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Uploads and waits until exactly this version is ready.</summary>
    public async Task<string> UploadAndWaitAsync(string name, string text)
    {
        var upload = await UploadAsync(name, text);
        var id = upload.GetProperty("id").GetString()!;
        await WaitForVersionAsync(id, upload.GetProperty("version").GetString()!);
        return id;
    }

    public async Task<JsonElement> WaitForVersionAsync(string documentId, string version)
    {
        var deadline = DateTime.UtcNow + ProcessingTimeout;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await serve.Api.GetAsync($"documents/{documentId}");
            if (response.IsSuccessStatusCode)
            {
                var document = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (document.GetProperty("version").GetString() == version && document.GetProperty("status").GetString() is "ready" or "failed")
                {
                    Assert.Equal("ready", document.GetProperty("status").GetString());
                    return document;
                }
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{documentId} version {version} was not ready within {ProcessingTimeout.TotalSeconds} s. serve printed:\n{serve.ServeOutput}");
    }

    public async Task<IReadOnlyList<JsonElement>> ClaimsAsync(string documentId, string query = "", int top = 50)
    {
        var claims = new List<JsonElement>();
        string? token = null;
        do
        {
            var url = $"documents/{documentId}/claims?top={top}{query}" + (token is null ? string.Empty : $"&continuationToken={Uri.EscapeDataString(token)}");
            var page = await serve.Api.GetFromJsonAsync<JsonElement>(url);
            claims.AddRange(page.GetProperty("items").EnumerateArray());
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);
        return claims;
    }

    public async Task<(JsonElement Claim, string ETag)> ClaimAsync(string documentId, string claimId)
    {
        using var response = await serve.Api.GetAsync($"documents/{documentId}/claims/{claimId}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.ToString());
    }

    public Task<HttpResponseMessage> ReviewAsync(string documentId, string claimId, string? etag, string json, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"documents/{documentId}/claims/{claimId}")
        {
            Content = new StringContent(json, Encoding.UTF8, contentType),
        };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }
        return serve.Api.SendAsync(request);
    }
}
