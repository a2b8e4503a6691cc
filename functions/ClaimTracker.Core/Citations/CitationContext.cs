namespace ClaimTracker.Core.Citations;

/// <summary>
/// What the rest of the document tells the citation stage about one unit: the year the text
/// around it is about (for <c>on 17 October</c>), and who is speaking when it is a quotation.
/// </summary>
public sealed record CitationContext(int? Year = null, string? Speaker = null)
{
    public static readonly CitationContext None = new();
}
