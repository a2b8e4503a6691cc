using System.Reflection;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Queues;
using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline.Citing;
using ClaimTracker.Pipeline.Contracts;
using ClaimTracker.Pipeline.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Pipeline.Review;

/// <summary><c>POST documents/{id}/recite</c>, <c>GET poison</c>, <c>GET health</c>, <c>GET openapi.json</c>.</summary>
public sealed partial class OperationEndpoints(Recitation recitation, ClaimTrackerStorage storage, ILogger<OperationEndpoints> logger)
{
    /// <summary>The most a queue lets one peek see.</summary>
    private const int MaxPeek = 32;
    private const int MaxShownMessageLength = 2000;
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(5);
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>Queues the cite stage again over the document's stored claims: 202 with the batches queued.</summary>
    public async Task<IResult> ReciteAsync(HttpRequest request, string documentId, CancellationToken cancellationToken)
    {
        if (RequestRules.UnknownParameter(request.Query) is { } unknown)
        {
            return unknown;
        }
        if (!RequestRules.IsDocumentId(documentId))
        {
            return DocumentEndpoints.NotFound(documentId);
        }
        var result = await recitation.RequestAsync(documentId, cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            RecitationOutcome.Queued => TypedResults.Json(
                new RecitationResource(result.DocumentId, result.Version!, result.Batches), PipelineJsonContext.Web.RecitationResource, statusCode: StatusCodes.Status202Accepted),
            RecitationOutcome.NotReady => Problems.Conflict(
                "The document has no complete set of claims yet.",
                $"Document '{documentId}' is {result.Status}; only a ready (or citing) document can be cited again."),
            _ => DocumentEndpoints.NotFound(documentId),
        };
    }

    /// <summary>What landed in the poison queues, with the document each message was about.</summary>
    public async Task<IResult> PoisonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (RequestRules.UnknownParameter(request.Query) is { } unknown)
        {
            return unknown;
        }
        var queues = await Task.WhenAll(
            PeekAsync(storage.CitationPoisonQueue, cancellationToken),
            PeekAsync(storage.BlobTriggerPoisonQueue, cancellationToken)).ConfigureAwait(false);
        return TypedResults.Json(new PoisonReport(queues), PipelineJsonContext.Web.PoisonReport);
    }

    /// <summary>Whether storage answers: 200 when every service does, 503 naming the one that does not.</summary>
    public async Task<IResult> HealthAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (RequestRules.UnknownParameter(request.Query) is { } unknown)
        {
            return unknown;
        }
        var checks = await Task.WhenAll(
            CheckAsync("blobs", async token => await storage.Documents.GetPropertiesAsync(cancellationToken: token).ConfigureAwait(false), cancellationToken),
            CheckAsync("queues", async token => await storage.CitationQueue.GetPropertiesAsync(token).ConfigureAwait(false), cancellationToken),
            CheckAsync("tables", async token =>
            {
                await foreach (var _ in storage.DocumentsTable.QueryAsync<Azure.Data.Tables.TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: token).AsPages().ConfigureAwait(false))
                {
                    break;
                }
            }, cancellationToken)).ConfigureAwait(false);
        var healthy = checks.All(c => c.Status == "healthy");
        return TypedResults.Json(
            new HealthReport(healthy ? "healthy" : "unhealthy", checks),
            PipelineJsonContext.Web.HealthReport,
            statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>The OpenAPI 3 description of this API, shipped beside the code it describes.</summary>
    public static IResult OpenApi()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ClaimTracker.Pipeline.openapi.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return TypedResults.Bytes(copy.ToArray(), "application/json");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check of {Service} failed.")]
    private static partial void LogUnhealthy(ILogger logger, Exception exception, string service);

    private static async Task<PoisonQueueReport> PeekAsync(QueueClient queue, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await queue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
            var peeked = await queue.PeekMessagesAsync(MaxPeek, cancellationToken).ConfigureAwait(false);
            var messages = peeked.Value.Select(m => Describe(m.MessageId, m.InsertedOn, m.DequeueCount, m.Body)).ToArray();
            return new PoisonQueueReport(queue.Name, properties.Value.ApproximateMessagesCount, messages);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The host creates a poison queue with its first poison message.
            return new PoisonQueueReport(queue.Name, 0, []);
        }
    }

    private static PoisonMessage Describe(string id, DateTimeOffset? insertedOn, long dequeueCount, BinaryData body)
    {
        var text = TriggerText(body.ToString());
        string? documentId = null, blobName = null, version = null;
        int? batch = null;
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                // A citation batch names its document; a blob trigger's poison message names its blob.
                documentId = String(root, "documentId");
                version = String(root, "version");
                batch = root.TryGetProperty("batch", out var b) && b.TryGetInt32(out var n) ? n : null;
                blobName = String(root, "BlobName");
                documentId ??= blobName is null ? null : DocumentIdentity.DocumentIdFor(blobName);
            }
        }
        catch (JsonException)
        {
        }
        var shown = text.Length > MaxShownMessageLength ? text[..MaxShownMessageLength] + "…" : text;
        return new PoisonMessage(id, insertedOn, dequeueCount, documentId, blobName, version, batch, shown);
    }

    /// <summary>
    /// The body as the triggers read it: Base64 (host.json's <c>messageEncoding</c>), or as
    /// stored when it is not, which is why the message landed here.
    /// </summary>
    private static string TriggerText(string stored)
    {
        var buffer = new byte[stored.Length];
        if (Convert.TryFromBase64String(stored, buffer, out var length))
        {
            try
            {
                return StrictUtf8.GetString(buffer, 0, length);
            }
            catch (DecoderFallbackException)
            {
            }
        }
        return stored;
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task<HealthCheck> CheckAsync(string name, Func<CancellationToken, Task> probe, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HealthTimeout);
        try
        {
            await probe(timeout.Token).ConfigureAwait(false);
            return new HealthCheck(name, "healthy", null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheck(name, "unhealthy", $"no answer within {HealthTimeout.TotalSeconds:0} s");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Anyone may ask for health: the answer names the failure, the log holds its message.
            LogUnhealthy(logger, e, name);
            var status = e is RequestFailedException { Status: > 0 } failed ? $"HTTP {failed.Status} {failed.ErrorCode}".Trim() : e.GetType().Name;
            return new HealthCheck(name, "unhealthy", status);
        }
    }
}

public sealed record PoisonReport(IReadOnlyList<PoisonQueueReport> Queues);

/// <param name="ApproximateCount">All messages in the queue; <see cref="Messages"/> shows up to 32 of them.</param>
public sealed record PoisonQueueReport(string Name, int ApproximateCount, IReadOnlyList<PoisonMessage> Messages);

public sealed record PoisonMessage(string Id, DateTimeOffset? InsertedOn, long DequeueCount, string? DocumentId, string? BlobName, string? Version, int? Batch, string Text);

public sealed record HealthReport(string Status, IReadOnlyList<HealthCheck> Checks);

public sealed record HealthCheck(string Name, string Status, string? Detail);
