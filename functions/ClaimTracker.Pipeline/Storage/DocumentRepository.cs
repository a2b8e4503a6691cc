using Azure;
using Azure.Data.Tables;
using ClaimTracker.Core;
using ClaimTracker.Pipeline.Resilience;
using ClaimTracker.Pipeline.Review;
using Polly;
using Polly.Registry;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>The <c>Documents</c> table: one row per document, moved through its <see cref="DocumentStatus"/>.</summary>
public sealed class DocumentRepository(ClaimTrackerStorage storage, ResiliencePipelineProvider<string> pipelines, TimeProvider time)
{
    private readonly ResiliencePipeline _concurrency = pipelines.GetPipeline(ResiliencePipelines.OptimisticConcurrency);

    private TableClient Table => storage.DocumentsTable;

    public async Task<DocumentEntity?> FindAsync(string documentId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<DocumentEntity>(documentId, DocumentEntity.Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>What a listing shows of a document: everything but the citation context, which only the cite stage reads.</summary>
    private static readonly string[] ListingColumns =
    [
        nameof(DocumentEntity.PartitionKey), nameof(DocumentEntity.RowKey), nameof(DocumentEntity.BlobName), nameof(DocumentEntity.Status),
        nameof(DocumentEntity.Version), nameof(DocumentEntity.ContentLength), nameof(DocumentEntity.Encoding), nameof(DocumentEntity.Warnings),
        nameof(DocumentEntity.Error), nameof(DocumentEntity.UploadedAt), nameof(DocumentEntity.ReceivedAt), nameof(DocumentEntity.ProcessedAt),
        nameof(DocumentEntity.UnitCount), nameof(DocumentEntity.ClaimCount), nameof(DocumentEntity.CitedClaimCount), nameof(DocumentEntity.ReviewedCounts),
    ];

    /// <summary>
    /// Up to <paramref name="top"/> documents after the id <paramref name="after"/>, in id order, each
    /// with its verdict counts: one table query (a page of at most twice as many rows as documents,
    /// since each document is followed by its reviews row), however many documents are reviewed.
    /// </summary>
    public async Task<DocumentPage> PageAsync(DocumentStatus? status, string after, int top, CancellationToken cancellationToken)
    {
        var documentRows = status is { } wanted
            ? TableClient.CreateQueryFilter($"RowKey eq {DocumentEntity.Row} and Status eq {Wire(wanted)}")
            : TableClient.CreateQueryFilter($"RowKey eq {DocumentEntity.Row}");
        var filter = $"{TableClient.CreateQueryFilter($"PartitionKey gt {after}")} and (({documentRows}) or {TableClient.CreateQueryFilter($"RowKey eq {DocumentEntity.ReviewsRow}")})";
        var documents = new List<DocumentEntity>();
        var reviewed = new Dictionary<string, ReviewCounts>(StringComparer.Ordinal);
        var more = false;
        await foreach (var row in Table.QueryAsync<DocumentEntity>(filter, maxPerPage: Math.Min(1000, 2 * (top + 1)), select: ListingColumns, cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == DocumentEntity.ReviewsRow)
            {
                reviewed[row.PartitionKey] = StoredJson.Counts(row.ReviewedCounts);
            }
            else if (documents.Count == top)
            {
                // A reviews row sorts after its document's row, so every one this page needs has been read.
                more = true;
                break;
            }
            else
            {
                documents.Add(row);
            }
        }
        return new DocumentPage(documents.Select(d => (d, reviewed.GetValueOrDefault(d.PartitionKey, ReviewCounts.None))).ToArray(), more ? documents[^1].PartitionKey : null);
    }

    /// <summary>Every document row (not the reviews rows beside them).</summary>
    public async Task<IReadOnlyList<DocumentEntity>> ListAsync(CancellationToken cancellationToken)
    {
        var documents = new List<DocumentEntity>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {DocumentEntity.Row}");
        await foreach (var document in Table.QueryAsync<DocumentEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            documents.Add(document);
        }
        return documents;
    }

    /// <summary>Starts the document afresh: replaces the whole row, clearing any earlier error and counts.</summary>
    public Task MarkReceivedAsync(string documentId, string blobName, string blobETag, long contentLength, DateTimeOffset uploadedAt, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(Received(documentId, blobName, blobETag, contentLength, uploadedAt), TableUpdateMode.Replace, cancellationToken);

    /// <summary>
    /// Shows a document uploaded through the API before its trigger fires. Only a new document:
    /// a row that exists belongs to the split stage, which replaces it when it takes the upload.
    /// No blob ETag is recorded: that marks a delivered upload, and the reconciler must still see this one as missed if no trigger fires.
    /// </summary>
    public async Task AddReceivedIfNewAsync(string documentId, string blobName, long contentLength, DateTimeOffset uploadedAt, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(Received(documentId, blobName, blobETag: null, contentLength, uploadedAt), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }
    }

    public Task MarkSplittingAsync(string documentId, string version, bool firstVersion, string? encoding, IReadOnlyList<string> warnings, CancellationToken cancellationToken)
    {
        var changes = Changes(documentId, DocumentStatus.Splitting);
        changes[nameof(DocumentEntity.FirstVersion)] = firstVersion;
        changes[nameof(DocumentEntity.Version)] = version;
        changes[nameof(DocumentEntity.Encoding)] = encoding ?? string.Empty;
        changes[nameof(DocumentEntity.Warnings)] = StoredJson.Strings(warnings) ?? string.Empty;
        return Table.UpsertEntityAsync(changes, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>The split's checkpoint: the first <paramref name="storedUnits"/> units of the version are stored.</summary>
    public Task SaveCheckpointAsync(string documentId, int storedUnits, CancellationToken cancellationToken) =>
        Table.UpdateEntityAsync(new TableEntity(documentId, DocumentEntity.Row) { [nameof(DocumentEntity.StoredUnits)] = storedUnits }, ETag.All, TableUpdateMode.Merge, cancellationToken);

    public Task MarkCitingAsync(string documentId, int units, int claims, int batches, int window, string citationContext, CancellationToken cancellationToken)
    {
        var changes = Changes(documentId, DocumentStatus.Citing);
        changes[nameof(DocumentEntity.CitationWindow)] = window;
        changes[nameof(DocumentEntity.StoredUnits)] = units;
        changes[nameof(DocumentEntity.CitationContext)] = citationContext;
        changes[nameof(DocumentEntity.UnitCount)] = units;
        changes[nameof(DocumentEntity.ClaimCount)] = claims;
        changes[nameof(DocumentEntity.BatchCount)] = batches;
        return Table.UpsertEntityAsync(changes, TableUpdateMode.Merge, cancellationToken);
    }

    public Task MarkFailedAsync(string documentId, string reason, CancellationToken cancellationToken)
    {
        var changes = Changes(documentId, DocumentStatus.Failed);
        changes[nameof(DocumentEntity.Error)] = reason;
        changes[nameof(DocumentEntity.ProcessedAt)] = time.GetUtcNow();
        return Table.UpsertEntityAsync(changes, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>
    /// Marks the document ready if it is still citing <paramref name="version"/>. Several
    /// batches may finish at once and each may call this; the ETag makes the change land
    /// once, and a newer upload (another version) is never marked ready by an old batch.
    /// </summary>
    public Task<bool> TryMarkReadyAsync(string documentId, string version, int citedClaims, CancellationToken cancellationToken) =>
        TryFinishCitingAsync(documentId, version, DocumentStatus.Ready, changes => changes[nameof(DocumentEntity.CitedClaimCount)] = citedClaims, cancellationToken);

    /// <summary>
    /// Marks the document failed if it is still citing <paramref name="version"/>: a batch that
    /// could not be cited leaves its document short of ready for good. An older version's batch
    /// never fails the newer upload.
    /// </summary>
    public Task<bool> TryMarkFailedAsync(string documentId, string version, string reason, CancellationToken cancellationToken) =>
        TryFinishCitingAsync(documentId, version, DocumentStatus.Failed, changes => changes[nameof(DocumentEntity.Error)] = reason, cancellationToken);

    private async Task<bool> TryFinishCitingAsync(string documentId, string version, DocumentStatus status, Action<TableEntity> describe, CancellationToken cancellationToken) =>
        await _concurrency.ExecuteAsync(async token =>
        {
            var document = await FindAsync(documentId, token).ConfigureAwait(false);
            if (document is null || document.Version != version || document.ParsedStatus != DocumentStatus.Citing)
            {
                return false;
            }
            var changes = Changes(documentId, status);
            describe(changes);
            changes[nameof(DocumentEntity.ProcessedAt)] = time.GetUtcNow();
            await Table.UpdateEntityAsync(changes, document.ETag, TableUpdateMode.Merge, token).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);

    private DocumentEntity Received(string documentId, string blobName, string? blobETag, long contentLength, DateTimeOffset uploadedAt) => new()
    {
        PartitionKey = documentId,
        BlobName = blobName,
        BlobETag = blobETag,
        ContentLength = contentLength,
        UploadedAt = uploadedAt,
        ReceivedAt = time.GetUtcNow(),
        Status = Wire(DocumentStatus.Received),
    };

    public static string Wire(DocumentStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>
    /// A status by its wire name only: <c>ready</c>, not <c>4</c>, <c>ready,failed</c> or
    /// <c> ready</c>, all of which <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> takes.
    /// </summary>
    public static bool TryParseWire(string? text, out DocumentStatus status) => WireNames.TryParse(text, Wire, out status);

    private static TableEntity Changes(string documentId, DocumentStatus status) =>
        new(documentId, DocumentEntity.Row) { [nameof(DocumentEntity.Status)] = Wire(status) };
}
