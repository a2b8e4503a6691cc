using System.Text.Json;
using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Segmentation;
using ClaimTracker.Core.Text;
using ClaimTracker.Pipeline.Contracts;
using ClaimTracker.Pipeline.Review;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>The JSON columns of table rows: compact, source-generated, and tolerant of a missing value.</summary>
internal static class StoredJson
{
    public static string Spans(IReadOnlyList<TextSpan> spans) =>
        JsonSerializer.Serialize(spans.Select(s => new SpanReport(s.Start, s.End)).ToArray(), PipelineJsonContext.Default.SpanReportArray);

    public static SpanReport[] Spans(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, PipelineJsonContext.Default.SpanReportArray) ?? [];

    public static string Pieces(IReadOnlyList<TextPiece> pieces)
    {
        var flat = new int[pieces.Count * 3];
        for (var i = 0; i < pieces.Count; i++)
        {
            (flat[3 * i], flat[3 * i + 1], flat[3 * i + 2]) = (pieces[i].TextStart, pieces[i].SourceStart, pieces[i].Length);
        }
        return JsonSerializer.Serialize(flat, PipelineJsonContext.Default.Int32Array);
    }

    public static MappedText Content(string text, string? piecesJson)
    {
        var flat = string.IsNullOrEmpty(piecesJson) ? [] : JsonSerializer.Deserialize(piecesJson, PipelineJsonContext.Default.Int32Array) ?? [];
        var pieces = new TextPiece[flat.Length / 3];
        for (var i = 0; i < pieces.Length; i++)
        {
            pieces[i] = new TextPiece(flat[3 * i], flat[3 * i + 1], flat[3 * i + 2]);
        }
        return new MappedText(text, pieces);
    }

    /// <summary>Most claims link nowhere: they store an empty column.</summary>
    public static string Links(IReadOnlyList<UnitLink> links) =>
        links.Count == 0 ? string.Empty : JsonSerializer.Serialize(links.Select(l => new LinkReport(l.Start, l.End, l.Url)).ToArray(), PipelineJsonContext.Default.LinkReportArray);

    public static UnitLink[] Links(string? json) =>
        string.IsNullOrEmpty(json) ? [] : (JsonSerializer.Deserialize(json, PipelineJsonContext.Default.LinkReportArray) ?? []).Select(l => new UnitLink(l.Start, l.End, l.Url)).ToArray();

    public static string Citations(IReadOnlyList<CitationReport> citations) =>
        JsonSerializer.Serialize(citations.ToArray(), PipelineJsonContext.Default.CitationReportArray);

    public static CitationReport[] Citations(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, PipelineJsonContext.Default.CitationReportArray) ?? [];

    public static string CitationContext(DocumentCitationContext context) =>
        JsonSerializer.Serialize(context.ToReport(), PipelineJsonContext.Default.CitationContextReport);

    /// <summary>A version split before the context was stored has none: it resolves as a unit alone would.</summary>
    public static DocumentCitationContext CitationContext(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return DocumentCitationContext.Empty;
        }
        try
        {
            return JsonSerializer.Deserialize(json, PipelineJsonContext.Default.CitationContextReport)?.ToContext() ?? DocumentCitationContext.Empty;
        }
        catch (JsonException)
        {
            return DocumentCitationContext.Empty;
        }
    }

    public static string Counts(ReviewCounts counts) => JsonSerializer.Serialize(counts, PipelineJsonContext.Default.ReviewCounts);

    public static ReviewCounts Counts(string? json) =>
        string.IsNullOrEmpty(json) ? ReviewCounts.None : JsonSerializer.Deserialize(json, PipelineJsonContext.Default.ReviewCounts) ?? ReviewCounts.None;

    public static string? Strings(IReadOnlyList<string> values) =>
        values.Count == 0 ? null : JsonSerializer.Serialize(values.ToArray(), PipelineJsonContext.Default.StringArray);

    public static string[] Strings(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, PipelineJsonContext.Default.StringArray) ?? [];
}
