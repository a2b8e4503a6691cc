using System.Text;
using System.Text.Json.Nodes;
using ClaimTracker.Cli.Api;
using ClaimTracker.Pipeline.Contracts;

namespace ClaimTracker.Cli.Review;

/// <summary>
/// <c>claimtracker review DOCUMENT CLAIM --status … [--note …]</c>: records a verdict. It reads
/// the claim's ETag itself (or takes the one the reviewer saw, <c>--if-match</c>), so a verdict
/// given meanwhile by someone else is reported, never overwritten.
/// </summary>
internal static class ReviewCommand
{
    /// <summary>Exit code for "someone changed the claim first": nothing was written.</summary>
    public const int Conflict = 2;

    public static async Task<int> RunAsync(
        ApiClient api, string document, string claimId, string? status, string? note, string reviewer, string? ifMatch,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (status is null && note is null)
        {
            await stderr.WriteLineAsync("claimtracker: give --status, --note or both").ConfigureAwait(false);
            return 1;
        }
        var found = await DocumentLookup.FindAsync(api, document, stderr, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return 1;
        }
        var path = $"documents/{found.Id}/claims/{Uri.EscapeDataString(claimId)}";
        if (ifMatch is null)
        {
            var current = await api.GetAsync(path, PipelineJsonContext.Web.ClaimResource, cancellationToken).ConfigureAwait(false);
            if (current.Value is null)
            {
                await stderr.WriteLineAsync($"claimtracker: {current.Problem!.Detail}").ConfigureAwait(false);
                return 1;
            }
            ifMatch = current.ETag ?? current.Value.ETag;
        }

        var body = new JsonObject { ["reviewer"] = reviewer };
        if (status is not null)
        {
            body["status"] = status;
        }
        if (note is not null)
        {
            body["note"] = note;
        }
        var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        var result = await api.SendAsync(request, PipelineJsonContext.Web.ClaimResource, cancellationToken).ConfigureAwait(false);
        if (result.Value is { } claim)
        {
            await stdout.WriteLineAsync($"{claim.Id}: {claim.Review.Status} by {claim.Review.Reviewer} (revision {claim.Review.Revision})" +
                (claim.Review.Note is { } saved ? $": {saved}" : string.Empty)).ConfigureAwait(false);
            return 0;
        }
        if (result.Problem!.Type == ApiProblem.StaleETag)
        {
            await stderr.WriteLineAsync($"claimtracker: conflict: claim {claimId} changed since it was read, and nothing was written. {result.Problem.Detail} " +
                "Look at it again (claimtracker claims), then run the review again.").ConfigureAwait(false);
            return Conflict;
        }
        await stderr.WriteLineAsync($"claimtracker: {result.Problem.Detail}").ConfigureAwait(false);
        return 1;
    }
}
