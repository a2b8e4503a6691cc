using ClaimTracker.Cli.Serve;
using ClaimTracker.Pipeline;
using ClaimTracker.Pipeline.Citing;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Cli.Recite;

/// <summary>
/// <c>claimtracker recite DOCUMENT_ID... | --all</c>: queues the cite stage again over stored
/// claims of the configured account, after the citation rules improve. A running pipeline picks
/// the work up; only claims whose citations change are written.
/// </summary>
internal static class ReciteCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> documentIds, bool all, string settingsPath, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddFunctionAppSettings(settingsPath).Build();
        await using var services = new ServiceCollection().AddLogging().AddClaimTracker(configuration).BuildServiceProvider();
        await services.GetRequiredService<ClaimTrackerStorage>().EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        var ids = all
            ? (await services.GetRequiredService<DocumentRepository>().ListAsync(cancellationToken).ConfigureAwait(false)).Select(d => d.PartitionKey).ToArray()
            : documentIds;
        var recitation = services.GetRequiredService<Recitation>();
        var failed = false;
        foreach (var id in ids)
        {
            var result = await recitation.RequestAsync(id, cancellationToken).ConfigureAwait(false);
            switch (result.Outcome)
            {
                case RecitationOutcome.Queued:
                    await stdout.WriteLineAsync($"{id}: {result.Batches} citation batch(es) queued for version {result.Version![..12]}").ConfigureAwait(false);
                    break;
                case RecitationOutcome.NotReady:
                    await stderr.WriteLineAsync($"claimtracker: {id}: the document is {result.Status}, not ready").ConfigureAwait(false);
                    failed |= !all;
                    break;
                default:
                    await stderr.WriteLineAsync($"claimtracker: {id}: no such document").ConfigureAwait(false);
                    failed = true;
                    break;
            }
        }
        return failed ? 1 : 0;
    }
}
