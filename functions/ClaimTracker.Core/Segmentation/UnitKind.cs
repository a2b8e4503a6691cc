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

    /// <summary>
    /// A note printed at a page's foot (<c>59 UN Security Council resolution 707 (1991).</c>): one unit
    /// a note, wherever it interrupts the text, so its citations are found but it is never read as
    /// the author's claim nor glued to the sentence it interrupts.
    /// </summary>
    Footnote,
}
