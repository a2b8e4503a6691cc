using System.ComponentModel.DataAnnotations;

namespace ClaimTracker.Pipeline.Resilience;

/// <summary>
/// <c>ClaimTracker:Chaos</c>: faults injected into the pipeline's own storage calls, for the
/// reliability tests and for rehearsing outages. Off unless <see cref="Enabled"/> is set; never
/// set it in production.
/// </summary>
public sealed class StorageChaosOptions
{
    public const string SectionName = ClaimTrackerOptions.SectionName + ":Chaos";

    public bool Enabled { get; set; }

    /// <summary>Share of storage requests answered by an injected 503, 500 or timeout, in equal parts.</summary>
    [Range(0.0, 1.0)]
    public double FaultRate { get; set; } = 0.1;

    /// <summary>Share of storage requests delayed by <see cref="LatencyMilliseconds"/> first.</summary>
    [Range(0.0, 1.0)]
    public double LatencyRate { get; set; } = 0.1;

    [Range(0, 60_000)]
    public int LatencyMilliseconds { get; set; } = 200;

    /// <summary>Makes the injected sequence repeatable; unset means a new sequence each run.</summary>
    public int? Seed { get; set; }
}
