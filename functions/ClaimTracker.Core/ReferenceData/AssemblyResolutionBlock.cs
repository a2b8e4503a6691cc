namespace ClaimTracker.Core.ReferenceData;

/// <summary>Consecutive General Assembly resolutions of one session, numbered in the single pre-1976 sequence.</summary>
/// <param name="Checked">Both ends of the block rest on a source (see the SOURCES file); only then does a text that disagrees get a warning.</param>
public sealed record AssemblyResolutionBlock(int First, int Last, AssemblySessionKind Kind, int Session, int YearFrom, int YearTo, bool Checked)
{
    /// <summary>How the UN writes the session in a symbol: <c>XXIX</c>, <c>S-2</c>, <c>ES-V</c>.</summary>
    public string SessionLabel => Kind switch
    {
        AssemblySessionKind.Special => $"S-{Session}",
        AssemblySessionKind.EmergencySpecial => $"ES-{RomanNumerals.Of(Session)}",
        _ => RomanNumerals.Of(Session),
    };
}
