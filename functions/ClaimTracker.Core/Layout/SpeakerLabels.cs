using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Sentences;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Layout;

/// <summary>
/// The label that opens a turn in a transcript or verbatim record: "MR. SMITH:", "The PRESIDENT:",
/// "Mr. Nebenzia (Russian Federation):", "The President (spoke in French):", "Q:", "A:". It names who
/// speaks, it asserts nothing: Segmentation makes it a unit of its own, so it neither glues onto the
/// sentence before it nor becomes the subject of the speech after it, and Attribution gives its name
/// to the units that follow until the next label.
/// </summary>
public static partial class SpeakerLabels
{
    /// <summary>A label sits at the start of its turn; no label is longer than this.</summary>
    private const int MaxLabelLength = 160;

    /// <summary>Field names of memos and cables, "SUBJECT: …", "NOTE: …": capitals and a colon, but nobody speaking.</summary>
    private static readonly FrozenSet<string> FieldNames = new[]
    {
        "SUBJECT", "SUBJ", "FROM", "TO", "DATE", "REF", "REFS", "RE", "CC", "BCC", "ATTN", "ATTENTION", "NOTE", "NOTES",
        "SOURCE", "SOURCES", "SUMMARY", "COMMENT", "TAGS", "ENCL", "UPDATE", "WARNING", "BACKGROUND", "CORRECTION",
        "DISCLAIMER", "PHOTO", "CAPTION", "VIDEO", "TIME", "PLACE", "AGENDA", "ITEM", "ACTION", "INFO", "CLASSIFICATION",
        "EDITOR'S NOTE", "EDITOR’S NOTE", "SEE ALSO", "READ MORE", "ALSO READ", "PRESENT", "ABSENT",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Where the label opening <paramref name="text"/> ends, its colon included, after the number of
    /// its paragraph if it has one ("17. Mr. BOUATTOURA (Algeria):"); 0 when it opens with none.
    /// </summary>
    public static int LabelEnd(string text)
    {
        var number = ParagraphNumber().Match(text);
        var start = number.Success ? number.Length : 0;
        return Find(text, start) is { } match ? start + match.Length : 0;
    }

    /// <summary>
    /// Whether the line opens with a label that opens a turn even inside a block of lines: a title
    /// and name, an office, a name of two words or more in capitals, or Q and A. One word in
    /// capitals and a colon ("UN:") may be wrapped prose, and waits for a sentence end.
    /// </summary>
    public static bool OpensTurn(string text, TextSpan line)
    {
        if (Find(text, line.Start, line.Length) is not { } match)
        {
            return false;
        }
        var name = match.Groups["name"];
        return !name.Success || name.Length == 1 || name.Value.Contains(' ', StringComparison.Ordinal);
    }

    private static Match? Find(string text, int start, int length = MaxLabelLength)
    {
        var match = Label().Match(text, start, Math.Min(text.Length - start, Math.Min(length, MaxLabelLength)));
        if (!match.Success || match.Index != start)
        {
            return null;
        }
        // A name in capitals is no memo field ("SUBJECT:") and no clause ("THE AMBASSADOR SAID:").
        var name = match.Groups["name"].Value;
        return match.Groups["caps"].Success && (FieldNames.Contains(name) || ClauseShape.HasVerb(name.ToLowerInvariant())) ? null : match;
    }

    /// <summary>Who a label names, as written, without its colon or how the words reached the record: "Mr. Nebenzia (Russian Federation)".</summary>
    public static string SpeakerOf(string label)
    {
        var name = HowSpoken().Replace(ParagraphNumber().Replace(label, "", 1).TrimEnd().TrimEnd(':'), "");
        return Whitespace().Replace(name, " ").Trim();
    }

    /// <summary>
    /// Four shapes, each ending in a colon: a title and a name ("Mr. Nebenzia", "MR. SMITH",
    /// "H.E. Ms. Ortiz"); "The" and an office in capitals, or one of the offices that chair a
    /// meeting ("The PRESIDENT", "The Chairman"); the roles of a briefing or an interview
    /// ("Question", "Spokesperson", "Moderator"); a name all in capitals ("JOHN SMITH"), or the Q
    /// and A of an interview. Then bracketed notes: the country, "(spoke in French)".
    /// </summary>
    [GeneratedRegex("""
        ^(?:
          (?:The[ ])?(?:H\.[ ]?E\.[ ])?(?:Mr|Mrs|Ms|Miss|Mme|Mmes|Messrs|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Ambassador|Senator|Judge|Rev|Sheikh|MR|MRS|MS|MISS|MME|DR|SIR|DAME|LORD|LADY|PROF|AMBASSADOR|SENATOR|JUDGE|SHEIKH)\.?
            (?:[ ](?:(?:de|du|da|dos|das|van|von|der|den|la|le|al|el|bin|ibn|ter)[ ])*[A-Z][\p{L}'’.-]*){1,4}
        | The[ ](?:[A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z'’-]+){0,2}|President|Chairman|Chairwoman|Chairperson|Chair|Speaker|Moderator|Secretary-General|Acting[ ]President|Acting[ ]Chairman|Vice-President|Vice-Chairman)
        | Question|Answer|Spokesman|Spokeswoman|Spokesperson|Moderator|Interviewer|Host|Reporter|Journalist|Correspondent|Participant|Audience[ ]member
        | (?<caps>(?<name>[A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,3}|[QA]))
        )
        (?:[ ]?\([^()\r\n]{1,80}\)){0,3}
        [ ]?:(?=\s|$)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Label();

    /// <summary>How the words reached the record, not who said them: "(spoke in French)", "(interpretation from Arabic)".</summary>
    [GeneratedRegex(@"\s*\((?:spoke|speaking|interpretation|interpreted|translated|through|in)\b[^()]*\)", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex HowSpoken();

    [GeneratedRegex(@"^(?:\d{1,3}[ ]?\.|\(?[a-z]\))\s+", RegexOptions.None, 1000)]
    private static partial Regex ParagraphNumber();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Whitespace();
}
