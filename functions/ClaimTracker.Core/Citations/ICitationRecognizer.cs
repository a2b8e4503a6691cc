namespace ClaimTracker.Core.Citations;

/// <summary>
/// One kind of source, found in a unit's text. A recogniser yields what it finds in text order
/// and may stop early (a pattern that ran out of time); what it yielded before is kept.
/// </summary>
internal interface ICitationRecognizer
{
    /// <summary>What a reviewer is told when this recogniser could not finish a unit: "resolutions", "dates".</summary>
    string Finds { get; }

    IEnumerable<FoundCitation> Recognize(CitationInput input);
}
