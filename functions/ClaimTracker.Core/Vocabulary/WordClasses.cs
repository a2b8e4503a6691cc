using System.Collections.Frozen;

namespace ClaimTracker.Core.Vocabulary;

/// <summary>
/// The closed word classes that decide whether two broken pieces of a sentence can meet: a
/// sentence cannot end on "the" or "of", "the" cannot be followed by "in", an adjective such as
/// "socioeconomic" wants a noun after it, not a preposition.
/// </summary>
public static class WordClasses
{
    public static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "every", "each", "any", "some", "no", "both", "such", "whose", "another");

    public static readonly FrozenSet<string> Prepositions = Set(
        "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "onto", "over", "under", "about",
        "against", "between", "among", "through", "during", "before", "after", "without", "within", "upon",
        "across", "along", "around", "behind", "beyond", "towards", "toward", "via", "per", "than", "as",
        "amid", "despite", "regarding", "concerning", "including", "since", "until", "throughout");

    public static readonly FrozenSet<string> Conjunctions = Set(
        "and", "or", "but", "nor", "yet", "while", "whereas", "because", "although", "though", "if", "that",
        "which", "who", "whom", "where", "when", "whether", "unless");

    public static readonly FrozenSet<string> Auxiliaries = Set(
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not");

    public static readonly FrozenSet<string> SubjectPronouns = Set("i", "we", "you", "he", "she", "it", "they");

    public static readonly FrozenSet<string> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december");

    /// <summary>One- and two-letter English words; the word list holds only longer ones.</summary>
    public static readonly FrozenSet<string> ShortWords = Set(
        "a", "i", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no",
        "of", "on", "or", "so", "to", "up", "us", "we", "am", "oh", "ok");

    /// <summary>Common verbs whose past tense does not end in -ed, so a clause using them is still seen to have a verb.</summary>
    public static readonly FrozenSet<string> IrregularVerbs = Set(
        "said", "says", "say", "made", "makes", "took", "takes", "gave", "gives", "put", "puts", "met", "meets",
        "held", "holds", "led", "leads", "sent", "sends", "went", "goes", "came", "comes", "became", "becomes",
        "began", "begins", "brought", "kept", "left", "told", "tells", "thought", "found", "got", "saw", "sees",
        "stood", "won", "lost", "paid", "set", "spoke", "speaks", "wrote", "writes", "knew", "knows", "chose",
        "built", "fought", "struck", "shot", "ran", "runs", "showed", "shows", "gets", "remains", "seems",
        "needs", "wants", "calls", "adds", "notes", "stresses", "expects", "believes", "considers");

    /// <summary>Function words: a sentence broken after one of them must go on.</summary>
    public static bool IsFunctionWord(string lowercaseWord) =>
        Determiners.Contains(lowercaseWord) || Prepositions.Contains(lowercaseWord) ||
        Conjunctions.Contains(lowercaseWord) || Auxiliaries.Contains(lowercaseWord);

    /// <summary>Words that cannot directly follow a determiner: "the of", "the and".</summary>
    public static bool CannotFollowDeterminer(string lowercaseWord) =>
        Determiners.Contains(lowercaseWord) || Prepositions.Contains(lowercaseWord) ||
        Conjunctions.Contains(lowercaseWord) || Auxiliaries.Contains(lowercaseWord);

    /// <summary>By its ending, most likely an adjective: <c>socioeconomic</c>, <c>national</c>, <c>serious</c>, <c>active</c>.</summary>
    public static bool LooksAdjectival(string lowercaseWord) =>
        lowercaseWord.Length > 4 &&
        (lowercaseWord.EndsWith("ic", StringComparison.Ordinal) || lowercaseWord.EndsWith("ical", StringComparison.Ordinal) ||
         lowercaseWord.EndsWith("ous", StringComparison.Ordinal) || lowercaseWord.EndsWith("ive", StringComparison.Ordinal) ||
         lowercaseWord.EndsWith("ful", StringComparison.Ordinal) || lowercaseWord.EndsWith("less", StringComparison.Ordinal) ||
         lowercaseWord.EndsWith("able", StringComparison.Ordinal) || lowercaseWord.EndsWith("ible", StringComparison.Ordinal) ||
         lowercaseWord.EndsWith("al", StringComparison.Ordinal));

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
