using System.Net.Http.Json;
using System.Text.Json;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>Following one source across every document that cites it.</summary>
[Collection(ServeCollection.Name)]
public sealed class SourceTrackingTests(ServeFixture serve)
{
    private readonly ReviewApiClient _api = new(serve);

    [Fact]
    public async Task A_source_cited_in_two_documents_is_listed_once_and_leads_to_both_claims()
    {
        var first = await _api.UploadAndWaitAsync("sources/briefing.txt", "The briefing opened with the weather. It recalled resolution 1325 (2000) on women and peace.");
        var second = await _api.UploadAndWaitAsync("sources/op-ed.txt", "Resolution 1325 (2000) changed how missions are staffed. Few noticed at the time.");

        var sources = await serve.Api.GetFromJsonAsync<JsonElement>("citations?kind=unsc-resolution&q=1325");
        var source = Assert.Single(sources.GetProperty("items").EnumerateArray());
        Assert.Equal(("S/RES/1325 (2000)", 2, 2), (source.GetProperty("canonical").GetString(), source.GetProperty("claims").GetInt32(), source.GetProperty("documents").GetInt32()));
        var link = source.GetProperty("claimsLink").GetString()!;
        Assert.Equal("/api/citations/unsc-resolution/S~2FRES~2F1325%20%282000%29/claims", link);

        var byLink = await serve.Api.GetFromJsonAsync<JsonElement>(new Uri(serve.Api.BaseAddress!, link));
        var byHand = await serve.Api.GetFromJsonAsync<JsonElement>("citations/unsc-resolution/S~2FRES~2F1325%20(2000)/claims");
        var percentEncoded = await serve.Api.GetFromJsonAsync<JsonElement>("citations/unsc-resolution/S%2FRES%2F1325%20(2000)/claims");

        foreach (var page in new[] { byLink, byHand, percentEncoded })
        {
            var items = page.GetProperty("items").EnumerateArray().ToArray();
            Assert.Equal([first, second], items.Select(i => i.GetProperty("documentId").GetString()).Order(StringComparer.Ordinal));
            Assert.Equal(["sources/briefing.txt", "sources/op-ed.txt"], items.Select(i => i.GetProperty("documentName").GetString()).Order(StringComparer.Ordinal));
            Assert.All(items, i => Assert.Contains("1325 (2000)", i.GetProperty("claim").GetProperty("text").GetString(), StringComparison.Ordinal));
            Assert.Equal("https://undocs.org/en/S/RES/1325(2000)", page.GetProperty("url").GetString());
        }
    }

    [Fact]
    public async Task A_claim_that_leaves_and_returns_in_later_versions_is_found_by_its_source_again()
    {
        const string name = "sources/returning.txt";
        const string cited = "The inspectors relied on resolution 1441 (2002).";
        var id = await _api.UploadAndWaitAsync(name, $"The talks went on. {cited}");
        await _api.UploadAndWaitAsync(name, "The talks went on.");
        var gone = await serve.Api.GetFromJsonAsync<JsonElement>("citations/unsc-resolution/S~2FRES~2F1441%20(2002)/claims");
        await _api.UploadAndWaitAsync(name, $"The talks went on. {cited} Nobody objected.");

        var back = await serve.Api.GetFromJsonAsync<JsonElement>("citations/unsc-resolution/S~2FRES~2F1441%20(2002)/claims");

        Assert.Empty(gone.GetProperty("items").EnumerateArray());
        var item = Assert.Single(back.GetProperty("items").EnumerateArray());
        Assert.Equal((id, cited), (item.GetProperty("documentId").GetString(), item.GetProperty("claim").GetProperty("text").GetString()));
        Assert.False(item.GetProperty("claim").GetProperty("removed").GetBoolean());
    }

    [Fact]
    public async Task The_source_listing_pages_and_rejects_what_it_does_not_know()
    {
        await _api.UploadAndWaitAsync("sources/many.txt", string.Join(" ", Enumerable.Range(0, 6).Select(i => $"The Council adopted resolution {2401 + i} (2018).")));

        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await serve.Api.GetFromJsonAsync<JsonElement>("citations?kind=unsc-resolution&q=S/RES/240&top=4" + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token)));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("canonical").GetString()!));
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);
        using var badKind = await serve.Api.GetAsync("citations?kind=tweet");
        using var badEncoding = await serve.Api.GetAsync("citations/unsc-resolution/S~ZZRES/claims");
        using var unknownKind = await serve.Api.GetAsync("citations/tweet/x/claims");

        Assert.Equal(Enumerable.Range(2401, 6).Select(n => $"S/RES/{n} (2018)"), seen);
        Assert.Equal("kind", (await Problem.ReadAsync(badKind, 400, "invalid-request")).GetProperty("field").GetString());
        await Problem.ReadAsync(badEncoding, 404, "not-found");
        await Problem.ReadAsync(unknownKind, 404, "not-found");
    }
}
