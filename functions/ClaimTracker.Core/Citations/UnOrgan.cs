namespace ClaimTracker.Core.Citations;

/// <summary>The UN organs whose resolutions and sessions are cited by symbol.</summary>
public enum UnOrgan
{
    SecurityCouncil = 1,
    GeneralAssembly = 2,
    HumanRightsCouncil = 3,
}
