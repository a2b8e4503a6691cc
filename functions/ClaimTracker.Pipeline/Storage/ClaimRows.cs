using Azure.Data.Tables;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>
/// What lives in a document's partition of the <c>Claims</c> table. Beside the claims (row key
/// = claim id, hex digits) sit the review history and the review tally, so that a verdict, its
/// history entry and the tally change in one transaction. Their row keys start with <c>~</c>,
/// which sorts after every claim id, so "only claims" is one row-key range.
/// </summary>
public static class ClaimRows
{
    public const string BookkeepingPrefix = "~";

    /// <summary>The counts of verdicts over the document's current claims.</summary>
    public const string Tally = "~tally";

    private const string HistoryPrefix = "~review|";

    /// <summary>Review history rows sort by claim, then revision.</summary>
    public static string History(string claimId, int revision) => $"{HistoryPrefix}{claimId}|{revision:D6}";

    /// <summary>Every claim row of a document, and nothing else.</summary>
    public static string ClaimsOf(string documentId) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {documentId} and RowKey lt {BookkeepingPrefix}");

    /// <summary>The history rows of one claim, oldest first.</summary>
    public static string HistoryOf(string documentId, string claimId) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {documentId} and RowKey gt {HistoryPrefix + claimId + "|"} and RowKey lt {HistoryPrefix + claimId + "|~"}");
}
