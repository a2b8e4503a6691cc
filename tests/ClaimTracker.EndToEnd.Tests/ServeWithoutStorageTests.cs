using ClaimTracker.Testing;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary><c>claimtracker serve</c> started before its storage: it starts anyway, answers 503, and processes once storage appears.</summary>
public sealed class ServeWithoutStorageTests
{
    [Fact]
    public async Task Serve_started_while_storage_is_unreachable_answers_503_and_processes_uploads_once_storage_appears()
    {
        var ports = FreePorts.Take(3);
        var endpoints = new AzuriteEndpoints("127.0.0.1", ports[0], ports[1], ports[2]);
        await using var serve = await ServeProcess.StartAsync(endpoints.ConnectionString, storageAnswers: false);
        for (var i = 0; i < 5; i++)
        {
            await ServeChecks.AssertUnavailableAsync(serve);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        await using var azurite = await NpmAzurite.StartAsync(endpoints: endpoints);
        await ServeChecks.WaitUntilStorageAnswersAsync(serve);
        var documents = new Dictionary<string, string> { ["late-storage/briefing.txt"] = SyntheticDocuments.Create(400, 5_000) };
        await ServeChecks.UploadAsync(serve, documents, documents.Keys);

        var finished = await DocumentWatch.WaitForAllAsync(serve, documents.Keys, ServeChecks.ProcessingTimeout);
        Assert.False(serve.HasExited, DocumentWatch.Tail(serve.Output));
        var (claims, lost, duplicated) = await ServeChecks.CheckAllReadyAsync(serve, documents, finished);
        ReliabilityReport.Record(new ReliabilityRow("faults", "serve started while storage was unreachable",
            "started anyway, 503 from the API until storage appeared, then the upload became ready", 1, claims, lost, duplicated));
    }
}
