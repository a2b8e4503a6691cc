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

    /// <summary>
    /// A note's reference in running text, kept out of the sentence it marks: Wikipedia's
    /// <c>[12]</c>, <c>[a]</c>, <c>[note 3]</c>, <c>[citation needed]</c>, a superscript <c>¹</c>, or a
    /// number glued to the text (<c>programme.60</c>) whose footnote is printed at the page's foot.
    /// </summary>
    ReferenceMarker,

    /// <summary>Markdown syntax read as text: <c>**</c>, <c>_</c>, a heading's <c>#</c>, the brackets of a link or an autolink.</summary>
    Markup,

    /// <summary>The address of a Markdown link, <c>(https://…)</c> after its text: the unit keeps the text and cites the address.</summary>
    LinkTarget,

    /// <summary>A Markdown image, <c>![alt](src)</c>: a picture, not text its author asserts.</summary>
    Image,
}
