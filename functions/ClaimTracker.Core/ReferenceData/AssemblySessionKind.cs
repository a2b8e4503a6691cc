namespace ClaimTracker.Core.ReferenceData;

/// <summary>The three kinds of General Assembly session; resolutions of each are written differently (<c>(XXIX)</c>, <c>(S-2)</c>, <c>(ES-V)</c>).</summary>
public enum AssemblySessionKind
{
    Regular = 0,
    Special = 1,
    EmergencySpecial = 2,
}
