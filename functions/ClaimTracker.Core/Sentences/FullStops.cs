using ClaimTracker.Core.Text;
using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Sentences;

/// <summary>
/// Whether a single full stop, followed by a space and something that could open a sentence,
/// ends its sentence. Ordinary words, numbers and addresses end one (<c>$100.00. It</c>,
/// <c>awesome_content.html. Please</c>); titles, connectives and initials do not (<c>Sen. Warren</c>,
/// <c>cf. section 3</c>, <c>Albert I. Jones</c>); reference words do not before a number
/// (<c>Art. 51</c>). For the rest (<c>Inc.</c>, <c>etc.</c>, <c>U.S.</c>, <c>p.m.</c>) the text
/// decides: a word that usually opens sentences follows, or both sides read as clauses
/// ("He left the bank at 6 P.M. | Mr. Smith then went to the store" but "At 5 a.m. Mr. Smith went",
/// "I work for the U.S. Government in Virginia").
/// </summary>
internal static class FullStops
{
    /// <summary>How far either side of the full stop the evidence of a verb is looked for, which keeps splitting linear.</summary>
    private const int Window = 200;

    /// <summary>Abbreviations that are also words are short ("fig.", "sing."); a word this long before a full stop is a word.</summary>
    private const int MinPlainWordLength = 5;

    public static bool EndsSentence(string text, int sentenceStart, int stop, int next, DocumentVocabulary? vocabulary)
    {
        // Tokenised text detaches the full stop: "Hello Mr . Robinson".
        var wordEnd = stop >= sentenceStart + 2 && text[stop - 1] == ' ' && char.IsLetter(text[stop - 2]) ? stop - 1 : stop;
        var word = AfterSlash(WordBefore(text, wordEnd, sentenceStart));
        var nextWord = WordAt(text, next);
        if (word.IsEmpty || Abbreviations.IsAddressOrNumber(word))
        {
            return true;
        }
        var nextIsNumber = !nextWord.IsEmpty && (char.IsDigit(nextWord[0]) || IsRomanNumeral(nextWord));
        var opens = Abbreviations.OpensSentence(nextWord);
        var measure = FollowsNumber(text, wordEnd - word.Length, sentenceStart) && IsShortLowercase(word);

        if (word.Length == 1 && nextWord.Length == 2 && char.IsLetter(nextWord[0]) && nextWord[1] == '.')
        {
            // Letters spaced out: "5 a. m.", "i. e.", "U. A. E.".
            return false;
        }
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // "you and I. Did you see Albert I. Jones": the pronoun after a lowercase word, else an initial.
            // After an article the letter is a grade or a label, not an initial: "we got an A. Mathematics".
            return opens || (word[0] == 'I' && FollowsLowercaseWord(text, wordEnd - 1)) ||
                (FollowsDeterminer(text, wordEnd - 1, sentenceStart) && !IsKnownName(nextWord, vocabulary));
        }
        if (Abbreviations.IsConnective(word))
        {
            return false;
        }
        if (measure && nextIsNumber)
        {
            // A unit between measures: "5 ft. 3 in. 2 lb. of materials".
            return false;
        }
        if (Abbreviations.IsTitle(word) && !measure)
        {
            // A title goes before a name, never before "The": "Main St. The house was sold."
            return opens;
        }
        if (nextIsNumber && (Abbreviations.GoesBeforeNumbers(word) || Abbreviations.IsAmbiguous(word)))
        {
            return false;
        }
        if (!measure && !IsAbbreviation(word, vocabulary))
        {
            return true;
        }
        if (opens)
        {
            return true;
        }
        // "approx. 40" and "Rs. 3520" go on; after a time or a unit a number may open the next
        // sentence: "7 a.m. is before 7 p.m. | 7 a.m. is before dinner."
        return (!nextIsNumber || Abbreviations.IsDottedShortForm(word)) && ClausesMeet(text, sentenceStart, stop, next, nextWord, vocabulary);
    }

    /// <summary>
    /// Whether a full stop before a lowercase word ends the sentence, as in text that lost a
    /// capital: the word before is a plain English word of some length, no abbreviation
    /// (<c>inflammatory lesions. to investigate</c>, not <c>an inf. of the</c> or <c>lett. that</c>),
    /// and the word after is a word that can open a sentence (not "and", "of", "is").
    /// </summary>
    public static bool EndsBeforeLowercase(string text, int sentenceStart, int stop, int next)
    {
        var word = WordBefore(text, stop, sentenceStart);
        if (word.Length < MinPlainWordLength || word.ContainsAnyExceptInRange('a', 'z') || stop - word.Length <= sentenceStart)
        {
            return false;
        }
        var lower = word.ToString();
        if (!EnglishWords.Contains(lower) || Abbreviations.IsAmbiguous(word) || Abbreviations.GoesBeforeNumbers(word) || Abbreviations.IsTitle(word))
        {
            return false;
        }
        var nextWord = Letters(WordAt(text, next)).ToString();
        var joins = WordClasses.Conjunctions.Contains(nextWord) || WordClasses.Auxiliaries.Contains(nextWord) || nextWord is "of" or "than" or "as";
        return !joins && (WordClasses.IsFunctionWord(nextWord) || EnglishWords.Contains(nextWord));
    }

    /// <summary>"Route 171/U.S": of words joined by a slash the last is the one the full stop follows.</summary>
    private static ReadOnlySpan<char> AfterSlash(ReadOnlySpan<char> word)
    {
        var slash = word.LastIndexOf('/');
        return slash >= 0 && Abbreviations.IsDottedShortForm(word[(slash + 1)..]) ? word[(slash + 1)..] : word;
    }

    /// <summary><c>II</c>, <c>IV</c>, <c>XII</c> (not the pronoun "I"): what "Vol." and "Part" number with.</summary>
    private static bool IsRomanNumeral(ReadOnlySpan<char> word)
    {
        var letters = Letters(word);
        return letters.Length is >= 2 and <= 5 && !letters.ContainsAnyExcept("IVXLC");
    }

    /// <summary>A unit of measure written short: "3 ft.", "12 in.", "5 km." — short, lowercase, after a number.</summary>
    private static bool IsShortLowercase(ReadOnlySpan<char> word) => word.Length <= 3 && !word.ContainsAnyExceptInRange('a', 'z');

    /// <summary>Whether the word starting at <paramref name="wordStart"/> follows a number: "3 ft".</summary>
    private static bool FollowsNumber(string text, int wordStart, int sentenceStart)
    {
        var i = wordStart - 1;
        if (i <= sentenceStart || text[i] != ' ')
        {
            return false;
        }
        return char.IsDigit(text[i - 1]);
    }

    /// <summary>
    /// "… at Yahoo! Research extended our work": an exclamation mark after a name inside a
    /// sentence, before another capitalised word, may belong to the name. It ends the sentence when
    /// a sentence opener follows or both sides read as clauses ("I love Paris! Everyone does.").
    /// </summary>
    public static bool ExclamationEndsSentence(string text, int sentenceStart, int mark, int next, DocumentVocabulary? vocabulary)
    {
        var word = WordBefore(text, mark, sentenceStart);
        var nextWord = WordAt(text, next);
        var insideSentence = mark - word.Length - sentenceStart > 1;
        if (word.IsEmpty || !char.IsUpper(word[0]) || !insideSentence || nextWord.IsEmpty || !char.IsUpper(nextWord[0]) || Abbreviations.OpensSentence(nextWord))
        {
            return true;
        }
        return ClausesMeet(text, sentenceStart, mark, next, nextWord, vocabulary);
    }

    /// <summary><c>U.S.</c>, <c>Inc.</c>, <c>v.</c>, <c>Rs.</c>: a word whose full stop may be its own.</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> word, DocumentVocabulary? vocabulary) =>
        Abbreviations.IsDottedShortForm(word) || Abbreviations.IsAmbiguous(word) ||
        (word.Length == 1 && char.IsLower(word[0])) ||
        (Abbreviations.LooksAbbreviated(word) && !(vocabulary?.WritesWithoutFullStop(word.ToString()) ?? false));

    /// <summary>
    /// After an abbreviation that may end a sentence, a capitalised word opens the next one when
    /// what follows reads as a clause and so does the text so far: a sentence without a verb is
    /// not done ("At 5 a.m. Mr. Smith went"), and a capital in a verbless run is a name going on
    /// ("the U.S. Government in Virginia"). The document's own words weigh in: a word it always
    /// capitalises inside sentences is a name and goes on ("the U.S. Congress"); one it also writes
    /// in lowercase is a common word, capitalised here because it opens a sentence, which stands in
    /// for a verb the clause test could not see on one side.
    /// </summary>
    private static bool ClausesMeet(string text, int sentenceStart, int stop, int next, ReadOnlySpan<char> nextWord, DocumentVocabulary? vocabulary)
    {
        var nextLetters = Letters(nextWord).ToString();
        // Only a whole word tells the document's evidence: not "P" of "P.D.T.", nor a title or a number.
        var wholeWord = nextLetters.Length >= 2 && (nextLetters.Length == nextWord.Length || nextWord[nextLetters.Length] != '.');
        var judged = vocabulary is not null && wholeWord && !Abbreviations.IsTitle(nextLetters);
        if (judged && vocabulary!.IsName(nextLetters))
        {
            return false;
        }
        var common = judged && vocabulary!.WritesInLowercase(nextLetters);
        var leftIsClause = ClauseShape.HasVerb(WithoutQuotations(text[Math.Max(sentenceStart, stop - Window)..stop]));
        var rightIsClause = ClauseShape.HasVerb(text[next..ClauseEnd(text, next)]);
        return rightIsClause ? leftIsClause || common : leftIsClause && common;
    }

    /// <summary>
    /// Where the clause opening at <paramref name="start"/> plausibly ends: a terminator after a
    /// lowercase word of three letters or more, which an abbreviation ("Mr.", "P.M.") never is.
    /// </summary>
    private static int ClauseEnd(string text, int start)
    {
        var limit = Math.Min(text.Length, start + Window);
        var letters = 0;
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (TextChars.IsSentenceTerminator(c) && (c != '.' || letters >= 3))
            {
                return i;
            }
            letters = char.IsLower(c) ? letters + 1 : 0;
        }
        return limit;
    }

    /// <summary>
    /// The text with its quotations blanked out: a verb quoted ("On the day "they all left" at
    /// 6 a.m.") is not the verb of the sentence around it.
    /// </summary>
    private static string WithoutQuotations(string text)
    {
        var open = text.IndexOfAny(['"', '\u201C']);
        if (open < 0)
        {
            return text;
        }
        var blanked = text.ToCharArray();
        while (open >= 0 && open + 1 < text.Length)
        {
            var close = text.IndexOfAny(['"', '\u201D'], open + 1);
            if (close < 0)
            {
                break;
            }
            Array.Fill(blanked, ' ', open, close + 1 - open);
            open = close + 1 < text.Length ? text.IndexOfAny(['"', '\u201C'], close + 1) : -1;
        }
        return new string(blanked);
    }

    /// <summary>Whether the word before the letter at <paramref name="letter"/> is an article or another determiner: "an A", "the B".</summary>
    private static bool FollowsDeterminer(string text, int letter, int sentenceStart)
    {
        var end = letter;
        while (end > sentenceStart && text[end - 1] == ' ')
        {
            end--;
        }
        if (end == letter)
        {
            return false;
        }
        var previous = WordBefore(text, end, sentenceStart);
        return WordClasses.Determiners.Contains(previous.ToString().ToLowerInvariant());
    }

    /// <summary>Whether the document writes <paramref name="word"/> only capitalised inside sentences: a name an initial goes before.</summary>
    private static bool IsKnownName(ReadOnlySpan<char> word, DocumentVocabulary? vocabulary)
    {
        var letters = Letters(word);
        return vocabulary is not null && letters.Length >= 2 && vocabulary.IsName(letters.ToString());
    }

    /// <summary>Whether the word before the one at <paramref name="letter"/> is written in lowercase: "you and I", not "Albert I".</summary>
    private static bool FollowsLowercaseWord(string text, int letter)
    {
        var end = letter;
        while (end > 0 && letter - end < 3 && text[end - 1] == ' ')
        {
            end--;
        }
        var start = end;
        while (start > 0 && end - start < 40 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return end < letter && start < end && char.IsLower(text[start]);
    }

    /// <summary>The word ending just before <paramref name="end"/>, e.g. <c>Mr</c>, <c>U.S</c>, <c>N</c>, <c>content.html</c>, <c>won't</c>.</summary>
    internal static ReadOnlySpan<char> WordBefore(string text, int end, int floor = 0)
    {
        var start = end;
        while (start > floor && end - start < 40 && !char.IsWhiteSpace(text[start - 1]) && !(TextChars.IsOpener(text[start - 1]) && !IsApostrophe(text, start - 1)))
        {
            start--;
        }
        return text.AsSpan(start, end - start);
    }

    /// <summary>A straight quote between letters is an apostrophe inside a word ("won't", "O'Neill"), not a quotation opening.</summary>
    private static bool IsApostrophe(string text, int index) =>
        text[index] == '\'' && index > 0 && index + 1 < text.Length && char.IsLetter(text[index - 1]) && char.IsLetter(text[index + 1]);

    internal static ReadOnlySpan<char> WordAt(string text, int start)
    {
        while (start < text.Length && TextChars.IsOpener(text[start]))
        {
            start++;
        }
        var end = start;
        while (end < text.Length && end - start < 24 && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        return text.AsSpan(start, end - start);
    }

    private static ReadOnlySpan<char> Letters(ReadOnlySpan<char> word)
    {
        var end = 0;
        while (end < word.Length && char.IsLetter(word[end]))
        {
            end++;
        }
        return word[..end];
    }
}
