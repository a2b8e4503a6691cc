using System.Text.Json;

namespace ClaimTracker.Testing;

/// <summary>One row of the reliability table: a scenario, what happened, and its figures.</summary>
public sealed record ReliabilityRow(
    string Area,
    string Scenario,
    string Outcome,
    int Documents,
    int Claims,
    int Lost,
    int Duplicated,
    double? WallSeconds = null);

/// <summary>
/// The reliability scenarios report what they saw here, one JSON line each; the test command
/// prints the table after the run (scripts/test-summary.mjs). Figures are reported, never
/// asserted on: pass or fail is decided by the tests' assertions alone.
/// </summary>
public static class ReliabilityReport
{
    public static string Path { get; } = System.IO.Path.Combine(RepositoryPaths.Root, "TestResults", "reliability.jsonl");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Record(ReliabilityRow row)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        // Each test project runs in its own process: one short append per row keeps lines whole.
        var line = JsonSerializer.Serialize(row, Json) + "\n";
        using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        var bytes = System.Text.Encoding.UTF8.GetBytes(line);
        stream.Write(bytes);
    }
}
