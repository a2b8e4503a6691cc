namespace ClaimTracker.Core.Citations;

/// <summary>A citation as a recogniser finds it: offsets are into the text it was given.</summary>
internal sealed record FoundCitation(CitationKind Kind, string Canonical, int Start, int End, string? Url)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The least of the text that still cites it, where that is less than all of it: a dated source's date.</summary>
    public (int Start, int End)? Narrowest { get; init; }

    /// <summary>
    /// Where the words it accounts for end, when that is past its surface: a resolution's own
    /// adoption date ("62/219 of 22 December 2007") is part of citing it, never a second source.
    /// </summary>
    public int Reach { get; init; }

    /// <summary>The end of everything it accounts for.</summary>
    public int Extent => Math.Max(End, Reach);

    public bool Overlaps(FoundCitation other) => Start < other.Extent && other.Start < Extent;
}
