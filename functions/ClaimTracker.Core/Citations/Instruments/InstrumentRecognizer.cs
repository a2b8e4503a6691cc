using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Citations.Instruments;

/// <summary>
/// Named legal instruments (<see cref="InstrumentNames"/>): <c>Convention on the Prevention and
/// Punishment of the Crime of Genocide</c>, <c>Oslo Accords</c>, <c>General Armistice Agreements</c>,
/// <c>Declaration on the Strengthening of International Security</c>, <c>Helsinki Final Act</c>
/// (treaties), and constitutions (<c>Constitution of the Republic of Azerbaijan</c>, as
/// <see cref="CitationKind.Other"/>). Only capitalised names count: "an agreement" names nothing.
/// An instrument named with a date (<c>the Lausanne Protocol of 12 May 1949</c>) is cited with its
/// date by <see cref="Dates.DatedSourceRecognizer"/>, which runs first.
/// <para>
/// Articles and chapters are cited as the instrument's name, a comma and the article:
/// <c>Article 51 of the Charter</c> → <c>Charter of the United Nations, Article 51</c>;
/// <c>Article 2, paragraph 4, of the Charter</c> → <c>…, Article 2(4)</c>; <c>Articles 41 and 42 of
/// the Charter</c> → one citation each; <c>Chapter VII of the Charter</c> → <c>…, Chapter VII</c>.
/// "The Charter" alone is the United Nations Charter in a text about the UN: one whose document
/// or unit names a UN organ, the United Nations, or cites a UN resolution.
/// </para>
/// </summary>
internal sealed partial class InstrumentRecognizer : ICitationRecognizer
{
    public static readonly InstrumentRecognizer Instance = new();

    public string Finds => "named instruments";

    public IEnumerable<FoundCitation> Recognize(CitationInput input)
    {
        var text = input.Text;
        if (!MayNameAnInstrument(text))
        {
            return [];
        }
        var unCharter = AboutTheUn(input);
        var found = new List<FoundCitation>();
        foreach (Match reference in ArticleReference().Matches(text))
        {
            var at = reference.Index + reference.Length;
            if (InstrumentNames.At(text, at, unCharter) is not { } instrument)
            {
                continue;
            }
            found.AddRange(Articles(reference, instrument));
        }
        foreach (var instrument in InstrumentNames.Find(text, unCharter))
        {
            if (!found.Any(f => f.Start < instrument.End && instrument.Start < f.End))
            {
                found.Add(Cite(instrument, instrument.Name, instrument.Start, instrument.End));
            }
        }
        return found.OrderBy(f => f.Start);
    }

    /// <summary>
    /// One citation per article: the first spans "Article(s) N", the last runs on to the end of the
    /// instrument's name, so the words that cite each stay apart (<c>Articles 41</c>, <c>42 of the Charter</c>).
    /// </summary>
    private static IEnumerable<FoundCitation> Articles(Match reference, InstrumentName instrument)
    {
        var label = char.ToUpperInvariant(reference.Groups["word"].Value[0]) == 'A' ? "Article" : "Chapter";
        var items = Item().Matches(reference.Groups["items"].Value);
        var offset = reference.Groups["items"].Index;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var paragraph = item.Groups["paragraph"].Success ? $"({item.Groups["paragraph"].Value})" : string.Empty;
            var start = i == 0 ? reference.Index : offset + item.Index;
            var end = i == items.Count - 1 ? instrument.End : offset + item.Index + item.Length;
            yield return Cite(instrument, $"{instrument.Name}, {label} {item.Groups["number"].Value}{paragraph}", start, end);
        }
    }

    private static FoundCitation Cite(InstrumentName instrument, string canonical, int start, int end) =>
        new(instrument.IsConstitution ? CitationKind.Other : CitationKind.Treaty, canonical, start, end, null);

    /// <summary>A text about the UN: its document's organ, a UN body or resolution in the unit, or the UN named.</summary>
    private static bool AboutTheUn(CitationInput input)
    {
        var document = input.Context.DocumentOrEmpty;
        return document.Organ is not null
            || document.Ties.Any(t => t.Organ is not null)
            || input.Bodies.Any(b => b.Body.IsUn)
            || input.Found.Any(f => f.Kind is CitationKind.UnscResolution or CitationKind.UngaResolution or CitationKind.UngaSession or CitationKind.UnDocument)
            || UnitedNations().IsMatch(input.Text);
    }

    /// <summary>Every keyword holds a capital and one of these letters: most units are skipped at once.</summary>
    private static bool MayNameAnInstrument(string text) =>
        text.Contains("Treat", StringComparison.Ordinal) || text.Contains("Conven", StringComparison.Ordinal) || text.Contains("Charter", StringComparison.Ordinal)
        || text.Contains("Coven", StringComparison.Ordinal) || text.Contains("Protocol", StringComparison.Ordinal) || text.Contains("Accord", StringComparison.Ordinal)
        || text.Contains("Agreement", StringComparison.Ordinal) || text.Contains("Declaration", StringComparison.Ordinal) || text.Contains("Memorand", StringComparison.Ordinal)
        || text.Contains("Constitution", StringComparison.Ordinal) || text.Contains("Final", StringComparison.Ordinal) || text.Contains("Statute", StringComparison.Ordinal);

    private const string ItemPattern = @"(?:\d{1,3}|[IVXL]{1,7})(?:\s*\(\d{1,2}\)|,?\s+paragraph\s+\d{1,2},?)?";

    /// <summary>
    /// <c>Article 51 of the</c>, <c>Article 2, paragraph 4, of the</c>, <c>Articles 41 and 42 of the</c>,
    /// <c>Chapter VII of the</c>: the instrument's name follows.
    /// </summary>
    [GeneratedRegex(@"\b(?<word>[Aa]rticles?|[Cc]hapters?)\s+(?<items>" + ItemPattern + @"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + ItemPattern + @"){0,9})\s*,?\s+of\s+(?:the\s+)?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ArticleReference();

    /// <summary>One article of a reference: <c>2(4)</c>, <c>2, paragraph 4</c>, <c>VII</c>.</summary>
    [GeneratedRegex(@"(?<number>\d{1,3}|[IVXL]{1,7})(?:\s*\((?<paragraph>\d{1,2})\)|,?\s+paragraph\s+(?<paragraph>\d{1,2}))?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Item();

    [GeneratedRegex(@"\b(?:United\s+Nations|UN|U\.N\.)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnitedNations();
}
