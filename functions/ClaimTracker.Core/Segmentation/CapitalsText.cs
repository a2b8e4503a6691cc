using ClaimTracker.Core.Sentences;
using ClaimTracker.Core.Text;
using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Segmentation;

/// <summary>
/// Text set all in capitals (typewritten cables, communiqués, old verbatim records) hides the
/// evidence sentence boundaries rest on: after "U.S." or "H.E." every word is capitalised. So the
/// sentence splitter reads such text in the case mixed-case text would have, restored from the
/// vocabulary and the clause, with every character kept in its place (only case changes, so the
/// sentences found map one to one onto the original): common English words in lowercase, names and
/// acronyms in capitals, a sentence's first word capitalised. Where a full stop follows an
/// ordinary word, the next word opens a sentence; after an abbreviation or an initial only a
/// pronoun, a determiner or a name keeps its capital, so "THE U.S. DELEGATION" reads as
/// "the U.S. delegation" and "MR. J. HALVERSON" as "Mr. J. Halverson".
/// </summary>
internal static class CapitalsText
{
    /// <summary>A stray lowercase letter (a unit such as "km", OCR noise) does not make capitals text mixed.</summary>
    private const double MinCapitalShare = 0.95;

    /// <summary>A short line in capitals is a heading or a label, read as it is.</summary>
    private const int MinLetters = 40;

    /// <summary>Whether the text is set in capitals: long enough to be prose, and its letters nearly all capitals.</summary>
    public static bool IsInCapitals(string text)
    {
        int upper = 0, lower = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }
        return upper + lower >= MinLetters && upper >= (upper + lower) * MinCapitalShare;
    }

    /// <summary>The text in the case mixed-case writing would give it, the same length, character for character.</summary>
    public static string InMixedCase(string text)
    {
        var cased = text.ToCharArray();
        var previousWord = "";
        // Whether the word before (and the initials chained to it, "H.E.") opened its sentence.
        var previousOpened = false;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }
            var word = text[start..i];
            var lower = word.ToLowerInvariant();
            var afterMark = OpensSentence(text, start, previousWord);
            var opened = afterMark && (previousWord.Length == 0 || !(previousOpened && previousWord.Length == 1) && Opens(text, start, previousWord));
            var form = word.Length == 1 ? Form.AsWritten
                : Abbreviations.IsTitle(word) && i < text.Length && text[i] == '.' ? Form.Capitalised
                : afterMark ? FormAfterFullStop(text, start, previousWord, previousOpened, lower)
                : IsCommonWord(lower) ? Form.Lowercase
                : Form.AsWritten;
            Apply(cased, start, i, form);
            previousOpened = opened || (previousOpened && word.Length == 1 && afterMark);
            previousWord = word;
        }
        return new string(cased);
    }

    private enum Form
    {
        AsWritten,
        Lowercase,
        Capitalised,
    }

    /// <summary>Whether the word comes first in the text or right after a sentence mark (past closing quotes and brackets).</summary>
    private static bool OpensSentence(string text, int start, string previousWord)
    {
        var before = start - 1;
        while (before >= 0 && (char.IsWhiteSpace(text[before]) || TextChars.IsOpener(text[before]) || TextChars.IsCloser(text[before])))
        {
            before--;
        }
        return previousWord.Length == 0 || (before >= 0 && TextChars.IsSentenceTerminator(text[before]));
    }

    /// <summary>
    /// After "!" or "?", a number, or a word that is no abbreviation, and its full stop, a sentence
    /// opens. After an abbreviation or an initial it opens only on a pronoun or determiner, and not
    /// when the abbreviation itself opened the sentence ("H.E. THE AMBASSADOR" is no sentence "H.E.");
    /// a name keeps its capital there, and a common word goes on in lowercase.
    /// </summary>
    private static Form FormAfterFullStop(string text, int start, string previousWord, bool previousOpened, string lower)
    {
        if (Opens(text, start, previousWord))
        {
            return Form.Capitalised;
        }
        var opener = WordClasses.SubjectPronouns.Contains(lower) || WordClasses.Determiners.Contains(lower);
        return (opener && !previousOpened) || !IsCommonWord(lower) ? Form.Capitalised : Form.Lowercase;
    }

    /// <summary>Whether the sentence mark before the word at <paramref name="start"/> ends a sentence whatever follows.</summary>
    private static bool Opens(string text, int start, string previousWord)
    {
        var mark = start - 1;
        while (mark >= 0 && !TextChars.IsSentenceTerminator(text[mark]))
        {
            mark--;
        }
        return previousWord.Length == 0 || (mark >= 0 && text[mark] != '.') || (mark > 0 && char.IsDigit(text[mark - 1])) ||
               !(IsShortForm(previousWord) || Abbreviations.LooksAbbreviated(previousWord.ToLowerInvariant()));
    }

    private static bool IsCommonWord(string lower) =>
        lower.Length > 1 && (WordClasses.ShortWords.Contains(lower) || WordClasses.IsFunctionWord(lower) || EnglishWords.Contains(lower));

    private static bool IsShortForm(string word) =>
        word.Length == 1 || Abbreviations.IsTitle(word) || Abbreviations.GoesBeforeNumbers(word) || Abbreviations.IsAmbiguous(word) || Abbreviations.IsConnective(word);

    private static void Apply(char[] cased, int start, int end, Form form)
    {
        for (var k = start; k < end; k++)
        {
            cased[k] = form switch
            {
                Form.Lowercase => char.ToLowerInvariant(cased[k]),
                Form.Capitalised => k == start ? char.ToUpperInvariant(cased[k]) : char.ToLowerInvariant(cased[k]),
                _ => cased[k],
            };
        }
    }
}
