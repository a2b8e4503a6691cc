using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline.Contracts;
using ClaimTracker.Pipeline.Review;

namespace ClaimTracker.Cli.Api;

/// <summary>A document named on the command line by its id or by the name it was uploaded as.</summary>
internal static class DocumentLookup
{
    public static async Task<DocumentResource?> FindAsync(ApiClient api, string idOrName, TextWriter stderr, CancellationToken cancellationToken)
    {
        // An id, the name it was uploaded as, or the path it was uploaded from (upload keeps the file name).
        var candidates = new[] { idOrName, DocumentIdentity.DocumentIdFor(idOrName), DocumentIdentity.DocumentIdFor(Path.GetFileName(idOrName)) };
        foreach (var id in candidates.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var found = await api.GetAsync($"documents/{Uri.EscapeDataString(id)}", PipelineJsonContext.Web.DocumentResource, cancellationToken).ConfigureAwait(false);
            if (found.Value is { } document)
            {
                return document;
            }
            if (found.Status != 404)
            {
                await stderr.WriteLineAsync($"claimtracker: {idOrName}: {found.Problem!.Detail}").ConfigureAwait(false);
                return null;
            }
        }
        await stderr.WriteLineAsync($"claimtracker: no document has the id or name '{idOrName}' (see GET {api.BaseAddress}documents)").ConfigureAwait(false);
        return null;
    }
}
