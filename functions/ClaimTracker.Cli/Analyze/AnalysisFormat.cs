namespace ClaimTracker.Cli.Analyze;

/// <summary>How <c>analyze</c> prints: one JSON object, JSON Lines, or a table for people.</summary>
internal enum AnalysisFormat
{
    Json,
    Jsonl,
    Table,
}
