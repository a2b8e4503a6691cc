using System.Text.Json;
using ClaimTracker.Testing;

namespace ClaimTracker.Functions.Tests;

/// <summary>
/// The function app as the Functions host will index it: the functions.metadata and
/// extensions.json the worker SDK generates at build time. Core Tools cannot run here, so
/// this is what shows the triggers are declared right.
/// </summary>
public sealed class FunctionMetadataTests
{
    private static readonly string Output = RepositoryPaths.BuildOutput("ClaimTracker.Functions");

    private static readonly Dictionary<string, JsonElement> Functions = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(Output, "functions.metadata")))
        .RootElement.EnumerateArray()
        .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone());

    [Fact]
    public void The_app_declares_exactly_the_pipeline_and_review_functions() =>
        Assert.Equal(
            [
                "AttachCitations", "ExportClaims", "GetClaim", "GetDocument", "Health", "ListCitations", "ListCitingClaims", "ListClaims", "ListDocuments",
                "ListPoisonMessages", "OpenApi", "ReciteDocument", "ReconcileDocuments", "ReviewClaim", "SplitDocument", "SplitDocumentPolling", "UnknownRoute",
                "UploadDocument",
            ],
            Functions.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("SplitDocument", "EventGrid")]
    [InlineData("SplitDocumentPolling", "LogsAndContainerScan")]
    public void Both_split_functions_trigger_on_documents_blobs_from_their_own_source(string function, string source)
    {
        var trigger = Trigger(function);

        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("documents/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal("AzureWebJobsStorage", trigger.GetProperty("connection").GetString());
        Assert.Equal(source, trigger.TryGetProperty("source", out var s) ? s.GetString() : "LogsAndContainerScan");
        Assert.Equal("ClaimTracker.Functions." + function + ".Run", Functions[function].GetProperty("entryPoint").GetString());
    }

    [Fact]
    public void AttachCitations_triggers_on_the_citation_queue()
    {
        var trigger = Trigger("AttachCitations");

        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("claims-to-cite", trigger.GetProperty("queueName").GetString());
        Assert.Equal("AzureWebJobsStorage", trigger.GetProperty("connection").GetString());
        Assert.Equal("String", trigger.GetProperty("dataType").GetString());
    }

    [Fact]
    public void ReconcileDocuments_runs_every_five_minutes()
    {
        var trigger = Trigger("ReconcileDocuments");

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("0 */5 * * * *", trigger.GetProperty("schedule").GetString());
    }

    [Theory]
    [InlineData("ListDocuments", "documents", "get,head", "Function")]
    [InlineData("UploadDocument", "documents", "post", "Function")]
    [InlineData("GetDocument", "documents/{documentId}", "get", "Function")]
    [InlineData("ListClaims", "documents/{documentId}/claims", "get", "Function")]
    [InlineData("GetClaim", "documents/{documentId}/claims/{claimId}", "get", "Function")]
    [InlineData("ReviewClaim", "documents/{documentId}/claims/{claimId}", "patch", "Function")]
    [InlineData("ExportClaims", "documents/{documentId}/export", "get", "Function")]
    [InlineData("ReciteDocument", "documents/{documentId}/recite", "post", "Function")]
    [InlineData("ListCitations", "citations", "get", "Function")]
    [InlineData("ListCitingClaims", "citations/{kind}/{canonical}/claims", "get", "Function")]
    [InlineData("ListPoisonMessages", "poison", "get", "Function")]
    [InlineData("Health", "health", "get,head", "Anonymous")]
    [InlineData("OpenApi", "openapi.json", "get", "Anonymous")]
    public void Review_endpoints_are_keyed_on_their_routes_and_methods(string function, string route, string method, string authLevel)
    {
        var trigger = Trigger(function);

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal(method.Split(','), trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(authLevel, trigger.GetProperty("authLevel").GetString());
    }

    [Fact]
    public void Every_other_path_and_method_falls_to_a_catch_all_that_answers_with_problem_details()
    {
        var trigger = Trigger("UnknownRoute");

        Assert.Equal("{*path}", trigger.GetProperty("route").GetString());
        Assert.Equal(["delete", "get", "head", "options", "patch", "post", "put"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).Order(StringComparer.Ordinal));
    }

    /// <summary>The OpenAPI document describes exactly the HTTP functions, no more, no fewer.</summary>
    [Fact]
    public void The_openapi_document_describes_exactly_the_http_functions()
    {
        var served = Functions.Values
            .Select(f => f.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)))
            .Where(t => t.GetProperty("type").GetString() == "httpTrigger" && t.GetProperty("route").GetString() != "{*path}")
            .SelectMany(t => t.GetProperty("methods").EnumerateArray().Select(m => $"{m.GetString()!.ToUpperInvariant()} /api/{t.GetProperty("route").GetString()}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(OpenApiOperations.Read(), served);
    }

    [Fact]
    public void The_host_loads_the_storage_extensions_the_triggers_need()
    {
        var extensions = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "extensions.json")))
            .RootElement.GetProperty("extensions").EnumerateArray()
            .Select(e => e.GetProperty("name").GetString())
            .ToArray();

        Assert.Contains("AzureStorageBlobs", extensions);
        Assert.Contains("AzureStorageQueues", extensions);
    }

    [Fact]
    public void The_root_host_json_is_in_the_app_with_base64_queue_messages()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "host.json")));

        Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
        Assert.Equal("base64", host.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("messageEncoding").GetString());
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "host.json")), File.ReadAllText(Path.Combine(Output, "host.json")));
    }

    private static JsonElement Trigger(string function) =>
        Functions[function].GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
}
