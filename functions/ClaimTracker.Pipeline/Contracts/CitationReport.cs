namespace ClaimTracker.Pipeline.Contracts;

/// <summary>A citation as <c>analyze</c> prints it, the API serves it and the Claims table stores it.</summary>
public sealed record CitationReport(
    string Kind,
    string Canonical,
    string Surface,
    int Start,
    int End,
    string? Url,
    IReadOnlyList<string> Warnings);
