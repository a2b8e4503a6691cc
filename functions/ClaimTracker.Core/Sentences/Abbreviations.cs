using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Sentences;

/// <summary>
/// What a word before a full stop is. Lists are by behaviour, not by spelling: titles go before a
/// name and never end a sentence, reference words go before a number, connectives (<c>e.g.</c>)
/// always lead on, and company and list endings (<c>Inc.</c>, <c>etc.</c>) and dotted short
/// forms (<c>U.S.</c>, <c>p.m.</c>) end a sentence or not by what follows. A word in none of the
/// lists is still read as an abbreviation when it is not an English word and, short of a full
/// stop, has no vowel (<c>Rs.</c>, <c>Blvd.</c>).
/// </summary>
internal static class Abbreviations
{
    /// <summary><c>Mr. Aliyev</c>, <c>St. Petersburg</c>, <c>Gen. Smith</c>, <c>Sen. Warren</c>, <c>Gov. Reg.</c></summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "mssrs", "messrs", "dr", "prof", "st", "mt", "ft", "gen", "col", "lt", "capt", "cpt",
        "sgt", "maj", "adm", "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "sr", "mme", "mlle",
        "univ", "assn", "esq", "fr", "supt", "insp", "det", "cpl", "pvt", "brig", "lieut", "mgr", "msgr", "sra", "srta",
    };

    /// <summary><c>e.g.</c>, <c>cf.</c>, <c>vs.</c>: Latin connectives lead into what follows them.</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "cf", "viz", "vs", "v", "et al", "a.k.a", "n.b", "q.v", "ibid",
    };

    /// <summary><c>No. 5</c>, <c>Art. 51</c>, <c>Oct. 17</c>, <c>p. 12</c>, <c>Reg. 12</c>, <c>Rs. 3520</c>.</summary>
    private static readonly HashSet<string> BeforeNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "nr", "n°", "nº", "art", "arts", "para", "paras", "sec", "secs", "sect", "ch", "chap", "fig", "figs",
        "vol", "vols", "p", "pp", "op", "ex", "res", "doc", "ref", "tel", "ed", "eds", "rev", "suppl", "add", "corr",
        "reg", "regs", "ser", "pt", "pts", "bk", "col", "cols", "ln", "tab", "eq", "eqs", "rs", "inr", "c", "ca",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary><c>Acme Inc. said</c> but <c>… shares in Acme Inc. The board</c>; <c>etc.</c> alike.</summary>
    private static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc", "inc", "ltd", "co", "corp", "jr", "plc", "llc", "bros", "cie", "min", "max", "est", "misc", "dept",
        "approx", "esp", "incl", "excl", "govt", "intl", "natl", "assoc", "ave", "blvd", "rd", "al", "supp", "resp",
    };

    /// <summary>Words that usually open a sentence and cannot follow a title or continue a name.</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "As", "He", "She", "We", "They",
        "I", "A", "An", "But", "However", "And", "Or", "So", "Yet", "There", "Then", "Thus", "Therefore",
        "Meanwhile", "Moreover", "Furthermore", "Also", "After", "Before", "When", "While", "If", "For", "From",
        "According", "Since", "During", "Our", "His", "Her", "Their", "What", "Why", "How", "Who", "Where",
        "You", "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Will", "Can", "Could", "Would", "Should", "Yes",
        "Nevertheless", "Nonetheless", "Later", "Today", "Yesterday", "Now", "Here", "Some", "Many", "Most", "All",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectiveLookup = Connectives.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup = BeforeNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AmbiguousLookup = Ambiguous.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpenerLookup = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);

    public static bool IsConnective(ReadOnlySpan<char> word) => ConnectiveLookup.Contains(word);

    public static bool GoesBeforeNumbers(ReadOnlySpan<char> word) => BeforeNumberLookup.Contains(word);

    public static bool IsAmbiguous(ReadOnlySpan<char> word) => AmbiguousLookup.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> (its letters, as written) usually opens a sentence: <c>The</c>,
    /// <c>However</c>, <c>I'm</c>; not an initial, <c>A.</c>
    /// </summary>
    public static bool OpensSentence(ReadOnlySpan<char> word)
    {
        var letters = LeadingLetters(word);
        return SentenceOpenerLookup.Contains(letters) && !(letters.Length == 1 && word.Length > 1 && word[1] == '.');
    }

    /// <summary>
    /// Letters joined by single full stops, each piece of one to three letters, or an acronym in
    /// capitals: <c>U.S</c>, <c>e.g</c>, <c>p.m</c>, <c>Ph.D</c>, <c>.NATO</c>. A file name or web
    /// address has longer pieces in lowercase (<c>content.html</c>, <c>example.com</c>), a number has digits.
    /// </summary>
    public static bool IsDottedShortForm(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !word.Contains('.'))
        {
            return false;
        }
        var first = true;
        foreach (var range in word.Split('.'))
        {
            var piece = word[range];
            var capitals = !piece.IsEmpty && !piece.ContainsAnyExceptInRange('A', 'Z');
            if ((piece.IsEmpty && !first) || piece.Length > (capitals ? 5 : 3))
            {
                return false;
            }
            foreach (var c in piece)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }
            first = false;
        }
        return true;
    }

    /// <summary>A web or e-mail address, a file name or a dotted number: <c>example.com/page.html</c>, <c>jane@example.com</c>, <c>1026.253.553</c>.</summary>
    public static bool IsAddressOrNumber(ReadOnlySpan<char> word) =>
        word.ContainsAny('/', '@', ':') || (word.Contains('.') && !IsDottedShortForm(word)) || (!word.IsEmpty && char.IsDigit(word[^1]));

    /// <summary>
    /// An abbreviation no list names: not an English word and without a vowel, so it cannot be
    /// read aloud as written (<c>Rs</c>, <c>Blvd</c>, <c>Pvt</c>), in lowercase or capitalised;
    /// acronyms in capitals (<c>UK</c>, <c>NATO</c>) are words that end sentences.
    /// </summary>
    public static bool LooksAbbreviated(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 5 || !char.IsLower(word[^1]))
        {
            return false;
        }
        foreach (var c in word)
        {
            if (!char.IsLetter(c) || "aeiouyAEIOUY".Contains(c))
            {
                return false;
            }
        }
        return !EnglishWords.Contains(word.ToString().ToLowerInvariant());
    }

    /// <summary>
    /// Whether the full stop after <paramref name="word"/> (the word as written, without the
    /// final full stop) does not end a sentence, given only the word that follows it. Used where
    /// nothing else is known, as at the end of a line.
    /// </summary>
    public static bool KeepsSentenceOpen(ReadOnlySpan<char> word, ReadOnlySpan<char> nextWord)
    {
        if (word.IsEmpty || IsAddressOrNumber(word))
        {
            return false;
        }
        var nextIsNumber = !nextWord.IsEmpty && char.IsDigit(nextWord[0]);
        var nextOpensSentence = OpensSentence(nextWord);

        // A single capital is an initial: "N. Pashinyan", "J. R. R. Tolkien".
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return !nextOpensSentence;
        }
        if (IsConnective(word))
        {
            return true;
        }
        if (IsDottedShortForm(word))
        {
            return !nextOpensSentence;
        }
        if (IsTitle(word))
        {
            return !nextOpensSentence;
        }
        if (GoesBeforeNumbers(word) && nextIsNumber)
        {
            return true;
        }
        return (IsAmbiguous(word) || LooksAbbreviated(word)) && !nextOpensSentence;
    }

    private static ReadOnlySpan<char> LeadingLetters(ReadOnlySpan<char> word)
    {
        var end = 0;
        while (end < word.Length && char.IsLetter(word[end]))
        {
            end++;
        }
        return word[..end];
    }
}
