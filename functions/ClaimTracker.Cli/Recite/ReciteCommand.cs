using ClaimTracker.Cli.Api;
using ClaimTracker.Pipeline.Contracts;

namespace ClaimTracker.Cli.Recite;

/// <summary>
/// <c>claimtracker recite DOCUMENT... | --all</c>: asks the review API to run citation again over
/// stored claims, after the citation rules improve. The running pipeline does the work; only
/// claims whose citations change are written.
/// </summary>
internal static class ReciteCommand
{
    public static async Task<int> RunAsync(ApiClient api, IReadOnlyList<string> documents, bool all, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!all && documents.Count == 0)
        {
            await stderr.WriteLineAsync("claimtracker: name the documents to cite again, or give --all").ConfigureAwait(false);
            return 1;
        }
        IReadOnlyList<string> ids;
        if (all)
        {
            var ready = new List<string>();
            string? token = null;
            do
            {
                var page = await api.GetAsync("documents?status=ready" + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token)), PipelineJsonContext.Web.DocumentList, cancellationToken).ConfigureAwait(false);
                if (page.Value is null)
                {
                    await stderr.WriteLineAsync($"claimtracker: {page.Problem!.Detail}").ConfigureAwait(false);
                    return 1;
                }
                ready.AddRange(page.Value.Items.Select(d => d.Id));
                token = page.Value.ContinuationToken;
            }
            while (token is not null);
            ids = ready;
        }
        else
        {
            var found = new List<string>();
            foreach (var document in documents)
            {
                if (await DocumentLookup.FindAsync(api, document, stderr, cancellationToken).ConfigureAwait(false) is { } resource)
                {
                    found.Add(resource.Id);
                }
            }
            if (found.Count < documents.Count)
            {
                return 1;
            }
            ids = found;
        }

        var failed = false;
        foreach (var id in ids)
        {
            var result = await api.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"documents/{id}/recite"), PipelineJsonContext.Web.RecitationResource, cancellationToken).ConfigureAwait(false);
            if (result.Value is { } recitation)
            {
                await stdout.WriteLineAsync($"{id}: {recitation.Batches} citation batch(es) queued for version {recitation.Version[..12]}").ConfigureAwait(false);
            }
            else
            {
                await stderr.WriteLineAsync($"claimtracker: {id}: {result.Problem!.Detail}").ConfigureAwait(false);
                failed = true;
            }
        }
        return failed ? 1 : 0;
    }
}
