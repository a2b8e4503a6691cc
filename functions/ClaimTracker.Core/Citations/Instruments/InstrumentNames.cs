using System.Text.RegularExpressions;
using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Citations.Instruments;

/// <summary>
/// Reads the names of instruments: a keyword (Treaty, Convention, Charter, Covenant, Protocol,
/// Accord, Agreement, Declaration, Memorandum of Understanding, Final Act, Statute, Constitution)
/// with the capitalised words that name it before (<c>Oslo Accords</c>, <c>1949 Armistice
/// Agreement</c>) or after (<c>Declaration on the Strengthening of International Security</c>,
/// <c>Memorandum of Understanding between Iraq and the United Nations</c>). Capitals are the
/// evidence, so where they are not evidence they do not count: the first word of a sentence
/// ("Bilateral Agreements were signed") and words of a heading written in title case ("Peace
/// Agreement") name nothing unless one of them is not an ordinary English word ("Oslo").
/// The United Nations Charter has one name however it is written (<see cref="UnCharter"/>).
/// </summary>
internal static partial class InstrumentNames
{
    public const string UnCharter = "Charter of the United Nations";

    /// <summary>Every name in <paramref name="text"/>; "the Charter" alone counts as the UN's where <paramref name="unCharter"/>.</summary>
    public static IEnumerable<InstrumentName> Find(string text, bool unCharter)
    {
        var titleCase = IsTitleCase(text);
        foreach (Match match in Instrument().Matches(text))
        {
            if (Read(text, match, titleCase, unCharter) is { } name)
            {
                yield return name;
            }
        }
    }

    /// <summary>The name that starts at <paramref name="position"/> (after "of the" in <c>Article 51 of the Charter</c>), if any.</summary>
    public static InstrumentName? At(string text, int position, bool unCharter)
    {
        var match = Instrument().Match(text, position);
        return match.Success && match.Index == position ? Read(text, match, IsTitleCase(text), unCharter) : null;
    }

    private static InstrumentName? Read(string text, Match match, bool titleCase, bool unCharter)
    {
        var keyword = match.Groups["keyword"];
        var suffix = match.Groups["suffix"];
        var numbered = match.Groups["number"].Success;
        var end = match.Index + match.Length;
        // "North Atlantic Treaty Organization", "Charter Day": the keyword only qualifies another name.
        if (!suffix.Success && !numbered && QualifiesAnotherName().IsMatch(text, end))
        {
            return null;
        }

        var prefix = Words(match.Groups["prefix"]);
        var kept = KeptPrefix(text, prefix, titleCase);
        var start = kept.Count > 0 ? kept[0].Index : keyword.Index;
        var keywordText = Squash(keyword.Value);
        if (kept.Count == 0 && !suffix.Success && !numbered)
        {
            // A keyword alone names nothing ("an Agreement was reached"), except "the Charter" in a text about the UN.
            return keywordText == "Charter" && unCharter && ArticleThe().IsMatch(text.AsSpan(0, keyword.Index))
                ? new InstrumentName(UnCharter, keyword.Index, end, false)
                : null;
        }
        var name = Squash(text[start..end]);
        if (keywordText == "Charter" && (IsUnCharter(kept, suffix)))
        {
            name = UnCharter;
        }
        return new InstrumentName(name, start, end, keywordText == "Constitution");
    }

    /// <summary>
    /// The capitalised words before the keyword that belong to its name: not a leading "The" or
    /// "Under"; not a sentence's first word or a title-case heading's words when they are all
    /// ordinary English words ("Bilateral Agreements", "Peace Agreement"); kept whole when one of
    /// them is a proper name or a year ("Camp David Accords", "1949 Armistice Agreement").
    /// </summary>
    private static List<Capture> KeptPrefix(string text, List<Capture> words, bool titleCase)
    {
        var kept = new List<Capture>(words);
        while (kept.Count > 0 && WordClasses.IsFunctionWord(kept[0].Value.ToLowerInvariant()))
        {
            kept.RemoveAt(0);
        }
        var proper = kept.Any(w => !IsOrdinaryWord(w.Value));
        if (!proper && titleCase)
        {
            kept.Clear();
        }
        else if (!proper && kept.Count > 0 && IsSentenceStart(text, kept[0].Index))
        {
            kept.RemoveAt(0);
        }
        return kept;
    }

    private static bool IsUnCharter(List<Capture> prefix, Group suffix) =>
        (prefix.Count > 0 && UnitedNations().IsMatch(string.Join(' ', prefix.Select(w => w.Value))) && !suffix.Success)
        || (suffix.Success && OfTheUnitedNations().IsMatch(suffix.Value));

    private static List<Capture> Words(Group prefix)
    {
        var words = new List<Capture>();
        if (prefix.Success)
        {
            foreach (Match word in PrefixWord().Matches(prefix.Value))
            {
                words.Add(new Capture(word.Value, prefix.Index + word.Index));
            }
        }
        return words;
    }

    private static bool IsOrdinaryWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return !char.IsDigit(word[0]) && (EnglishWords.Contains(lower) || WordClasses.IsFunctionWord(lower) || WordClasses.ShortWords.Contains(lower));
    }

    /// <summary>Nothing but spaces, quotes, brackets, a paragraph number ("25.") or the end of another sentence before it.</summary>
    private static bool IsSentenceStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || char.IsAsciiDigit(text[i]) || text[i] is '“' or '"' or '‘' or '\'' or '(' or '[' or '•' or '-' or '–'))
        {
            i--;
        }
        return i < 0 || text[i] is '.' or '!' or '?' or ':' or ';';
    }

    /// <summary>
    /// A heading or title written in title case: at least two words of four letters or more, and
    /// none of them lowercase but small words ("with", "from"). A sentence has a lowercase verb.
    /// </summary>
    private static bool IsTitleCase(string text)
    {
        var words = 0;
        foreach (Match word in LongWord().Matches(text))
        {
            if (char.IsLower(word.Value[0]))
            {
                if (!WordClasses.Prepositions.Contains(word.Value) && !WordClasses.Conjunctions.Contains(word.Value) && !WordClasses.Determiners.Contains(word.Value))
                {
                    return false;
                }
                continue;
            }
            words++;
        }
        return words >= 2;
    }

    private static string Squash(string text) => Whitespace().Replace(text, " ").Trim();

    private readonly record struct Capture(string Value, int Index);

    private const string Keyword = @"(?<keyword>Treat(?:y|ies)|Conventions?|Charter|Covenants?|Protocols?|Accords?|Agreements?|Declarations?|Memorand(?:um|a)(?:\s+of\s+Understanding)?|Constitution|Final\s+Act|Statute)";

    /// <summary>
    /// Regions that end instruments' names (<c>… Refugee Problems in Africa</c>, <c>… Co-operation in
    /// Europe</c>); any other "in X" after a name is where it was signed (<c>the Declaration of
    /// Independence in Algiers</c>) and not part of it.
    /// </summary>
    private const string Region = @"(?:the\s+)?(?:Africa|Europe|Asia|Latin\s+America|America|Americas|Caribbean|Middle\s+East|Pacific|South(?:-|\s+)East\s+Asia|Central\s+Asia)\b";

    private const string NotAMonth = @"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)";

    /// <summary>
    /// Up to four capitalised words or a year, the keyword, a number (<c>Protocol I</c>), and an
    /// "of", "on", "for", "between" … naming it, whose words are capitalised but for a small word
    /// and "the" between them (<c>on the Prevention and Punishment of the Crime of Genocide</c>;
    /// not <c>of Independence the PLO's</c>).
    /// "and Programme of Action" carries a declaration's name on; "in" only before a region.
    /// </summary>
    [GeneratedRegex(@"(?<prefix>(?:(?:[A-Z][\p{L}'’.-]*|(?:1[89]|20)\d\d)\s+){0,4})\b" + Keyword + @"\b(?<number>\s+(?:[IVX]{1,4}|No\.\s*\d{1,3})\b)?(?<suffix>(?:\s+and\s+[A-Z][\p{L}-]+(?=\s+of\s))?\s+(?:of|on|for|between|against|concerning|relating\s+to|regarding|among)\s+(?:the\s+)?" + NotAMonth + @"[A-Z][\p{L}'’-]*(?:(?:\s+(?:of|and|for|on|against|to|between|concerning|among|de|du)(?:\s+the)?)?\s+" + NotAMonth + @"[A-Z][\p{L}'’-]*){0,11}(?:\s+in\s+" + Region + @")?)?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Instrument();

    [GeneratedRegex(@"[^\s]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PrefixWord();

    /// <summary>Another capitalised word right after the keyword: <c>Treaty Organization</c>.</summary>
    [GeneratedRegex(@"\G[ \t]+[A-Z]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QualifiesAnotherName();

    /// <summary>"the" right before: <c>violates the Charter</c>, not <c>Charter rules</c> opening a sentence.</summary>
    [GeneratedRegex(@"\b[Tt]he\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ArticleThe();

    [GeneratedRegex(@"^(?:UN|U\.N\.|United\s+Nations)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnitedNations();

    [GeneratedRegex(@"^\s+of\s+the\s+(?:United\s+Nations|UN)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfTheUnitedNations();

    [GeneratedRegex(@"\p{L}{4,}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LongWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
