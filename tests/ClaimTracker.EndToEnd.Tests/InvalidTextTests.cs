using System.Net.Http.Headers;
using System.Text;
using ClaimTracker.Testing;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>
/// Issue 13, item 5: text that is not text. Every JSON field and query parameter the API takes,
/// given invalid UTF-8 or a lone surrogate, is a 4xx in problem details, never a 500.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class InvalidTextTests(ServeFixture serve)
{
    private readonly ReviewApiClient _api = new(serve);

    /// <summary>JSON string contents, as bytes: an escaped lone high and low surrogate, the byte 0xFF, a truncated sequence, an encoded surrogate.</summary>
    private static readonly byte[][] BadJsonStrings =
    [
        "\\ud800"u8.ToArray(),
        "x\\udc00y"u8.ToArray(),
        [0xFF],
        [(byte)'a', 0xC3],
        [0xED, 0xA0, 0x80],
    ];

    /// <summary>The same as percent-encoded query values.</summary>
    private static readonly string[] BadQueryValues = ["%FF", "a%C3", "%ED%A0%80", "%F4%90%80%80", "%C0%AF"];

    /// <summary>Every query parameter of every endpoint, from the OpenAPI document's routes.</summary>
    private static readonly (string Method, string Path, string[] Parameters)[] Endpoints =
    [
        ("GET", "documents", ["status", "top", "continuationToken"]),
        ("POST", "documents", ["name"]),
        ("GET", "documents/{documentId}", []),
        ("GET", "documents/{documentId}/claims", ["status", "kind", "citation", "q", "speaker", "includeRemoved", "top", "continuationToken"]),
        ("GET", "documents/{documentId}/claims/{claimId}", []),
        ("GET", "documents/{documentId}/export", ["format", "status", "kind", "citation", "q", "speaker", "includeRemoved"]),
        ("POST", "documents/{documentId}/recite", []),
        ("GET", "citations", ["kind", "q", "top", "continuationToken"]),
        ("GET", "citations/unsc-resolution/S~2FRES~2F1244%20(1999)/claims", ["top", "continuationToken"]),
        ("GET", "poison", []),
        ("GET", "health", []),
    ];

    [Fact]
    public async Task Invalid_text_in_any_review_field_is_a_400_naming_the_field()
    {
        var (documentId, claimId, etag) = await ClaimToReviewAsync();

        var checkedBodies = 0;
        foreach (var bad in BadJsonStrings)
        {
            foreach (var field in new[] { "status", "note", "reviewer" })
            {
                var others = field == "reviewer" ? "\"status\": \"supported\"" : "\"reviewer\": \"ana\"";
                using var response = await ReviewAsync(documentId, claimId, etag, Json($"{{{others}, \"{field}\": \"", bad, "\"}"));
                var problem = await Problem.ReadAsync(response, 400, "invalid-request");
                Assert.Equal(field, problem.GetProperty("field").GetString());
                checkedBodies++;
            }
            using var badName = await ReviewAsync(documentId, claimId, etag, Json("{\"reviewer\": \"ana\", \"", bad, "\": 1}"));
            Assert.Equal("body", (await Problem.ReadAsync(badName, 400, "invalid-request")).GetProperty("field").GetString());
            checkedBodies++;
        }

        Assert.Equal(BadJsonStrings.Length * 4, checkedBodies);
        var (claim, unchanged) = await _api.ClaimAsync(documentId, claimId);
        Assert.Equal(etag, unchanged);
        Assert.Equal(0, claim.GetProperty("review").GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Invalid_text_in_any_query_parameter_or_path_segment_is_never_a_500()
    {
        var (documentId, claimId, _) = await ClaimToReviewAsync();

        var requests = new List<(string Method, string Url)>();
        foreach (var (method, path, parameters) in Endpoints)
        {
            var concrete = path.Replace("{documentId}", documentId, StringComparison.Ordinal).Replace("{claimId}", claimId, StringComparison.Ordinal);
            foreach (var bad in BadQueryValues)
            {
                requests.AddRange(parameters.Select(parameter => (method, $"{concrete}?{parameter}={bad}")));
                requests.Add((method, $"{concrete}?{bad}=1"));
                if (concrete.Contains(documentId, StringComparison.Ordinal))
                {
                    requests.Add((method, concrete.Replace(documentId, bad, StringComparison.Ordinal)));
                }
            }
        }
        requests.AddRange(BadQueryValues.Select(bad => ("GET", $"documents/{documentId}/claims/{bad}")));
        requests.AddRange(BadQueryValues.Select(bad => ("GET", $"citations/{bad}/x/claims")));
        requests.AddRange(BadQueryValues.Select(bad => ("GET", $"citations/unsc-resolution/{bad}/claims")));

        Assert.True(requests.Count > 200, $"only {requests.Count} requests");
        foreach (var (method, url) in requests)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method == "POST")
            {
                request.Content = new StringContent("The Council met.", Encoding.UTF8, "text/plain");
            }
            using var response = await serve.Api.SendAsync(request);
            Assert.True((int)response.StatusCode < 500, $"{method} {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            if ((int)response.StatusCode >= 400)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
        ReliabilityReport.Record(new ReliabilityRow("security", "Invalid UTF-8 and lone surrogates in every query parameter, path segment and review field",
            "4xx in problem details naming the field; nothing stored", 1, 1, 0, 0));
    }

    private async Task<(string DocumentId, string ClaimId, string ETag)> ClaimToReviewAsync()
    {
        var documentId = await _api.UploadAndWaitAsync("invalid-text/claims.txt", "The Council met on Monday. It adopted resolution 1244 (1999) on Friday.");
        var claimId = (await _api.ClaimsAsync(documentId))[0].GetProperty("id").GetString()!;
        var (_, etag) = await _api.ClaimAsync(documentId, claimId);
        return (documentId, claimId, etag);
    }

    private Task<HttpResponseMessage> ReviewAsync(string documentId, string claimId, string etag, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"documents/{documentId}/claims/{claimId}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return serve.Api.SendAsync(request);
    }

    private static byte[] Json(string before, byte[] inside, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. inside, .. Encoding.UTF8.GetBytes(after)];
}
