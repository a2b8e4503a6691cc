using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ClaimTracker.Testing;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>A citation batch that fails on every delivery: poison queue, failed document, listed by the API.</summary>
[Collection(ServeCollection.Name)]
public sealed class PoisonTests(ServeFixture serve)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_batch_that_fails_on_every_delivery_lands_in_the_poison_queue_and_fails_its_document_with_the_reason()
    {
        var api = new ReviewApiClient(serve);
        var documentId = await api.UploadAndWaitAsync("poison/damaged.txt", "The Council met on Monday. It adopted resolution 2334 (2016). Observers left.");
        var claim = (await api.ClaimsAsync(documentId))[1].GetProperty("id").GetString()!;
        // A row no version of the pipeline could read: every delivery of its batch throws the same way.
        var claims = new TableClient(serve.StorageConnectionString, "Claims");
        await claims.UpdateEntityAsync(new TableEntity(documentId, claim) { ["Pieces"] = "{damaged" }, ETag.All, TableUpdateMode.Merge);

        using var recite = await serve.Api.PostAsync($"documents/{documentId}/recite", null);
        Assert.Equal(HttpStatusCode.Accepted, recite.StatusCode);
        var document = await WaitForStatusAsync(documentId, "failed");

        var reason = document.GetProperty("error").GetString()!;
        Assert.Contains("failed on all 5 deliveries and was moved to claims-to-cite-poison", reason, StringComparison.Ordinal);
        Assert.Contains("JsonException", reason, StringComparison.Ordinal);
        var poison = await serve.Api.GetFromJsonAsync<JsonElement>("poison");
        var listed = poison.GetProperty("queues").EnumerateArray().Single(q => q.GetProperty("name").GetString() == "claims-to-cite-poison");
        var message = Assert.Single(listed.GetProperty("messages").EnumerateArray(), m => m.GetProperty("documentId").GetString() == documentId);
        Assert.Equal(0, message.GetProperty("batch").GetInt32());
        ReliabilityReport.Record(new ReliabilityRow("poison", "A citation batch whose claim row is damaged (throws on every delivery)",
            $"5 deliveries, then claims-to-cite-poison; document failed: \"{reason[..reason.IndexOf('(', StringComparison.Ordinal)].Trim()}\"; listed by GET /api/poison", 1, 3, 0, 0));
    }

    private async Task<JsonElement> WaitForStatusAsync(string documentId, string status)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            var document = await serve.Api.GetFromJsonAsync<JsonElement>($"documents/{documentId}");
            if (document.GetProperty("status").GetString() == status)
            {
                return document;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{documentId} did not become {status} within {Timeout.TotalSeconds} s. serve printed:\n{DocumentWatch.Tail(serve.ServeOutput)}");
    }
}
