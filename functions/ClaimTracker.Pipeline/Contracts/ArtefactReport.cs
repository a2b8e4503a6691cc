namespace ClaimTracker.Pipeline.Contracts;

/// <summary>A range of the extracted text left out of every unit, and why (<c>page-number</c>, <c>hyphen</c>…).</summary>
public sealed record ArtefactReport(int Start, int End, string Kind);
