using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Citations.Instruments;

/// <summary>
/// Named legal instruments: <c>Convention on the Prevention and Punishment of the Crime of
/// Genocide</c>, <c>Charter of the United Nations</c>, <c>Geneva Conventions</c>, <c>Helsinki Final
/// Act</c> (treaties), and constitutions (<c>Constitution of the Republic of Azerbaijan</c>, as
/// <see cref="CitationKind.Other"/>). Only capitalised names count: "an agreement" names nothing.
/// </summary>
internal sealed partial class InstrumentRecognizer : ICitationRecognizer
{
    public static readonly InstrumentRecognizer Instance = new();

    public string Finds => "named instruments";

    public IEnumerable<FoundCitation> Recognize(CitationInput input)
    {
        var text = input.Text;
        foreach (Match match in Instrument().Matches(text))
        {
            var name = Whitespace().Replace(match.Value, " ").Trim();
            var start = match.Index;
            if (name.StartsWith("The ", StringComparison.Ordinal))
            {
                name = name[4..];
                start += match.Value.IndexOf("The", StringComparison.Ordinal) + 4;
                while (start < text.Length && text[start] == ' ')
                {
                    start++;
                }
            }
            // A lone keyword opening a sentence ("Agreement was reached") names nothing.
            if (!name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }
            var kind = match.Groups["keyword"].Value == "Constitution" ? CitationKind.Other : CitationKind.Treaty;
            yield return new FoundCitation(kind, name, start, match.Index + match.Length, null);
        }
    }

    [GeneratedRegex(@"(?:\b(?:[A-Z][\p{L}'’-]+|UN)\s+){0,3}\b(?<keyword>Treaty|Conventions?|Charter|Covenant|Protocol|Accords?|Constitution|Final\s+Act|Statute)\b(?:\s+(?:of|on|for|between|against)\s+(?:the\s+)?(?:[A-Z][\p{L}'’-]*(?:\s+(?:of|and|for|on|against)\s+(?:the\s+)?|\s+)?){1,9})?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Instrument();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
