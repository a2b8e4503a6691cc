namespace ClaimTracker.Pipeline.Storage;

/// <summary>
/// Where a document is in the pipeline: <c>received → splitting → citing → ready</c>, or
/// <c>failed</c> with a reason. Stored and served in lowercase.
/// </summary>
public enum DocumentStatus
{
    Received,
    Splitting,
    Citing,
    Ready,
    Failed,
}
