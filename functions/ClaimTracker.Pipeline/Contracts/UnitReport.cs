namespace ClaimTracker.Pipeline.Contracts;

/// <summary>One unit of the <c>analyze</c> contract (see DESIGN.md).</summary>
public sealed record UnitReport(
    string Id,
    int Ordinal,
    string Kind,
    string Text,
    IReadOnlyList<SpanReport> Spans,
    string? Speaker,
    double? CheckWorthiness,
    IReadOnlyList<CitationReport> Citations,
    IReadOnlyList<string> Warnings);
