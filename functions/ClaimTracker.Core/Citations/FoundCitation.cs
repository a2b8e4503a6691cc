namespace ClaimTracker.Core.Citations;

/// <summary>A citation as a recogniser finds it: offsets are into the text it was given.</summary>
internal sealed record FoundCitation(CitationKind Kind, string Canonical, int Start, int End, string? Url)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The least of the text that still cites it, where that is less than all of it: a dated source's date.</summary>
    public (int Start, int End)? Narrowest { get; init; }

    public bool Overlaps(FoundCitation other) => Start < other.End && other.Start < End;
}
