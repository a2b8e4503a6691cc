using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Testing;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>
/// The pipeline as a user meets it: a blob uploaded with the plain Azure SDK, claims read back
/// over HTTP from <c>claimtracker serve</c>. No test code calls a handler.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class PipelineEndToEndTests(ServeFixture serve)
{
    private readonly ReviewApiClient _api = new(serve);

    [SharedSampleFact]
    public async Task An_uploaded_article_becomes_claims_with_its_resolution_citations()
    {
        const string name = "e2e/diplomacy-leading-to-victory.txt";
        await serve.Documents.UploadBlobAsync(name, BinaryData.FromBytes(File.ReadAllBytes(RepositoryPaths.SharedSample("diplomacy-leading-to-victory.txt"))));

        var document = await _api.WaitForDocumentAsync(name);

        Assert.Equal("ready", document.GetProperty("status").GetString());
        var claims = await _api.ClaimsAsync(document.GetProperty("id").GetString()!);
        Assert.Equal(document.GetProperty("counts").GetProperty("units").GetInt32(), claims.Count);
        Assert.True(document.GetProperty("counts").GetProperty("claims").GetInt32() > 100);
        var citing = Assert.Single(claims, c => c.GetProperty("citations").EnumerateArray().Any(x => x.GetProperty("kind").GetString() == "unsc-resolution"));
        Assert.StartsWith("The documents adopted by international organizations as a result", citing.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            ["S/RES/822 (1993)", "S/RES/853 (1993)", "S/RES/874 (1993)", "S/RES/884 (1993)"],
            citing.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("canonical").GetString()));
    }

    [Fact]
    public async Task A_blob_name_with_slashes_hashes_question_marks_and_spaces_round_trips()
    {
        const string name = "reports/2020/UN #5? final draft.txt";
        await serve.Documents.UploadBlobAsync(name, BinaryData.FromString("The Council met on Monday. It adopted resolution 2334 (2016) on Friday."));

        var document = await _api.WaitForDocumentAsync(name);

        Assert.Equal("ready", document.GetProperty("status").GetString());
        var id = document.GetProperty("id").GetString()!;
        var claims = await _api.ClaimsAsync(id);
        Assert.Equal(["The Council met on Monday.", "It adopted resolution 2334 (2016) on Friday."], claims.Select(c => c.GetProperty("text").GetString()));
        using var claim = await serve.Api.GetAsync($"documents/{id}/claims/{claims[1].GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);
        Assert.NotNull(claim.Headers.ETag);
    }

    [Fact]
    public async Task A_broken_document_fails_with_a_reason_and_the_one_beside_it_still_flows()
    {
        await Task.WhenAll(
            serve.Documents.UploadBlobAsync("e2e/photo.jpg", BinaryData.FromBytes([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'])),
            serve.Documents.UploadBlobAsync("e2e/statement.txt", BinaryData.FromString("The ministry issued a statement on 27 September 2020. It condemned the shelling.")));

        var broken = await _api.WaitForDocumentAsync("e2e/photo.jpg");
        var good = await _api.WaitForDocumentAsync("e2e/statement.txt");

        Assert.Equal("failed", broken.GetProperty("status").GetString());
        Assert.Contains("JPEG image", broken.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("ready", good.GetProperty("status").GetString());
        Assert.Equal(2, good.GetProperty("counts").GetProperty("claims").GetInt32());
    }

    [Fact]
    public async Task A_document_can_be_cited_again_over_http()
    {
        const string name = "e2e/recite.txt";
        await serve.Documents.UploadBlobAsync(name, BinaryData.FromString("The Council recalled resolution 242 (1967) on Monday. Observers left."));
        var document = await _api.WaitForDocumentAsync(name);

        using var recite = await serve.Api.PostAsync($"documents/{document.GetProperty("id").GetString()}/recite", content: null);

        Assert.Equal(HttpStatusCode.Accepted, recite.StatusCode);
        Assert.Equal(1, (await recite.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batches").GetInt32());
        Assert.Equal("ready", (await _api.WaitForDocumentAsync(name)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Errors_are_problem_details_over_http()
    {
        using var missing = await serve.Api.GetAsync("documents/no-such-document/claims");
        using var invalid = await serve.Api.GetAsync("documents/no-such-document/claims?top=100000");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("top", (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
