using ClaimTracker.Core;
using ClaimTracker.Pipeline.Contracts;
using ClaimTracker.Pipeline.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Pipeline.Review;

/// <summary>
/// Source tracking across documents: <c>GET citations</c> lists the cited sources,
/// <c>GET citations/{kind}/{canonical}/claims</c> every claim in every document that cites one.
/// </summary>
public sealed class CitationEndpoints(CitationIndex index, ClaimRepository claims, DocumentRepository documents)
{
    public const int DefaultTop = 100;
    public const int MaxTop = 1000;
    private const int ReadParallelism = 8;

    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (RequestRules.UnknownParameter(request.Query, "kind", "q", "top", "continuationToken") is { } unknown)
        {
            return unknown;
        }
        if (ParseKind(request.Query["kind"].ToString(), out var kind) is { } badKind)
        {
            return badKind;
        }
        var q = request.Query["q"].ToString();
        if (q.Length > ClaimQuery.MaxFilterLength)
        {
            return Problems.Invalid("q", $"'q' is limited to {ClaimQuery.MaxFilterLength} characters.");
        }
        if (RequestRules.ParseTop(request.Query, DefaultTop, MaxTop, out var top) is { } badTop)
        {
            return badTop;
        }
        if (!OpaqueToken.TryDecode(request.Query["continuationToken"].ToString(), TokenTag, out var after))
        {
            return Problems.Invalid("continuationToken", "'continuationToken' is not a token this API returned.");
        }

        var sources = new Dictionary<string, (IndexedCitation First, int Claims, HashSet<string> Documents)>(StringComparer.Ordinal);
        await foreach (var row in index.ScanAsync(kind, cancellationToken).ConfigureAwait(false))
        {
            if (string.CompareOrdinal(row.Key, after) <= 0 || (q.Length > 0 && !row.Canonical.Contains(q, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            if (!sources.TryGetValue(row.Key, out var source))
            {
                source = (row, 0, new HashSet<string>(StringComparer.Ordinal));
            }
            source.Documents.Add(row.DocumentId);
            sources[row.Key] = (source.First, source.Claims + 1, source.Documents);
        }

        var page = sources.OrderBy(s => s.Key, StringComparer.Ordinal).Take(top + 1).ToList();
        var token = page.Count > top ? OpaqueToken.Encode(TokenTag, page[top - 1].Key) : null;
        var items = page.Take(top)
            .Select(s => new CitedSource(s.Value.First.Kind, s.Value.First.Canonical, s.Value.First.Url, s.Value.Claims, s.Value.Documents.Count, CitationPaths.ClaimsLink(s.Value.First.Kind, s.Value.First.Canonical)))
            .ToArray();
        return TypedResults.Json(new CitedSourcePage(items, token), PipelineJsonContext.Web.CitedSourcePage);
    }

    public async Task<IResult> CitingClaimsAsync(HttpRequest request, string kind, string canonical, CancellationToken cancellationToken)
    {
        if (RequestRules.UnknownParameter(request.Query, "top", "continuationToken") is { } unknown)
        {
            return unknown;
        }
        if (!WireNames.TryParseCitationKind(kind, out var citationKind))
        {
            return Problems.NotFound($"'{kind}' is not a citation kind. Kinds: {string.Join(", ", Enum.GetValues<Core.Citations.CitationKind>().Select(WireNames.Of))}.");
        }
        if (!CitationPaths.TryDecode(canonical, out var decoded))
        {
            return Problems.NotFound($"'{canonical}' is not an encoded canonical id. Write '/' as ~2F, '%' as ~25 and '~' as ~7E, or follow a link from GET /api/citations.");
        }
        if (RequestRules.ParseTop(request.Query, ClaimQuery.DefaultTop, ClaimQuery.MaxTop, out var top) is { } badTop)
        {
            return badTop;
        }
        if (!OpaqueToken.TryDecode(request.Query["continuationToken"].ToString(), TokenTag, out var after))
        {
            return Problems.Invalid("continuationToken", "'continuationToken' is not a token this API returned.");
        }

        var wireKind = WireNames.Of(citationKind);
        var rows = await index.CitingPageAsync(wireKind, decoded, after, top + 1, cancellationToken).ConfigureAwait(false);
        var token = rows.Count > top ? OpaqueToken.Encode(TokenTag, rows[top - 1].RowKey) : null;
        var wanted = rows.Take(top).ToArray();

        var found = new ClaimEntity?[wanted.Length];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, wanted.Length),
            new ParallelOptions { MaxDegreeOfParallelism = ReadParallelism, CancellationToken = cancellationToken },
            async (i, ct) => found[i] = await claims.FindAsync(wanted[i].DocumentId, wanted[i].ClaimId, ct).ConfigureAwait(false)).ConfigureAwait(false);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var documentId in wanted.Select(w => w.DocumentId).Distinct(StringComparer.Ordinal))
        {
            names[documentId] = (await documents.FindAsync(documentId, cancellationToken).ConfigureAwait(false))?.BlobName ?? string.Empty;
        }

        // An index row can briefly outlive its claim while a new version is being split.
        var items = found.OfType<ClaimEntity>().Where(c => !c.Removed)
            .Select(c => new CitingClaim(c.PartitionKey, names[c.PartitionKey], c.ToResource()))
            .ToArray();
        var url = items.SelectMany(i => i.Claim.Citations).FirstOrDefault(c => c.Kind == wireKind && c.Canonical == decoded)?.Url;
        return TypedResults.Json(new CitingClaimPage(wireKind, decoded, url, items, token), PipelineJsonContext.Web.CitingClaimPage);
    }

    private static ProblemHttpResult? ParseKind(string text, out string? kind)
    {
        kind = null;
        if (text.Length == 0)
        {
            return null;
        }
        if (!WireNames.TryParseCitationKind(text, out var parsed))
        {
            return Problems.Invalid("kind", $"Unknown citation kind '{text}'. Kinds: {string.Join(", ", Enum.GetValues<Core.Citations.CitationKind>().Select(WireNames.Of))}.");
        }
        kind = WireNames.Of(parsed);
        return null;
    }

    private const string TokenTag = "k1";
}

/// <summary>A cited source, with how many claims and documents cite it and where to find them.</summary>
public sealed record CitedSource(string Kind, string Canonical, string? Url, int Claims, int Documents, string ClaimsLink);

public sealed record CitedSourcePage(IReadOnlyList<CitedSource> Items, string? ContinuationToken);

/// <summary>A claim that cites the source, with the document it is in.</summary>
public sealed record CitingClaim(string DocumentId, string DocumentName, ClaimResource Claim);

public sealed record CitingClaimPage(string Kind, string Canonical, string? Url, IReadOnlyList<CitingClaim> Items, string? ContinuationToken);
