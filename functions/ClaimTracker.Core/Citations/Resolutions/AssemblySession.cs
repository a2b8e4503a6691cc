using ClaimTracker.Core.ReferenceData;

namespace ClaimTracker.Core.Citations.Resolutions;

/// <summary>The sessions the General Assembly wrote after its running numbers, before 1976: I to XXX, S-1 to S-VII, ES-I to ES-V.</summary>
internal static class AssemblySession
{
    public static bool Plausible(string written) =>
        GeneralAssemblyResolutions.All.Any(block => block.IsSession(written));
}
