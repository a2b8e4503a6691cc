namespace ClaimTracker.Pipeline.Storage;

/// <summary>A row of the citation ledger: which claims a batch cites, whether its message went out, whether it is done.</summary>
public sealed record CitationBatch(int Batch, IReadOnlyList<string> ClaimIds, DateTimeOffset? QueuedAt, bool Done, DateTimeOffset? CompletedAt)
{
    /// <summary>When the batch last did something observable: its message went out, or it finished.</summary>
    public DateTimeOffset? LastActivity => CompletedAt > QueuedAt || QueuedAt is null ? CompletedAt : QueuedAt;
}
