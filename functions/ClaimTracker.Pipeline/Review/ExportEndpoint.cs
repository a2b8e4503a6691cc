using System.Text;
using ClaimTracker.Pipeline.Review.Export;
using ClaimTracker.Pipeline.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Pipeline.Review;

/// <summary><c>GET documents/{id}/export?format=csv|jsonl|claimreview</c>, with the claim listing's filters.</summary>
public sealed class ExportEndpoint(DocumentRepository documents, ClaimRepository claims, IOptions<ClaimTrackerOptions> options)
{
    private static readonly string[] Formats = ["csv", "jsonl", "claimreview"];

    public async Task<IResult> ExportAsync(HttpRequest request, string documentId, CancellationToken cancellationToken)
    {
        if (ClaimQuery.TryParse(request.Query, paged: false, out var query, "format") is { } invalid)
        {
            return invalid;
        }
        var format = request.Query["format"].ToString() is { Length: > 0 } given ? given.ToLowerInvariant() : "csv";
        if (!Formats.Contains(format, StringComparer.Ordinal))
        {
            return Problems.Invalid("format", $"Unknown format '{request.Query["format"]}'. Use one of: {string.Join(", ", Formats)}.");
        }
        var document = RequestRules.IsDocumentId(documentId) ? await documents.FindAsync(documentId, cancellationToken).ConfigureAwait(false) : null;
        if (document is null)
        {
            return DocumentEndpoints.NotFound(documentId);
        }

        var rows = await query.ReadAsync(claims, documentId, cancellationToken).ConfigureAwait(false);
        var selected = query.Select(rows).Select(c => c.ToResource()).ToArray();
        var fileName = FileName(document.BlobName);
        return format switch
        {
            "csv" => TypedResults.File(Encoding.UTF8.GetBytes(ClaimExports.Csv(document.BlobName, selected)), "text/csv; charset=utf-8", fileName + ".csv"),
            "jsonl" => TypedResults.File(ClaimExports.JsonLines(selected), "application/x-ndjson", fileName + ".jsonl"),
            _ => TypedResults.File(ClaimReviews(documentId, document.BlobName, selected), "application/ld+json", fileName + ".claimreview.jsonld"),
        };
    }

    /// <summary>Links under the configured public address; without one, relative to the API's root.</summary>
    private byte[] ClaimReviews(string documentId, string documentName, IEnumerable<ClaimResource> claims)
    {
        var api = $"{options.Value.PublicBaseUrl?.GetLeftPart(UriPartial.Path).TrimEnd('/')}/{ReviewRoutes.Prefix}";
        return ClaimExports.ClaimReview(
            documentName,
            $"{api}/documents/{documentId}",
            claim => $"{api}/documents/{documentId}/claims/{claim.Id}",
            claims);
    }

    /// <summary>The blob name's last segment, kept to characters every file system and header accepts.</summary>
    private static string FileName(string blobName)
    {
        var last = blobName.Split('/')[^1];
        var stem = Path.GetFileNameWithoutExtension(last);
        var safe = new string(stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
        return safe.Length == 0 ? "claims" : safe;
    }
}
