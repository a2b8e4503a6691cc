using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>A row of the <c>Documents</c> table: one per document, keyed by its document id.</summary>
public sealed class DocumentEntity : ITableEntity
{
    /// <summary>The document's row key.</summary>
    public const string Row = "document";

    /// <summary>
    /// The row key of the document's second row, which holds only <see cref="ReviewedCounts"/>: a
    /// copy of its verdict tally, so one query over this table lists documents with their counts.
    /// </summary>
    public const string ReviewsRow = "reviews";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string BlobName { get; set; } = string.Empty;

    /// <summary>The ETag of the blob last processed; the same blob seen again is not split again.</summary>
    public string? BlobETag { get; set; }

    public string Status { get; set; } = "received";

    /// <summary>SHA-256 of the content being (or last) processed.</summary>
    public string? Version { get; set; }

    public long ContentLength { get; set; }

    public string? Encoding { get; set; }

    /// <summary>JSON array of decoding and processing warnings.</summary>
    public string? Warnings { get; set; }

    /// <summary>Why the document failed, in words a person understands.</summary>
    public string? Error { get; set; }

    public DateTimeOffset? UploadedAt { get; set; }

    public DateTimeOffset? ReceivedAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int UnitCount { get; set; }

    public int ClaimCount { get; set; }

    public int CitedClaimCount { get; set; }

    public int BatchCount { get; set; }

    /// <summary>
    /// No earlier version of this document was ever split: no claim can have vanished and no
    /// verdict needs recounting, so the split skips the scans of the document's partition that
    /// would look for them (minutes on Azurite for 200,000 claims).
    /// </summary>
    public bool FirstVersion { get; set; }

    /// <summary>The split's checkpoint: units of <see cref="Version"/> stored so far, so a redelivered split continues after them.</summary>
    public int StoredUnits { get; set; }

    /// <summary>
    /// Batches of this document in flight at once: the split queues the first this many, and each
    /// batch that finishes queues the one this many places after it. 0 (split before windows) means all at once.
    /// </summary>
    public int CitationWindow { get; set; }

    /// <summary>
    /// JSON: what the whole version tells the cite stage (<see cref="Core.Citations.DocumentCitationContext"/>),
    /// written with the batches and read by each, so a batch resolves "resolution 687" as the whole document would.
    /// </summary>
    public string? CitationContext { get; set; }

    /// <summary>
    /// On the <see cref="ReviewsRow"/> only: JSON of the verdict counts, copied from the tally in the
    /// <c>Claims</c> partition (which commits with each verdict) after every change to it.
    /// </summary>
    public string? ReviewedCounts { get; set; }

    /// <summary>Computed from <see cref="Status"/>; never a column.</summary>
    [IgnoreDataMember]
    public DocumentStatus ParsedStatus => DocumentRepository.TryParseWire(Status, out var status) ? status : DocumentStatus.Received;
}
