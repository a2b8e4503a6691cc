using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ClaimTracker.Cli.Api;

/// <summary>
/// The review API as the terminal commands use it: the function app in Azure (with a function
/// key) or <c>claimtracker serve</c> locally. Problems come back as <see cref="ApiProblem"/>.
/// </summary>
internal sealed class ApiClient(Uri baseAddress, string? key) : IDisposable
{
    private readonly HttpClient _http = Create(baseAddress, key);

    public Uri BaseAddress => _http.BaseAddress!;

    public Task<ApiResult<T>> GetAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), type, cancellationToken);

    public async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e)
            {
                throw new ApiUnavailableException($"cannot reach the review API at {BaseAddress} ({e.Message}). Is it running (./scripts/run-local.sh, claimtracker serve)? Pass --api or set CLAIMTRACKER_API to point elsewhere.", e);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ApiUnavailableException($"the review API at {BaseAddress} did not answer within {_http.Timeout.TotalSeconds:0} s.", e);
            }
            using (response)
            {
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var etag = response.Headers.ETag?.ToString();
                if (response.IsSuccessStatusCode)
                {
                    try
                    {
                        return new ApiResult<T>((int)response.StatusCode, JsonSerializer.Deserialize(body, type), null, etag);
                    }
                    catch (JsonException e)
                    {
                        throw new ApiUnavailableException($"{BaseAddress} answered {request.Method} {request.RequestUri} with something that is not the review API's JSON. Is --api right?", e);
                    }
                }
                return new ApiResult<T>((int)response.StatusCode, default, ApiProblem.From((int)response.StatusCode, body), etag);
            }
        }
    }

    public void Dispose() => _http.Dispose();

    private static HttpClient Create(Uri baseAddress, string? key)
    {
        var address = baseAddress.ToString();
        var http = new HttpClient { BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/"), Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(key))
        {
            http.DefaultRequestHeaders.Add("x-functions-key", key);
        }
        return http;
    }
}

internal sealed record ApiResult<T>(int Status, T? Value, ApiProblem? Problem, string? ETag);

/// <summary>An RFC 7807 answer, or whatever else a failing server said.</summary>
internal sealed record ApiProblem(int Status, string Type, string Detail)
{
    public const string StaleETag = "urn:claimtracker:problem:stale-etag";

    public static ApiProblem From(int status, byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return new ApiProblem(status, Text("type") ?? "about:blank", Text("detail") ?? Text("title") ?? $"HTTP {status}");
        }
        catch (JsonException)
        {
            var text = System.Text.Encoding.UTF8.GetString(body).Trim();
            return new ApiProblem(status, "about:blank", text.Length == 0 ? $"HTTP {status}" : text);
        }
    }
}

internal sealed class ApiUnavailableException(string message, Exception inner) : Exception(message, inner);
