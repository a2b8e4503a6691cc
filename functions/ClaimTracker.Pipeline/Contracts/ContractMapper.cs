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

    public static CitationContextReport ToReport(this DocumentCitationContext context) => new(
        context.Organ is { } organ ? WireNames.Of(organ) : null,
        context.ResolutionOrgan is { } only ? WireNames.Of(only) : null,
        context.Ties.SelectMany(t => new[] { t.Number, t.Organ is { } o ? (int)o : 0, t.Ordinal, t.Strong ? 1 : 0 }).ToArray());

    /// <summary>The stored context; anything unreadable in it reads as no context, which resolves less but never wrongly.</summary>
    public static DocumentCitationContext ToContext(this CitationContextReport report)
    {
        var ties = new List<ResolutionTie>(report.Ties.Length / 4);
        for (var i = 0; i + 3 < report.Ties.Length; i += 4)
        {
            var organ = report.Ties[i + 1];
            if (organ == 0 || Enum.IsDefined((UnOrgan)organ))
            {
                ties.Add(new ResolutionTie(report.Ties[i], organ == 0 ? null : (UnOrgan)organ, report.Ties[i + 2], report.Ties[i + 3] == 1));
            }
        }
        return new DocumentCitationContext(Organ(report.Organ), Organ(report.ResolutionOrgan), ties);
    }

    private static UnOrgan? Organ(string? name) => WireNames.TryParseUnOrgan(name, out var organ) ? organ : null;
}
