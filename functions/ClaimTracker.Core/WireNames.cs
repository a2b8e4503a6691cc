using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Layout;
using ClaimTracker.Core.Review;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core;

/// <summary>The kebab-case names kinds carry in JSON, table rows and URLs: <c>front-matter</c>, <c>unsc-resolution</c>.</summary>
public static class WireNames
{
    public static string Of(UnitKind kind) => kind switch
    {
        UnitKind.Claim => "claim",
        UnitKind.Heading => "heading",
        UnitKind.Caption => "caption",
        UnitKind.FrontMatter => "front-matter",
        UnitKind.Fragment => "fragment",
        UnitKind.Footnote => "footnote",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(CitationKind kind) => kind switch
    {
        CitationKind.UnscResolution => "unsc-resolution",
        CitationKind.UngaResolution => "unga-resolution",
        CitationKind.UngaSession => "unga-session",
        CitationKind.UnDocument => "un-document",
        CitationKind.Treaty => "treaty",
        CitationKind.OfficialStatement => "official-statement",
        CitationKind.Event => "event",
        CitationKind.Quotation => "quotation",
        CitationKind.CourtCase => "court-case",
        CitationKind.Url => "url",
        CitationKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(ReviewStatus status) => status switch
    {
        ReviewStatus.Unreviewed => "unreviewed",
        ReviewStatus.Supported => "supported",
        ReviewStatus.Disputed => "disputed",
        ReviewStatus.NeedsSource => "needs-source",
        ReviewStatus.NotAClaim => "not-a-claim",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Of(ArtefactKind kind) => kind switch
    {
        ArtefactKind.PageNumber => "page-number",
        ArtefactKind.RunningHeader => "running-header",
        ArtefactKind.Decoration => "decoration",
        ArtefactKind.Hyphen => "hyphen",
        ArtefactKind.RepeatedPrefix => "repeated-prefix",
        ArtefactKind.ReferenceMarker => "reference-marker",
        ArtefactKind.Markup => "markup",
        ArtefactKind.LinkTarget => "link-target",
        ArtefactKind.Image => "image",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(UnOrgan organ) => organ switch
    {
        UnOrgan.SecurityCouncil => "security-council",
        UnOrgan.GeneralAssembly => "general-assembly",
        UnOrgan.HumanRightsCouncil => "human-rights-council",
        _ => throw new ArgumentOutOfRangeException(nameof(organ), organ, null),
    };

    public static bool TryParseReviewStatus(string? name, out ReviewStatus status) => TryParse(name, Of, out status);

    public static bool TryParseUnitKind(string? name, out UnitKind kind) => TryParse(name, Of, out kind);

    public static bool TryParseCitationKind(string? name, out CitationKind kind) => TryParse(name, Of, out kind);

    public static bool TryParseUnOrgan(string? name, out UnOrgan organ) => TryParse(name, Of, out organ);

    /// <summary>A value by its wire name only (case aside): never a number, a comma list or padded text, as <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> takes.</summary>
    public static bool TryParse<T>(string? name, Func<T, string> wireName, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(wireName(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
