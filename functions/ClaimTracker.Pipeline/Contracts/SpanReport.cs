namespace ClaimTracker.Pipeline.Contracts;

/// <summary>A range of the extracted text in UTF-16 code units, end exclusive.</summary>
public sealed record SpanReport(int Start, int End);
