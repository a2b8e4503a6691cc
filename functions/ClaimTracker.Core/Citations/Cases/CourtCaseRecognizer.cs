using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Citations.Cases;

/// <summary>Cases by their parties: <c>Armenia v. Azerbaijan</c>, <c>Nicaragua v. United States of America</c>.</summary>
internal sealed partial class CourtCaseRecognizer : ICitationRecognizer
{
    public static readonly CourtCaseRecognizer Instance = new();

    public string Finds => "court cases";

    public IEnumerable<FoundCitation> Recognize(CitationInput input)
    {
        var text = input.Text;
        foreach (Match match in Case().Matches(text))
        {
            // "In Armenia v. Azerbaijan": a sentence's opening word is not a party.
            var a = match.Groups["a"];
            var skip = 0;
            var words = a.Value.Split(' ');
            while (skip < words.Length - 1 && Vocabulary.WordClasses.IsFunctionWord(words[skip].ToLowerInvariant()))
            {
                skip += 1;
            }
            var first = string.Join(' ', words.Skip(skip));
            var second = match.Groups["b"].Value;
            // "Power v. Principle", a book's title: parties are names, not two ordinary words.
            if (IsOrdinaryWord(first) && IsOrdinaryWord(second))
            {
                continue;
            }
            var start = a.Index + a.Length - first.Length;
            yield return new FoundCitation(CitationKind.CourtCase, $"{first} v. {second}", start, match.Index + match.Length, null);
        }
    }

    private static bool IsOrdinaryWord(string party) =>
        !party.Contains(' ', StringComparison.Ordinal) && Vocabulary.EnglishWords.Contains(party.ToLowerInvariant());

    private const string Party = @"[A-Z][\p{L}'’-]+(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\p{L}'’-]+){0,4}";

    [GeneratedRegex(@"\b(?<a>" + Party + @")\s+v(?:s)?\.?\s+(?<b>" + Party + @")", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Case();
}
