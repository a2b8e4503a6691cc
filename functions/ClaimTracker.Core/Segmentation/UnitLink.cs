namespace ClaimTracker.Core.Segmentation;

/// <summary>
/// A web address a unit's words link to (a Markdown link's target, kept out of the text): the
/// words are <c>Text[Start..End]</c> of the unit, which cites <paramref name="Url"/> by them.
/// </summary>
public readonly record struct UnitLink(int Start, int End, string Url);
