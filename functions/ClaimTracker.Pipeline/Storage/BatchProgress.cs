namespace ClaimTracker.Pipeline.Storage;

/// <summary>Progress of a document version's citation batches.</summary>
public readonly record struct BatchProgress(int Total, int Done, int CitedClaims)
{
    public bool IsComplete => Total > 0 && Done == Total;
}
