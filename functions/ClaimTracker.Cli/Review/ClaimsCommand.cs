using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimTracker.Cli.Api;
using ClaimTracker.Pipeline.Contracts;
using ClaimTracker.Pipeline.Review;

namespace ClaimTracker.Cli.Review;

internal enum ClaimsFormat
{
    Table,
    Json,
    Jsonl,
}

/// <summary>
/// <c>claimtracker claims DOCUMENT [--status …] [--kind …] [--q …]</c>: a document's claims from
/// the review API, every page, as a table to read or JSON to pipe on.
/// </summary>
internal static class ClaimsCommand
{
    private const int TextWidth = 90;
    private const int PageSize = 500;

    public static async Task<int> RunAsync(ApiClient api, string document, IReadOnlyDictionary<string, string?> filters, ClaimsFormat format, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var found = await DocumentLookup.FindAsync(api, document, stderr, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return 1;
        }
        var claims = await ReadAllAsync(api, found.Id, filters, stderr, cancellationToken).ConfigureAwait(false);
        if (claims is null)
        {
            return 1;
        }
        switch (format)
        {
            case ClaimsFormat.Json:
                await stdout.WriteLineAsync(JsonSerializer.Serialize(claims.ToArray(), PipelineJsonContext.Web.ClaimResourceArray)).ConfigureAwait(false);
                break;
            case ClaimsFormat.Jsonl:
                foreach (var claim in claims)
                {
                    await stdout.WriteLineAsync(JsonSerializer.Serialize(claim, PipelineJsonContext.Web.ClaimResource)).ConfigureAwait(false);
                }
                break;
            default:
                await stdout.WriteAsync(Table(found, claims)).ConfigureAwait(false);
                break;
        }
        return 0;
    }

    public static async Task<IReadOnlyList<ClaimResource>?> ReadAllAsync(ApiClient api, string documentId, IReadOnlyDictionary<string, string?> filters, TextWriter stderr, CancellationToken cancellationToken)
    {
        var query = string.Concat(filters.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => $"&{f.Key}={Uri.EscapeDataString(f.Value!)}"));
        var claims = new List<ClaimResource>();
        string? token = null;
        do
        {
            var paging = token is null ? string.Empty : $"&continuationToken={Uri.EscapeDataString(token)}";
            var page = await api.GetAsync($"documents/{documentId}/claims?top={PageSize}{query}{paging}", PipelineJsonContext.Web.ClaimPage, cancellationToken).ConfigureAwait(false);
            if (page.Value is null)
            {
                await stderr.WriteLineAsync($"claimtracker: {page.Problem!.Detail}").ConfigureAwait(false);
                return null;
            }
            claims.AddRange(page.Value.Items);
            token = page.Value.ContinuationToken;
        }
        while (token is not null);
        return claims;
    }

    public static string Table(DocumentResource document, IReadOnlyList<ClaimResource> claims)
    {
        var text = new StringBuilder();
        var reviewed = document.Counts.Reviewed;
        text.Append(CultureInfo.InvariantCulture,
            $"{document.Name} ({document.Id}): {document.Status}, {document.Counts.Units} units, {document.Counts.Claims} claims, {document.Counts.Cited} cited; " +
            $"supported {reviewed.Supported}, disputed {reviewed.Disputed}, needs-source {reviewed.NeedsSource}, not-a-claim {reviewed.NotAClaim}\n");
        if (document.Error is { } error)
        {
            text.Append("  failed: ").Append(error).Append('\n');
        }
        text.Append(CultureInfo.InvariantCulture, $"{"#",4}  {"claim",-18}  {"status",-12}  text\n");
        foreach (var claim in claims)
        {
            var kind = claim.Kind == "claim" ? string.Empty : $"[{claim.Kind}] ";
            var removed = claim.Removed ? "[removed] " : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"{claim.Ordinal,4}  {claim.Id,-18}  {claim.Review.Status,-12}  {removed}{kind}{Shorten(claim.Text)}\n");
            foreach (var citation in claim.Citations)
            {
                text.Append(CultureInfo.InvariantCulture, $"{"",4}  {"",-18}  {"",-12}  -> {citation.Kind} {citation.Canonical}\n");
            }
        }
        return text.ToString();
    }

    private static string Shorten(string text) => text.Length <= TextWidth ? text : string.Concat(text.AsSpan(0, TextWidth - 1), "…");
}
