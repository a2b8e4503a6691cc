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
[JsonSerializable(typeof(SpanReport[]))]
[JsonSerializable(typeof(int[]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(DocumentList))]
[JsonSerializable(typeof(DocumentResource))]
[JsonSerializable(typeof(ClaimPage))]
[JsonSerializable(typeof(ClaimResource))]
[JsonSerializable(typeof(RecitationResource))]
public sealed partial class PipelineJsonContext : JsonSerializerContext;
