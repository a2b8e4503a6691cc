using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using ClaimTracker.Testing;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>The API's promises to every client: escaping, problem details, limits, its own description.</summary>
[Collection(ServeCollection.Name)]
public sealed class ApiContractTests(ServeFixture serve)
{
    private readonly ReviewApiClient _api = new(serve);

    private static readonly string[] Injections =
    [
        "q=' or 1 eq 1",
        "status=x' or PartitionKey ne '",
        "citation=' or ''='",
        "speaker=') or (PartitionKey ne '",
        "kind=claim' or RowKey ne '",
        "q=' or PartitionKey gt '",
    ];

    [Fact]
    public async Task Injection_strings_are_plain_values_that_return_no_foreign_rows()
    {
        var mine = await _api.UploadAndWaitAsync("contract/mine.txt", "Our claim is short. Another claim follows.");
        await _api.UploadAndWaitAsync("contract/theirs.txt", "Their claim must never leak. It stays in its own document.");

        foreach (var filter in Injections)
        {
            var (name, value) = (filter.Split('=', 2)[0], filter.Split('=', 2)[1]);
            using var claims = await serve.Api.GetAsync($"documents/{mine}/claims?{name}={Uri.EscapeDataString(value)}");
            using var export = await serve.Api.GetAsync($"documents/{mine}/export?format=jsonl&{name}={Uri.EscapeDataString(value)}");

            if (claims.StatusCode == HttpStatusCode.OK)
            {
                var page = await claims.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Empty(page.GetProperty("items").EnumerateArray());
                Assert.Equal(string.Empty, (await export.Content.ReadAsStringAsync()).Trim());
            }
            else
            {
                Assert.Equal(name, (await Problem.ReadAsync(claims, 400, "invalid-request")).GetProperty("field").GetString());
                await Problem.ReadAsync(export, 400, "invalid-request");
            }
        }
        using var foreignId = await serve.Api.GetAsync($"documents/{Uri.EscapeDataString(mine + "' or PartitionKey ne '")}/claims");
        using var foreignSource = await serve.Api.GetAsync($"citations/unsc-resolution/{Uri.EscapeDataString("x' or PartitionKey ne '")}/claims");
        await Problem.ReadAsync(foreignId, 404, "not-found");
        Assert.Empty((await foreignSource.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
        ReliabilityReport.Record(new ReliabilityRow("security", $"{Injections.Length} OData injection strings in filters, ids and source paths",
            "plain values: no foreign rows, or 400 naming the field", 2, 4, 0, 0));
    }

    [Theory]
    [InlineData("GET", "nope")]
    [InlineData("GET", "documents/a/claims/0123456789abcdef/extra")]
    [InlineData("DELETE", "documents")]
    [InlineData("PUT", "documents/a/claims/0123456789abcdef")]
    [InlineData("GET", "openapi.yaml")]
    public async Task Unknown_routes_and_methods_get_a_problem_details_404(string method, string path)
    {
        using var response = await serve.Api.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var problem = await Problem.ReadAsync(response, 404, "unknown-route");
        Assert.Contains($"{method} /api/{path}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("documents?stauts=ready", "stauts")]
    [InlineData("documents?status=sleeping", "status")]
    [InlineData("citations?top=0", "top")]
    [InlineData("documents/x/claims?sort=text", "sort")]
    public async Task Unknown_and_bad_query_parameters_are_named(string path, string field)
    {
        using var response = await serve.Api.GetAsync(path);

        Assert.Equal(field, (await Problem.ReadAsync(response, 400, "invalid-request")).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Every_operation_in_the_openapi_document_is_served()
    {
        var openApi = await serve.Api.GetFromJsonAsync<JsonElement>("openapi.json");

        var operations = openApi.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => (Path: path.Name, Method: method.Name.ToUpperInvariant())))
            .ToArray();
        Assert.Equal(15, operations.Length);
        foreach (var (path, method) in operations)
        {
            var concrete = path["/api/".Length..]
                .Replace("{documentId}", "no-such-document", StringComparison.Ordinal)
                .Replace("{claimId}", "0123456789abcdef", StringComparison.Ordinal)
                .Replace("{kind}", "unsc-resolution", StringComparison.Ordinal)
                .Replace("{canonical}", "S~2FRES~2F1 (1946)", StringComparison.Ordinal);
            using var response = await serve.Api.SendAsync(new HttpRequestMessage(new HttpMethod(method), concrete));
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(Problem.TypePrefix + "unknown-route", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Health_reports_each_storage_service()
    {
        var health = await serve.Api.GetFromJsonAsync<JsonElement>("health");

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal(["blobs", "queues", "tables"], health.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Poison_messages_are_listed_with_their_document()
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var citations = new QueueClient(serve.StorageConnectionString, "claims-to-cite-poison", options);
        var blobs = new QueueClient(serve.StorageConnectionString, "webjobs-blobtrigger-poison", options);
        await blobs.CreateIfNotExistsAsync();
        await citations.SendMessageAsync("""{"documentId":"poisoned-doc","version":"abc","batch":3,"claimIds":["0123456789abcdef"]}""");
        await blobs.SendMessageAsync("""{"Type":"BlobTrigger","FunctionId":"Host.Functions.SplitDocument","BlobType":"BlockBlob","ContainerName":"documents","BlobName":"reports/bad.txt","ETag":"\"0x1\""}""");

        var poison = await serve.Api.GetFromJsonAsync<JsonElement>("poison");

        var queues = poison.GetProperty("queues").EnumerateArray().ToDictionary(q => q.GetProperty("name").GetString()!);
        var batch = Assert.Single(queues["claims-to-cite-poison"].GetProperty("messages").EnumerateArray(), m => m.GetProperty("documentId").GetString() == "poisoned-doc");
        Assert.Equal(3, batch.GetProperty("batch").GetInt32());
        var blob = Assert.Single(queues["webjobs-blobtrigger-poison"].GetProperty("messages").EnumerateArray(), m => m.GetProperty("blobName").GetString() == "reports/bad.txt");
        Assert.Equal("reports-bad.txt", blob.GetProperty("documentId").GetString()![..15]);
    }

    [Fact]
    public async Task Uploads_are_checked_for_name_and_size_before_anything_is_stored()
    {
        using var tooLarge = await serve.Api.PostAsync("documents?name=big.txt", new ByteArrayContent(new byte[ServeFixture.MaxDocumentBytes + 1]));
        using var noName = await serve.Api.PostAsync("documents", new StringContent("text"));
        using var badName = await serve.Api.PostAsync("documents?name=" + Uri.EscapeDataString("../etc/passwd"), new StringContent("text"));
        using var empty = await serve.Api.PostAsync("documents?name=empty.txt", new ByteArrayContent([]));
        using var accepted = await serve.Api.PostAsync("documents?name=" + Uri.EscapeDataString("contract/UN #5? final.txt"), new StringContent("The Council met.", Encoding.UTF8, "text/plain"));

        await Problem.ReadAsync(tooLarge, 413, "payload-too-large");
        Assert.Equal("name", (await Problem.ReadAsync(noName, 400, "invalid-request")).GetProperty("field").GetString());
        Assert.Equal("name", (await Problem.ReadAsync(badName, 400, "invalid-request")).GetProperty("field").GetString());
        Assert.Equal("body", (await Problem.ReadAsync(empty, 400, "invalid-request")).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var upload = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/documents/{upload.GetProperty("id").GetString()}", accepted.Headers.Location?.ToString());
        Assert.False(await serve.Documents.GetBlobClient("big.txt").ExistsAsync());
        var document = await _api.WaitForVersionAsync(upload.GetProperty("id").GetString()!, upload.GetProperty("version").GetString()!);
        Assert.Equal("contract/UN #5? final.txt", document.GetProperty("name").GetString());
        ReliabilityReport.Record(new ReliabilityRow("security", "Uploads over the limit, without a name, with ../ in the name, empty",
            "413 / 400 naming the field, nothing stored; a name with # ? and spaces accepted", 1, 1, 0, 0));
    }
}
