using System.Collections.Frozen;
using ClaimTracker.Core.Text;
using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Layout;

/// <summary>
/// The paragraph structure of a resolution or decision: the line naming the body that acts
/// ("The General Assembly,", "The Security Council,"), preambular paragraphs opened by a
/// participle or an adjective of mind, possibly after an adverb ("Recalling …,", "Deeply
/// concerned …,", "Bearing in mind …,", "Mindful …,"), and numbered operative paragraphs
/// ("1. Decides …;"). Their paragraphs end in commas and semicolons, so the opening of each, not
/// its punctuation, says where it starts; and a comma at its end breaks nothing.
/// </summary>
internal static class ResolutionParagraphs
{
    /// <summary>The body line names one of these: "The Human Rights Council,", "The Conference of the Parties,".</summary>
    private static readonly FrozenSet<string> Bodies = new[]
    {
        "assembly", "council", "commission", "conference", "committee", "board", "parties", "meeting", "summit", "court",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lowercase words a body's name may hold between its capitalised ones.</summary>
    private static readonly FrozenSet<string> NameJoiners = new[] { "of", "on", "and", "the", "for", "to" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Adjectives of a state of mind that open preambular paragraphs without being participles
    /// ("Aware that…", "Mindful of…"): the drafting conventions of resolutions, not any one text.
    /// </summary>
    private static readonly FrozenSet<string> MindAdjectives = new[]
    {
        "aware", "mindful", "conscious", "cognizant", "cognisant", "desirous", "anxious", "confident", "fearful",
        "sensible", "apprehensive", "resolved", "determined", "convinced", "concerned", "alarmed", "dismayed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adverbs that are not "-ly" but qualify a preambular participle ("Further recalling", "Also noting").</summary>
    private static readonly FrozenSet<string> PreambleAdverbs = new[] { "further", "also", "again", "once" }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxBodyLineWords = 10;

    /// <summary>
    /// Whether the text reads as a resolution: it has a body line, or two lines that open a
    /// preambular paragraph and end it with a comma. Prose may open one line on a participle;
    /// only resolutions keep doing it.
    /// </summary>
    public static bool IsResolutionText(string text, IEnumerable<TextSpan> lines)
    {
        var preambles = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }
            if (IsBodyLine(text, line))
            {
                return true;
            }
            if (text[line.End - 1] == ',' && OpensPreamble(text, line) && ++preambles >= 2)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"The General Assembly,": a short line of a capitalised name that ends in a comma, naming a body.</summary>
    public static bool IsBodyLine(string text, TextSpan line)
    {
        if (line.Length < 6 || text[line.End - 1] != ',' || !text.AsSpan(line.Start).StartsWith("The ", StringComparison.Ordinal))
        {
            return false;
        }
        var words = text.Substring(line.Start, line.Length - 1).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > MaxBodyLineWords)
        {
            return false;
        }
        var namesBody = false;
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            if (!char.IsUpper(word[0]) && !NameJoiners.Contains(lower))
            {
                return false;
            }
            namesBody |= Bodies.Contains(lower);
        }
        return namesBody;
    }

    /// <summary>
    /// Whether the line opens a preambular paragraph: a capitalised participle ("Recalling",
    /// "Taking note", "Convinced", "Having considered") or adjective of mind, possibly after an
    /// adverb ("Deeply concerned", "Further recalling", "Noting also" reads as "Noting").
    /// </summary>
    public static bool OpensPreamble(string text, TextSpan line)
    {
        var first = TextChars.LeadingWord(text, line.Start);
        if (first.Length < 4 || !char.IsUpper(first[0]) || !first.Skip(1).All(char.IsLower))
        {
            return false;
        }
        var lower = first.ToLowerInvariant();
        var secondStart = line.Start + first.Length;
        while (secondStart < line.End && text[secondStart] == ' ')
        {
            secondStart++;
        }
        var second = secondStart < line.End ? TextChars.LeadingWord(text, secondStart) : "";
        if (IsParticipleOrMind(lower))
        {
            // "Recalling General Assembly resolution …" names what it recalls; "United Nations" is a name, not "Convinced that".
            return lower.EndsWith("ing", StringComparison.Ordinal) || second.Length == 0 || char.IsLower(second[0]);
        }
        if (!lower.EndsWith("ly", StringComparison.Ordinal) && !PreambleAdverbs.Contains(lower))
        {
            return false;
        }
        return second.Length >= 4 && second.All(char.IsLower) && IsParticipleOrMind(second);
    }

    /// <summary>
    /// An adjective of mind, or an English participle: not a preposition ("During", "Including")
    /// and not a name that happens to end like one ("Beijing", "Reading").
    /// </summary>
    private static bool IsParticipleOrMind(string lower) =>
        MindAdjectives.Contains(lower) ||
        (lower.Length > 5 && (lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ed", StringComparison.Ordinal)) &&
         !WordClasses.IsFunctionWord(lower) && EnglishWords.Contains(lower));
}
