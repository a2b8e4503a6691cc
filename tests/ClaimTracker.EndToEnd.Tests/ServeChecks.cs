using System.Globalization;
using Azure.Storage.Queues;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>What the outage tests check of a running serve while storage is away and when it is back.</summary>
internal static class ServeChecks
{
    public static readonly TimeSpan ProcessingTimeout = TimeSpan.FromMinutes(4);

    public static async Task UploadAsync(ServeProcess serve, Dictionary<string, string> documents, IEnumerable<string> names) =>
        await Task.WhenAll(names.Select(name => serve.Documents.UploadBlobAsync(name, BinaryData.FromString(documents[name]))));

    public static async Task<(int Claims, int Lost, int Duplicated)> CheckAllReadyAsync(
        ServeProcess serve, Dictionary<string, string> documents, IReadOnlyDictionary<string, System.Text.Json.JsonElement> finished)
    {
        int claims = 0, lost = 0, duplicated = 0;
        foreach (var (name, text) in documents)
        {
            Assert.True(finished[name].GetProperty("status").GetString() == "ready", $"{name}: {finished[name]}\n{DocumentWatch.Tail(serve.Output)}");
            var compared = await DocumentWatch.CompareClaimsAsync(serve, name, text);
            claims += compared.Expected;
            lost += compared.Lost;
            duplicated += compared.Duplicated;
        }
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicated);
        return (claims, lost, duplicated);
    }

    public static async Task AssertNothingPoisonedAsync(string connectionString)
    {
        foreach (var name in new[] { "claims-to-cite-poison", "webjobs-blobtrigger-poison" })
        {
            var queue = new QueueClient(connectionString, name);
            if (await queue.ExistsAsync())
            {
                var count = (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
                Assert.True(count == 0, string.Create(CultureInfo.InvariantCulture, $"{count} message(s) in {name}"));
            }
        }
    }

    public static async Task AssertUnavailableAsync(ServeProcess serve)
    {
        Assert.False(serve.HasExited, $"serve ended while storage was down:\n{DocumentWatch.Tail(serve.Output)}");
        using var response = await serve.Api.GetAsync("documents");
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var health = await serve.Api.GetAsync("health");
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    public static async Task WaitUntilStorageAnswersAsync(ServeProcess serve)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            Assert.False(serve.HasExited, $"serve ended:\n{DocumentWatch.Tail(serve.Output)}");
            using var health = await serve.Api.GetAsync("health");
            if (health.StatusCode == System.Net.HttpStatusCode.OK)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, "storage was back but serve's health did not say so within 60 s");
            await Task.Delay(500);
        }
    }
}
