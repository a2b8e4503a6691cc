namespace ClaimTracker.Pipeline.Citing;

public enum RecitationOutcome
{
    /// <summary>Citation work for every current claim is queued.</summary>
    Queued,

    /// <summary>No document has that id.</summary>
    NotFound,

    /// <summary>The document is being split, or failed: it has no complete set of claims to cite.</summary>
    NotReady,
}
