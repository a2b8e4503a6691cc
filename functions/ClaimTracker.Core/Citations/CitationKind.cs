namespace ClaimTracker.Core.Citations;

/// <summary>The kinds of source a claim can cite. Wire names are kebab-case: <c>unsc-resolution</c>.</summary>
public enum CitationKind
{
    UnscResolution,
    UngaResolution,
    UngaSession,
    UnDocument,
    Treaty,
    OfficialStatement,
    Event,
    Quotation,
    CourtCase,
    Url,
    Other,
}
