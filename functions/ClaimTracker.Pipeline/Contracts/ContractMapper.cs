using ClaimTracker.Core;
using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Pipeline.Contracts;

/// <summary>From domain types to their wire form.</summary>
public static class ContractMapper
{
    public static CitationReport ToReport(this Citation citation) => new(
        WireNames.Of(citation.Kind),
        citation.Canonical,
        citation.Surface,
        citation.Span.Start,
        citation.Span.End,
        citation.Url,
        citation.Warnings);

    public static IReadOnlyList<SpanReport> ToReports(this IReadOnlyList<TextSpan> spans) =>
        spans.Select(s => new SpanReport(s.Start, s.End)).ToArray();

    public static IReadOnlyList<CitationReport> ToReports(this IReadOnlyList<Citation> citations) =>
        citations.Select(ToReport).ToArray();
}
