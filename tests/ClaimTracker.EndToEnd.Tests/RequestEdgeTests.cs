using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>Issue 13, item 8: requests at the edges of what the API takes, each answered as the README says.</summary>
[Collection(ServeCollection.Name)]
public sealed class RequestEdgeTests(ServeFixture serve)
{
    private readonly ReviewApiClient _api = new(serve);

    [Theory]
    [InlineData("documents?status=4")]
    [InlineData("documents?status=0")]
    [InlineData("documents?status=ready,failed")]
    [InlineData("documents?status=ready&status=failed")]
    [InlineData("documents?status=%20ready")]
    [InlineData("documents?status=ready%20")]
    [InlineData("documents/x/claims?kind=claim&kind=heading")]
    [InlineData("citations?q=a&q=b")]
    public async Task A_status_that_is_not_one_name_or_a_parameter_given_twice_is_a_400(string path)
    {
        using var response = await serve.Api.GetAsync(path);

        var field = path.Split('?')[1].Split('=')[0];
        Assert.Equal(field, (await Problem.ReadAsync(response, 400, "invalid-request")).GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_name_given_twice_is_refused_and_nothing_is_stored()
    {
        using var response = await serve.Api.PostAsync("documents?name=edge-a.txt&name=edge-b.txt", new StringContent("The Council met.", Encoding.UTF8, "text/plain"));

        Assert.Equal("name", (await Problem.ReadAsync(response, 400, "invalid-request")).GetProperty("field").GetString());
        Assert.False(await serve.Documents.GetBlobClient("edge-a.txt,edge-b.txt").ExistsAsync());
    }

    [Fact]
    public async Task A_path_of_20000_characters_is_a_414_in_problem_details()
    {
        using var response = await serve.Api.GetAsync("documents/" + new string('a', 20_000));

        await Problem.ReadAsync(response, 414, "uri-too-long");
    }

    [Theory]
    [InlineData("health")]
    [InlineData("documents")]
    public async Task Head_answers_where_get_does(string path)
    {
        using var get = await serve.Api.GetAsync(path);
        using var head = await serve.Api.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ClaimReview_links_use_the_configured_address_not_the_host_header()
    {
        var id = await _api.UploadAndWaitAsync("edge/host-header.txt", "The Council met on Monday. It adopted resolution 2334 (2016) on Friday.");
        var claim = (await _api.ClaimsAsync(id))[0];
        using (var review = await _api.ReviewAsync(id, claim.GetProperty("id").GetString()!, claim.GetProperty("etag").GetString(), """{"status": "supported", "reviewer": "ana"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, $"documents/{id}/export?format=claimreview");
        request.Headers.Host = "evil.example";
        using var response = await serve.Api.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
        var url = Assert.Single(JsonDocument.Parse(body).RootElement.GetProperty("@graph").EnumerateArray()).GetProperty("url").GetString()!;
        Assert.StartsWith(serve.Api.BaseAddress!.ToString().TrimEnd('/'), url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_document_list_is_paged_and_every_document_is_listed_once()
    {
        for (var i = 0; i < 5; i++)
        {
            await _api.UploadAsync($"edge/paging-{i}.txt", $"Paging document {i} has one claim.");
        }

        var ids = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await serve.Api.GetFromJsonAsync<JsonElement>("documents?top=2" + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token)));
            var items = page.GetProperty("items").EnumerateArray().ToArray();
            Assert.InRange(items.Length, 0, 2);
            ids.AddRange(items.Select(d => d.GetProperty("id").GetString()!));
            token = page.GetProperty("continuationToken").GetString();
            pages++;
        }
        while (token is not null);

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.True(pages >= 3, $"{ids.Count} documents in {pages} pages");
        Assert.All(Enumerable.Range(0, 5), i => Assert.Contains(ids, id => id.StartsWith($"edge-paging-{i}.txt-", StringComparison.Ordinal)));
    }
}
