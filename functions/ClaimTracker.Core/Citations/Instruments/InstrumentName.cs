namespace ClaimTracker.Core.Citations.Instruments;

/// <summary>A named instrument in a unit's text: its canonical name, at [Start, End).</summary>
/// <param name="IsConstitution">A constitution, cited as <see cref="CitationKind.Other"/>.</param>
internal readonly record struct InstrumentName(string Name, int Start, int End, bool IsConstitution);

