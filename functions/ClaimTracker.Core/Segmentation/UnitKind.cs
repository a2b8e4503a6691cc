namespace ClaimTracker.Core.Segmentation;

/// <summary>What a piece of a document is. Only claims are assertions to review; the rest is kept, never merged into claims.</summary>
public enum UnitKind
{
    /// <summary>An assertion: a statement or a quoted statement.</summary>
    Claim,

    /// <summary>A section subhead.</summary>
    Heading,

    /// <summary>A photo caption, a pull quote, text from inside an image.</summary>
    Caption,

    /// <summary>Title, byline, standfirst.</summary>
    FrontMatter,

    /// <summary>A broken piece that could not be repaired with confidence.</summary>
    Fragment,
}
