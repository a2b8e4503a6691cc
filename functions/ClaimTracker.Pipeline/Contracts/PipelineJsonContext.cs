using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimTracker.Pipeline.Review;

namespace ClaimTracker.Pipeline.Contracts;

/// <summary>Source-generated JSON for everything the pipeline writes or serves: no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AnalysisReport))]
[JsonSerializable(typeof(CitationBatchMessage))]
[JsonSerializable(typeof(CitationReport[]))]
[JsonSerializable(typeof(CitationContextReport))]
[JsonSerializable(typeof(SpanReport[]))]
[JsonSerializable(typeof(LinkReport[]))]
[JsonSerializable(typeof(int[]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(DocumentList))]
[JsonSerializable(typeof(ReviewCounts))]
[JsonSerializable(typeof(DocumentResource))]
[JsonSerializable(typeof(ClaimPage))]
[JsonSerializable(typeof(ClaimResource))]
[JsonSerializable(typeof(ClaimResource[]))]
[JsonSerializable(typeof(RecitationResource))]
[JsonSerializable(typeof(UploadResource))]
[JsonSerializable(typeof(CitedSourcePage))]
[JsonSerializable(typeof(CitingClaimPage))]
[JsonSerializable(typeof(PoisonReport))]
[JsonSerializable(typeof(HealthReport))]
public sealed partial class PipelineJsonContext : JsonSerializerContext
{
    /// <summary>
    /// For HTTP responses and exports: the same contract, with quotes and non-ASCII text written
    /// as themselves rather than <c>\u0022</c> escapes. The bodies are JSON, never embedded in HTML.
    /// </summary>
    public static PipelineJsonContext Web { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
