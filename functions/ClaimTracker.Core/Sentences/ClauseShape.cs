using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Sentences;

/// <summary>
/// Whether a short piece of text reads as a clause (it has a finite verb) or as a noun phrase.
/// Subheads are noun phrases ("Negotiations on the cessation of the occupation"); captions and
/// claims are clauses ("the President addressed the people"). Without a tagger the evidence
/// is an auxiliary or modal, a subject pronoun, a common irregular verb, a past tense in -ed
/// after anything but a determiner or preposition, or an -s verb right after a name ("Armenia rejects").
/// </summary>
public static class ClauseShape
{
    public static bool HasVerb(string text)
    {
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant();
            if ((WordClasses.Auxiliaries.Contains(lower) && lower != "not") || WordClasses.SubjectPronouns.Contains(lower) ||
                WordClasses.IrregularVerbs.Contains(lower) || IsVerbContraction(lower))
            {
                return true;
            }
            if (i == 0)
            {
                // A headline may open on a participle: "Stepped up provocations…".
                continue;
            }
            var previous = words[i - 1];
            var previousLower = previous.ToLowerInvariant();
            if (lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) &&
                !WordClasses.Determiners.Contains(previousLower) && !WordClasses.Prepositions.Contains(previousLower))
            {
                return true;
            }
            if (char.IsUpper(previous[0]) && !IsPossessive(previous) && char.IsLower(word[0]) &&
                !WordClasses.Determiners.Contains(previousLower) &&
                lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary><c>didn't</c>, <c>I'm</c>, <c>they'll</c>, <c>we've</c>: a contracted auxiliary is a verb ("'s" may be a possessive).</summary>
    private static bool IsVerbContraction(string lower)
    {
        var apostrophe = lower.LastIndexOfAny(['\'', '’']);
        return apostrophe > 0 && lower[(apostrophe + 1)..] is "t" or "m" or "re" or "ve" or "ll" or "d";
    }

    private static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith('\'') || word.EndsWith('’');

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || ((text[i] is '\'' or '’' or '-') && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }
            if (i < text.Length && text[i] is '\'' or '’')
            {
                i++;
            }
            words.Add(text[start..i]);
        }
        return words;
    }
}
