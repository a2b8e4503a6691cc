using Azure.Storage.Blobs.Models;
using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline.Contracts;
using ClaimTracker.Pipeline.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Pipeline.Review;

/// <summary><c>GET documents</c>, <c>GET documents/{id}</c> and <c>POST documents?name=</c> (upload).</summary>
public sealed class DocumentEndpoints(DocumentRepository documents, ReviewStore reviews, ClaimTrackerStorage storage, IOptions<ClaimTrackerOptions> options)
{
    public const int DefaultTop = 100;
    public const int MaxTop = 1000;
    private const int MaxNameLength = 1024;
    private const string TokenTag = "d1";

    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (RequestRules.UnknownParameter(request.Query, "status", "top", "continuationToken") is { } unknown)
        {
            return unknown;
        }
        DocumentStatus? status = null;
        if (request.Query["status"].ToString() is { Length: > 0 } statusText)
        {
            if (!DocumentRepository.TryParseWire(statusText, out var parsed))
            {
                return Problems.Invalid("status", $"Unknown status '{statusText}'. Use one of: {string.Join(", ", Enum.GetValues<DocumentStatus>().Select(DocumentRepository.Wire))}.");
            }
            status = parsed;
        }
        if (RequestRules.ParseTop(request.Query, DefaultTop, MaxTop, out var top) is { } badTop)
        {
            return badTop;
        }
        if (!OpaqueToken.TryDecode(request.Query["continuationToken"].ToString(), TokenTag, out var after))
        {
            return Problems.Invalid("continuationToken", "'continuationToken' is not a token this API returned.");
        }

        var page = await documents.PageAsync(status, after, top, cancellationToken).ConfigureAwait(false);
        var items = page.Items.Select(d => d.Document.ToResource(d.Reviewed)).ToArray();
        var next = page.LastId is { } last ? OpaqueToken.Encode(TokenTag, last) : null;
        return TypedResults.Json(new DocumentList(items, next), PipelineJsonContext.Web.DocumentList);
    }

    public async Task<IResult> GetAsync(HttpRequest request, string documentId, CancellationToken cancellationToken)
    {
        if (RequestRules.UnknownParameter(request.Query) is { } unknown)
        {
            return unknown;
        }
        var document = RequestRules.IsDocumentId(documentId) ? await documents.FindAsync(documentId, cancellationToken).ConfigureAwait(false) : null;
        if (document is null)
        {
            return NotFound(documentId);
        }
        var counts = await reviews.CountsAsync(documentId, cancellationToken).ConfigureAwait(false);
        return TypedResults.Json(document.ToResource(counts), PipelineJsonContext.Web.DocumentResource);
    }

    /// <summary>
    /// Stores the body as <c>documents/{name}</c>, the same as an upload straight to storage: the
    /// blob trigger splits it. For people who hold a function key but no storage credentials.
    /// </summary>
    public async Task<IResult> UploadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (RequestRules.UnknownParameter(request.Query, "name") is { } unknown)
        {
            return unknown;
        }
        var name = request.Query["name"].ToString();
        if (InvalidName(name) is { } invalid)
        {
            return invalid;
        }
        var limit = options.Value.MaxDocumentBytes;
        var (body, tooLarge) = await RequestBodies.ReadAsync(request, limit, cancellationToken).ConfigureAwait(false);
        if (tooLarge)
        {
            return Problems.TooLarge($"Documents are at most {limit:N0} bytes (setting ClaimTracker__MaxDocumentBytes).");
        }
        if (body.Length == 0)
        {
            return Problems.Invalid("body", "The body is empty: send the document's bytes.");
        }

        var blob = storage.Documents.GetBlobClient(name);
        var contentType = request.ContentType is { Length: > 0 } given ? given : "application/octet-stream";
        var uploaded = await blob.UploadAsync(BinaryData.FromBytes(body), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken).ConfigureAwait(false);
        var documentId = DocumentIdentity.DocumentIdFor(name);
        await documents.AddReceivedIfNewAsync(documentId, name, body.Length, uploaded.Value.LastModified, cancellationToken).ConfigureAwait(false);

        var upload = new UploadResource(documentId, name, DocumentIdentity.VersionOf(body), body.Length, uploaded.Value.LastModified);
        request.HttpContext.Response.Headers.Location = $"/{ReviewRoutes.Prefix}/{ReviewRoutes.Documents}/{documentId}";
        return TypedResults.Json(upload, PipelineJsonContext.Web.UploadResource, statusCode: StatusCodes.Status202Accepted);
    }

    internal static ProblemHttpResult NotFound(string documentId) => Problems.NotFound($"No document has the id '{documentId}'.");

    private static ProblemHttpResult? InvalidName(string name)
    {
        if (name.Length == 0)
        {
            return Problems.Invalid("name", "Give the document's name: POST /api/documents?name=reports/2020/speech.txt.");
        }
        if (name.Length > MaxNameLength || name.Any(char.IsControl) || name.Contains('\\', StringComparison.Ordinal) ||
            name.StartsWith('/') || name.EndsWith('/') || name.EndsWith('.') || name.Split('/').Any(s => s is "" or "." or ".."))
        {
            return Problems.Invalid("name", $"'{name}' cannot name a document: use up to {MaxNameLength} characters, '/' between folders, no control characters, backslashes, empty, '.' or '..' segments, and no trailing '.' or '/'.");
        }
        return null;
    }
}
