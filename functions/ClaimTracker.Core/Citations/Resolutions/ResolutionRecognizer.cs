using ClaimTracker.Core.Citations.Organs;

namespace ClaimTracker.Core.Citations.Resolutions;

/// <summary>
/// Security Council and General Assembly resolutions (and Assembly and Human Rights Council
/// decisions and resolutions, as UN documents): found by <see cref="ResolutionScanner"/>, placed by
/// <see cref="ResolutionResolver"/> from the unit and then the document, written by
/// <see cref="ResolutionSymbols"/>. Resolutions of other bodies are kept as
/// <see cref="CitationKind.Other"/>, never taken for UN ones.
/// </summary>
internal sealed class ResolutionRecognizer : ICitationRecognizer
{
    public static readonly ResolutionRecognizer Instance = new();

    public string Finds => "resolutions";

    public IEnumerable<FoundCitation> Recognize(CitationInput input)
    {
        if (!ResolutionScanner.MayNameAResolution(input.Text))
        {
            yield break;
        }
        var organ = input.Context.DocumentOrEmpty.Organ;
        var mentions = ResolutionScanner.Scan(input);
        var placed = ResolutionResolver.PlaceLocally(mentions, organ);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (ResolutionResolver.Resolve(mentions[i], placed[i], input.Context) is { } body &&
                ResolutionSymbols.Cite(mentions[i], body) is { } citation)
            {
                yield return citation;
            }
        }
    }
}
