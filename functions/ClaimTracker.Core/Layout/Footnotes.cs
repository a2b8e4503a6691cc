using System.Globalization;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Layout;

/// <summary>
/// Footnotes printed at a page's foot, which text extracted from a PDF puts between the halves of
/// a sentence that runs on to the next page:
/// <code>
///   … had been taken by the committee, of which the
///   59 See A/RES/67/19, para. 3.              ← footnote 59, referenced above as "programme.59"
///   60 S/PV.4567, p. 4                        ← the next number: the next footnote
///   12                                        ← page number: the page's foot
///   Deputy Prime Minister was a member …
/// </code>
/// A footnote opens on a number (or superscript digits) and a space, the number the text above
/// it has glued to a word or mark as a reference (<c>programme.59</c>, <c>Iraq”59</c>, <c>world¹</c>),
/// or one more than the footnote before it; it runs on over its lines to the next such
/// number, and the notes end where the page does: a blank line, a page break, page furniture,
/// the end of the text. Numbers at a line's start that no reference announced, or that are
/// not followed by the page's end, are the text ("90 days to facilitate…"). A reference found
/// this way is no part of its sentence: it is returned as a marker to cut.
/// </summary>
internal static partial class Footnotes
{
    /// <summary>A page's notes take at most this many lines: more, and the "notes" are the text.</summary>
    private const int MaxNoteLines = 24;

    /// <summary>A note's reference is printed on its page: at most this many characters before the note.</summary>
    private const int MaxReferenceDistance = 12_000;

    public static FootnoteLines Find(string text, IReadOnlyList<(TextSpan Span, bool PageBreakAfter)> lines, Func<int, bool> isFurniture)
    {
        var references = GluedReferences(text);
        var found = new FootnoteLines();
        var previousEnd = 0;
        for (var n = 0; n < lines.Count; n++)
        {
            if (NoteNumber(text, lines[n].Span) is not { } number)
            {
                continue;
            }
            var zoneStart = lines[n].Span.Start;
            var reference = ReferenceBefore(references, number.Value, zoneStart, previousEnd);
            // A superscript opening a line is a note's mark whether or not the reference survived extraction.
            if ((reference is null && !number.Superscript) || NotesFrom(text, lines, n, number.Value, isFurniture) is not { } notes)
            {
                continue;
            }
            foreach (var (line, value, opens) in notes)
            {
                found.Lines.Add(line);
                if (opens)
                {
                    found.Openings.Add(line);
                    if (ReferenceBefore(references, value, zoneStart, previousEnd) is { } marker)
                    {
                        found.Markers.Add(new Artefact(marker, ArtefactKind.ReferenceMarker));
                    }
                }
            }
            n = notes[^1].Line;
            previousEnd = lines[n].Span.End;
        }
        found.Markers.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    /// <summary>
    /// The notes from line <paramref name="n"/> to the page's end, each line with the note it
    /// belongs to and whether it opens it; null when the page does not end within reach.
    /// </summary>
    private static List<(int Line, int Number, bool Opens)>? NotesFrom(string text, IReadOnlyList<(TextSpan Span, bool PageBreakAfter)> lines, int n, int number, Func<int, bool> isFurniture)
    {
        var notes = new List<(int Line, int Number, bool Opens)> { (n, number, true) };
        var current = number;
        for (var m = n; ; m++)
        {
            if (lines[m].PageBreakAfter || m + 1 == lines.Count || lines[m + 1].Span.Length == 0 || isFurniture(m + 1))
            {
                return notes;
            }
            if (m + 1 - n >= MaxNoteLines)
            {
                return null;
            }
            var next = NoteNumber(text, lines[m + 1].Span);
            var opens = next is { } following && following.Value == current + 1;
            current = opens ? current + 1 : current;
            notes.Add((m + 1, current, opens));
        }
    }

    /// <summary>The last reference to note <paramref name="number"/> between <paramref name="after"/> and <paramref name="before"/>, not too far back.</summary>
    private static TextSpan? ReferenceBefore(Dictionary<int, List<TextSpan>> references, int number, int before, int after)
    {
        if (!references.TryGetValue(number, out var at))
        {
            return null;
        }
        var i = Sorted.FirstAtOrAfter(at, before, s => s.Start) - 1;
        return i >= 0 && at[i].Start >= after && before - at[i].Start <= MaxReferenceDistance ? at[i] : null;
    }

    /// <summary>The note number opening a line ("59 See …", "¹ S/PV.4567"), if the line reads like a note.</summary>
    private static (int Value, bool Superscript)? NoteNumber(string text, TextSpan line)
    {
        if (line.Length == 0)
        {
            return null;
        }
        var match = NoteOpening().Match(text, line.Start, line.Length);
        if (!match.Success)
        {
            return null;
        }
        var digits = match.Groups["digits"];
        return digits.Success
            ? (int.Parse(digits.ValueSpan, CultureInfo.InvariantCulture), false)
            : (SuperscriptValue(match.Groups["superscript"].ValueSpan), true);
    }

    /// <summary>Every number glued to a word or mark as a note's reference, by its value: one pass over the text.</summary>
    private static Dictionary<int, List<TextSpan>> GluedReferences(string text)
    {
        var references = new Dictionary<int, List<TextSpan>>();
        for (var match = GluedReference().Match(text); match.Success; match = match.NextMatch())
        {
            if (InsideSymbol(text, match.Index))
            {
                continue;
            }
            var digits = match.Groups["digits"];
            var value = digits.Success ? int.Parse(digits.ValueSpan, CultureInfo.InvariantCulture) : SuperscriptValue(match.Groups["superscript"].ValueSpan);
            if (!references.TryGetValue(value, out var at))
            {
                references[value] = at = [];
            }
            at.Add(new TextSpan(match.Index, match.Index + match.Length));
        }
        return references;
    }

    /// <summary>"A/46/PV.7", "S/2020/1.5": digits after a full stop inside a document symbol are the symbol's.</summary>
    private static bool InsideSymbol(string text, int at)
    {
        for (var i = at - 1; i >= 0 && at - i < 40 && !char.IsWhiteSpace(text[i]); i--)
        {
            if (text[i] == '/')
            {
                return true;
            }
        }
        return false;
    }

    private static int SuperscriptValue(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = value * 10 + SuperscriptDigits.IndexOf(c, StringComparison.Ordinal);
        }
        return value;
    }

    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>
    /// A note's reference glued to what it marks: digits after a lowercase letter (<c>programme60</c>),
    /// a mark after a word (<c>programme.60</c>, <c>region.”59</c>, <c>…”81</c>, <c>(1991).64</c>, a
    /// hair space allowed), after a number's full stop where a sentence or the line ends after it
    /// (<c>in 1993.68 The</c>, never <c>1.8 million</c>), or superscript digits anywhere; never in a word.
    /// </summary>
    [GeneratedRegex(@"(?:(?<=\p{Ll})|(?<=[\p{L})\]”’""'][.,;:!?])|(?<=[\p{L}.,;:!?\u2026][”’""')\]])|(?<=\d[.;:](?=\d{1,3}(?:[ \t]+[\p{Lu}“""‘(]|[ \t]*[\r\n\f]|[ \t]*$))))[\u2009\u200A\u202F]?(?<digits>\d{1,3})(?![\p{L}\p{N}]|[.,]\d)|(?<=\S)(?<superscript>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![\p{L}\p{N}])",
        RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex GluedReference();

    /// <summary>"59 See …", "59  Review …", "¹ S/PV.4567", "¹S/PV.4567": a number of up to three digits and a space, or superscript digits, then the note.</summary>
    [GeneratedRegex(@"\G(?:(?<digits>\d{1,3})[ \t\u00A0]+|(?<superscript>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})[ \t\u00A0]*)(?=[\p{L}\p{N}“""‘'(\[])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoteOpening();
}

/// <summary>The footnotes of a text: which lines open a note, which lines belong to one, and the references to cut from the text.</summary>
internal sealed class FootnoteLines
{
    public HashSet<int> Openings { get; } = [];

    public HashSet<int> Lines { get; } = [];

    /// <summary>The references in the text, in text order.</summary>
    public List<Artefact> Markers { get; } = [];

    public bool Opens(int line) => Openings.Contains(line);

    public bool Holds(int line) => Lines.Contains(line);
}
