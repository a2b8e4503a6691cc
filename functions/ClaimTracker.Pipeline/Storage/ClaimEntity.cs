using Azure;
using Azure.Data.Tables;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>
/// A row of the <c>Claims</c> table: partition = document id, row = claim id. The split stage
/// owns the text columns, the cite stage the citation columns and reviewers the review
/// columns; each writes only its own (merge), so no stage undoes another's work.
/// </summary>
public sealed class ClaimEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    // Split stage.
    public int Ordinal { get; set; }

    public string Kind { get; set; } = "claim";

    public string Text { get; set; } = string.Empty;

    /// <summary>JSON array of spans into the extracted text.</summary>
    public string Spans { get; set; } = "[]";

    /// <summary>JSON array of flattened (textStart, sourceStart, length) triples mapping the repaired text back.</summary>
    public string Pieces { get; set; } = "[]";

    public string? Speaker { get; set; }

    /// <summary>The speaker is named by a transcript label, not a quotation: the cite stage cites no quotation of theirs.</summary>
    public bool SpeaksInTurn { get; set; }

    /// <summary>JSON array of the web addresses the claim's words link to (Markdown links): not in the text, cited by the cite stage.</summary>
    public string? Links { get; set; }

    /// <summary>The year of the last full date before the claim (0 for none): how the cite stage dates "on 17 October".</summary>
    public int ContextYear { get; set; }

    /// <summary>The document version this claim was last seen in.</summary>
    public string Version { get; set; } = string.Empty;

    /// <summary>The claim is not in the document's current version; kept for its review history.</summary>
    public bool Removed { get; set; }

    // Cite stage.

    /// <summary>JSON array of citations; null until the cite stage has run.</summary>
    public string? Citations { get; set; }

    public int CitationCount { get; set; }

    /// <summary>JSON array: what a reviewer should know about how the citations were read (a recogniser that gave up on hostile text).</summary>
    public string? CitationWarnings { get; set; }

    /// <summary>The version the cite stage last wrote; empty while the claim has no rows in the source index (removed).</summary>
    public string? CitedVersion { get; set; }

    // Review.
    public string? ReviewStatus { get; set; }

    public string? ReviewNote { get; set; }

    public string? Reviewer { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>How many review changes the claim has had: the number of its last history row.</summary>
    public int ReviewRevision { get; set; }
}
