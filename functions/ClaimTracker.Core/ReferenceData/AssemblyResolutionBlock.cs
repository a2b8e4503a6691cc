namespace ClaimTracker.Core.ReferenceData;

/// <summary>Consecutive General Assembly resolutions of one session, numbered in the single pre-1976 sequence.</summary>
/// <param name="Checked">Both ends of the block rest on a source (see the SOURCES file); only then does a text that disagrees get a warning.</param>
public sealed record AssemblyResolutionBlock(int First, int Last, AssemblySessionKind Kind, int Session, int YearFrom, int YearTo, bool Checked)
{
    /// <summary>How the UN writes the session in a symbol: <c>XXIX</c>, <c>ES-V</c>, <c>S-VI</c>; the first two special sessions <c>S-1</c>, <c>S-2</c>.</summary>
    public string SessionLabel => Kind switch
    {
        AssemblySessionKind.Special when Session <= 2 => $"S-{Session}",
        AssemblySessionKind.Special => $"S-{RomanNumerals.Of(Session)}",
        AssemblySessionKind.EmergencySpecial => $"ES-{RomanNumerals.Of(Session)}",
        _ => RomanNumerals.Of(Session),
    };

    /// <summary>Whether a session as a text writes it (<c>XXIX</c>, <c>S-VI</c>, <c>S-6</c>, <c>ES-V</c>) is this block's.</summary>
    public bool IsSession(string written)
    {
        var (kind, number) = written.StartsWith("ES-", StringComparison.OrdinalIgnoreCase) ? (AssemblySessionKind.EmergencySpecial, written[3..])
            : written.StartsWith("S-", StringComparison.OrdinalIgnoreCase) ? (AssemblySessionKind.Special, written[2..])
            : (AssemblySessionKind.Regular, written);
        var session = int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arabic) ? arabic : RomanNumerals.Parse(number);
        return kind == Kind && session == Session;
    }
}
