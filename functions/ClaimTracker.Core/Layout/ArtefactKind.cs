namespace ClaimTracker.Core.Layout;

/// <summary>Why characters of the extracted text belong to no unit.</summary>
public enum ArtefactKind
{
    /// <summary><c>12</c>, <c>Page 3 of 12</c>, <c>- 4 -</c> on a line of their own.</summary>
    PageNumber,

    /// <summary>A short line repeated on every page: a running title, header or footer.</summary>
    RunningHeader,

    /// <summary>Ornaments: <c>* * *</c>, a row of dashes, a star or an emoji at the edge of a line.</summary>
    Decoration,

    /// <summary>A hyphen dropped when a word broken across lines or columns is rejoined, or a soft hyphen.</summary>
    Hyphen,

    /// <summary>The first half of a broken word that the next piece repeats in full (<c>ter-</c> … <c>territories</c>).</summary>
    RepeatedPrefix,
}
