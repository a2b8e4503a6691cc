namespace ClaimTracker.Pipeline.Citing;

/// <param name="Status">The document's status when the request was refused.</param>
public sealed record RecitationResult(RecitationOutcome Outcome, string DocumentId, string? Version = null, int Batches = 0, string? Status = null);
