namespace ClaimTracker.Pipeline.Tests;

/// <summary>The clock some time from now: what the reconciler sees when it runs that much later.</summary>
internal sealed class ShiftedTime(TimeSpan shift) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
}
