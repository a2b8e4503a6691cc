using System.Text;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Vocabulary;

/// <summary>
/// What counts as a word in one document: English, plus the words the document itself uses
/// where no line break could have cut them. <c>annexation</c> is a word if the document says
/// "their annexation" somewhere; <c>nexation</c> is not, though it opens a block. Hyphenated
/// compounds the document writes whole (<c>post-war</c>) tell a break at that hyphen to keep it.
/// </summary>
public sealed class DocumentVocabulary
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _compounds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bigrams = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowercase = new(StringComparer.Ordinal);
    private readonly HashSet<string> _capitalisedInside = new(StringComparer.Ordinal);
    private readonly HashSet<string> _withoutFullStop = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _bigramTargets;

    /// <summary>Fewer capitals than this make a heading or an acronym, whose capitals are the words' own.</summary>
    private const int MinCapitalsLineLetters = 20;

    private DocumentVocabulary(IReadOnlySet<string> bigramTargets) => _bigramTargets = bigramTargets;

    /// <summary>
    /// Learns from whole lines; the first and last word of each line may be broken pieces and
    /// are left out. Word pairs are remembered only where the second word is one of
    /// <paramref name="bigramTargets"/> (the words blocks open with), which keeps memory small.
    /// </summary>
    public static DocumentVocabulary Learn(string text, IEnumerable<TextSpan> lines, IReadOnlySet<string>? bigramTargets = null)
    {
        var vocabulary = new DocumentVocabulary(bigramTargets ?? new HashSet<string>());
        foreach (var line in lines)
        {
            vocabulary.LearnLine(text.AsSpan(line.Start, line.Length));
        }
        return vocabulary;
    }

    public bool IsWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length <= 2 ? WordClasses.ShortWords.Contains(lower) : EnglishWords.Contains(lower) || _words.Contains(lower);
    }

    /// <summary>Whether the document writes <c>left-right</c> as one hyphenated word elsewhere.</summary>
    public bool HasCompound(string left, string right) => _compounds.Contains($"{left}-{right}".ToLowerInvariant());

    /// <summary>
    /// Whether the document writes <c>previous next</c> as adjacent words elsewhere, within a
    /// sentence. A capitalised <paramref name="next"/> must appear capitalised there too: "Patriotic
    /// War" is evidence, "violated the" is no evidence for "violated | The key messages".
    /// </summary>
    public bool HasBigram(string previous, string next) =>
        _bigrams.Contains($"{previous.ToLowerInvariant()} {(next.Length > 0 && char.IsUpper(next[0]) ? next : next.ToLowerInvariant())}");

    /// <summary>Whether the document writes <paramref name="word"/> in lowercase somewhere: a common word, so "Government" after a full stop may open a sentence.</summary>
    public bool WritesInLowercase(string word) => _lowercase.Contains(word.ToLowerInvariant());

    /// <summary>
    /// Whether the document writes <paramref name="word"/> capitalised inside sentences and never in
    /// lowercase: a name ("Warren"), which after a full stop more likely goes on with a title.
    /// </summary>
    public bool IsName(string word)
    {
        var lower = word.ToLowerInvariant();
        return _capitalisedInside.Contains(lower) && !_lowercase.Contains(lower);
    }

    /// <summary>
    /// Whether the document writes <paramref name="word"/> somewhere without a full stop after it:
    /// a word, not an abbreviation ("Baku" in "talks in Baku on Monday"), so its full stop elsewhere ends a sentence.
    /// </summary>
    public bool WritesWithoutFullStop(string word) => _withoutFullStop.Contains(word.ToLowerInvariant());

    private void LearnLine(ReadOnlySpan<char> line)
    {
        var tokens = new List<(int Start, int End)>();
        var i = 0;
        while (i < line.Length)
        {
            if (!char.IsLetter(line[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < line.Length && (char.IsLetter(line[i]) || (TextChars.IsHyphen(line[i]) && i + 1 < line.Length && char.IsLetter(line[i + 1]))))
            {
                i++;
            }
            tokens.Add((start, i));
        }
        // A line in capitals says nothing of how its words are cased: "DELEGATION" there is no name.
        var caseTells = !IsInCapitals(line);
        // The first and last tokens may be halves of words cut by a line or column break.
        for (var t = 1; t < tokens.Count - 1; t++)
        {
            var original = line[tokens[t].Start..tokens[t].End].ToString();
            var token = original.ToLowerInvariant();
            if (_bigramTargets.Contains(token) && IsSpaceBetween(line, tokens[t - 1].End, tokens[t].Start))
            {
                // A capital kept mid-sentence is a name ("Patriotic War"), and is remembered as such.
                _bigrams.Add($"{line[tokens[t - 1].Start..tokens[t - 1].End].ToString().ToLowerInvariant()} {(char.IsUpper(original[0]) ? original : token)}");
            }
            LearnCase(line, tokens[t], token, caseTells);
            var hyphen = token.IndexOfAny(['-', '\u2010', '\u2011']);
            if (hyphen < 0)
            {
                _words.Add(token);
                continue;
            }
            _compounds.Add(Normalize(token));
            foreach (var part in token.Split(['-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries))
            {
                _words.Add(part);
            }
        }
    }

    /// <summary>How the word is written: in lowercase, capitalised inside a sentence (after a word or comma), and with or without a full stop after it.</summary>
    private void LearnCase(ReadOnlySpan<char> line, (int Start, int End) token, string lower, bool caseTells)
    {
        if (token.End >= line.Length || line[token.End] != '.')
        {
            _withoutFullStop.Add(lower);
        }
        if (!caseTells)
        {
            return;
        }
        if (char.IsLower(line[token.Start]))
        {
            _lowercase.Add(lower);
            return;
        }
        var before = token.Start - 1;
        while (before >= 0 && line[before] == ' ')
        {
            before--;
        }
        if (before >= 0 && before < token.Start - 1 && (char.IsLetterOrDigit(line[before]) || line[before] == ','))
        {
            _capitalisedInside.Add(lower);
        }
    }

    /// <summary>A line with several words and no lowercase letter.</summary>
    private static bool IsInCapitals(ReadOnlySpan<char> line)
    {
        var upper = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            upper += char.IsUpper(c) ? 1 : 0;
        }
        return upper >= MinCapitalsLineLetters;
    }

    private static bool IsSpaceBetween(ReadOnlySpan<char> line, int from, int to)
    {
        foreach (var c in line[from..to])
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return to > from;
    }

    private static string Normalize(string compound)
    {
        var builder = new StringBuilder(compound.Length);
        foreach (var c in compound)
        {
            builder.Append(TextChars.IsHyphen(c) ? '-' : c);
        }
        return builder.ToString();
    }
}
