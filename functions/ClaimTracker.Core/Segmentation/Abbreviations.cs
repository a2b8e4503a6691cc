namespace ClaimTracker.Core.Segmentation;

/// <summary>
/// Words whose full stop does not end a sentence. Lists are by behaviour, not by spelling:
/// titles never end a sentence, reference words only before a number, and dotted short forms
/// (<c>U.S.</c>, <c>etc.</c>) end one only when an ordinary sentence opener follows.
/// </summary>
internal static class Abbreviations
{
    /// <summary><c>Mr. Aliyev</c>, <c>St. Petersburg</c>, <c>Gen. Smith</c>.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "mssrs", "messrs", "dr", "prof", "st", "mt", "ft", "gen", "col", "lt", "capt", "cpt",
        "sgt", "maj", "adm", "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "sr", "mme", "mlle",
        "vs", "v", "cf", "viz", "approx", "ca", "al", "dept", "univ", "assn", "bros", "cie", "esq", "fr",
    };

    /// <summary><c>No. 5</c>, <c>Art. 51</c>, <c>Oct. 17</c>, <c>p. 12</c>.</summary>
    private static readonly HashSet<string> BeforeNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "nr", "art", "arts", "para", "paras", "sec", "secs", "ch", "chap", "fig", "figs", "vol",
        "vols", "p", "pp", "op", "ex", "res", "doc", "ref", "tel", "ed", "eds", "rev", "suppl", "add", "corr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary><c>Acme Inc. said</c> but <c>… and Acme Inc. The board</c>.</summary>
    private static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc", "inc", "ltd", "co", "corp", "jr", "plc", "llc", "bros", "cie",
    };

    /// <summary>Words that usually open a sentence, so a preceding ambiguous abbreviation ends one.</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "As", "He", "She", "We", "They",
        "I", "A", "An", "But", "However", "And", "Or", "So", "Yet", "There", "Then", "Thus", "Therefore",
        "Meanwhile", "Moreover", "Furthermore", "Also", "After", "Before", "When", "While", "If", "For", "From",
        "According", "Since", "During", "Our", "His", "Her", "Their", "What", "Why", "How", "Who", "Where",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup = BeforeNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AmbiguousLookup = Ambiguous.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpenerLookup = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the full stop after <paramref name="word"/> (the word as written, without the
    /// final full stop) does not end a sentence, given the word that follows it.
    /// </summary>
    public static bool KeepsSentenceOpen(ReadOnlySpan<char> word, ReadOnlySpan<char> nextWord)
    {
        if (word.IsEmpty)
        {
            return false;
        }
        var nextIsNumber = !nextWord.IsEmpty && char.IsDigit(nextWord[0]);
        var nextOpensSentence = SentenceOpenerLookup.Contains(TrimWord(nextWord));

        // A single capital is an initial: "N. Pashinyan", "J. R. R. Tolkien".
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return !nextOpensSentence;
        }
        // Dotted short forms: "U.S.", "e.g.", "a.m.".
        if (word.Contains('.'))
        {
            return char.IsLower(word[0]) || !nextOpensSentence;
        }

        if (TitleLookup.Contains(word))
        {
            return true;
        }
        if (BeforeNumberLookup.Contains(word) && nextIsNumber)
        {
            return true;
        }
        return AmbiguousLookup.Contains(word) && !nextOpensSentence;
    }

    private static ReadOnlySpan<char> TrimWord(ReadOnlySpan<char> word)
    {
        var end = 0;
        while (end < word.Length && char.IsLetter(word[end]))
        {
            end++;
        }
        return word[..end];
    }
}
