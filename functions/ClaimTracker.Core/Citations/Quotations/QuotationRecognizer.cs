using System.Text.RegularExpressions;
using ClaimTracker.Core.Citations.Dates;

namespace ClaimTracker.Core.Citations.Quotations;

/// <summary>
/// Quoted words, cited as their source's. A quotation the sentence ties to a document it cites
/// is that document's, with its canonical: <c>resolution 242 (1967) calls for the “withdrawal …”</c>
/// → <c>S/RES/242 (1967)</c>; <c>Article 2 of the Charter provides that “all Members …”</c> →
/// <c>Charter of the United Nations, Article 2</c>; <c>the Declaration proclaims “…”</c>. The tie is a
/// verb of saying or providing between the document and the quotation with no one else speaking
/// in between (<c>provides that</c>, <c>calls for the</c>, <c>including the claim that</c>), or
/// <c>according to</c> and <c>in the words of</c> before the document. Otherwise the quoted words
/// are their speaker's (Attribution names the speaker) with the date the unit gives them: the
/// first quotation, or the whole unit inside a longer one. A quotation with neither a document
/// nor a speaker is not cited, and neither is a quoted title (<c>“The Butler Report”</c>).
/// </summary>
internal sealed partial class QuotationRecognizer : ICitationRecognizer
{
    /// <summary>How far a document may stand from the words it is quoted for: a clause, not a paragraph.</summary>
    private const int MaxGap = 200;

    public static readonly QuotationRecognizer Instance = new();

    public string Finds => "quotations";

    public IEnumerable<FoundCitation> Recognize(CitationInput input)
    {
        var text = input.Text;
        var speaker = input.Context.Speaker;
        var found = input.Found.ToArray();
        var quotes = Quotations(text, found);
        var fromDocuments = FromDocuments(text, quotes, found, speaker is not null).ToList();
        if (fromDocuments.Count > 0)
        {
            return fromDocuments;
        }
        return speaker is not null && FromSpeaker(input, speaker, quotes) is { } spoken ? [spoken] : [];
    }

    /// <summary>Each quotation tied to a document the unit cites, once per document.</summary>
    private static IEnumerable<FoundCitation> FromDocuments(string text, List<(int Start, int End)> quotes, FoundCitation[] found, bool spoken)
    {
        // Someone's own statement, quoted while they speak, is theirs: only instruments, resolutions, documents and courts outrank a speaker.
        var documents = found.Where(f => IsDocument(f.Kind) && !(spoken && f.Kind == CitationKind.OfficialStatement)).ToArray();
        var used = new HashSet<(int, int)>();
        foreach (var document in documents)
        {
            if (QuotedFrom(text, document, quotes, documents) is { } quote && used.Add(quote))
            {
                yield return new FoundCitation(CitationKind.Quotation, document.Canonical, quote.Start, quote.End, document.Url);
            }
        }
    }

    /// <summary>The quotation the document is quoted for: the first after it that a verb ties to it, or one right before "in the words of" it.</summary>
    private static (int Start, int End)? QuotedFrom(string text, FoundCitation document, List<(int Start, int End)> quotes, FoundCitation[] documents)
    {
        foreach (var quote in quotes)
        {
            if (quote.Start >= document.End)
            {
                var gap = text.AsSpan(document.End, quote.Start - document.End);
                var nearer = documents.Any(d => d.Start >= document.End && d.End <= quote.Start);
                var leadIn = LeadIn().IsMatch(text.AsSpan(0, document.Start)) && Comma().IsMatch(gap);
                return gap.Length <= MaxGap && !nearer && (leadIn || Tied(gap)) ? quote : null;
            }
            if (quote.End <= document.Start && Afterword().IsMatch(text.AsSpan(quote.End, document.Start - quote.End)))
            {
                return quote;
            }
        }
        return null;
    }

    /// <summary>
    /// A verb of the document's ties it to the quotation, with no clause of someone else's before
    /// the verb: <c>calls for the</c>, but not <c>was rejected by Iraq, which said</c>.
    /// </summary>
    private static bool Tied(ReadOnlySpan<char> gap)
    {
        var tie = Tie().EnumerateMatches(gap);
        if (!tie.MoveNext())
        {
            return false;
        }
        var before = gap[..tie.Current.Index];
        return !OtherClause().IsMatch(before) && !SomeoneElse().IsMatch(gap);
    }

    private static bool IsDocument(CitationKind kind) => kind is CitationKind.UnscResolution or CitationKind.UngaResolution or CitationKind.UnDocument
        or CitationKind.Treaty or CitationKind.Other or CitationKind.CourtCase or CitationKind.OfficialStatement;

    /// <summary>
    /// The quotations in the unit, a last one left open running to its end; a quotation that is
    /// mostly a cited source's own name is a title, not a quotation.
    /// </summary>
    private static List<(int Start, int End)> Quotations(string text, FoundCitation[] found)
    {
        var quotes = new List<(int Start, int End)>();
        var end = 0;
        foreach (Match m in QuotedWords().Matches(text))
        {
            quotes.Add((m.Index, m.Index + m.Length));
            end = m.Index + m.Length;
        }
        var open = text.IndexOfAny(['“', '«'], end);
        if (open >= 0)
        {
            quotes.Add((open, text.Length));
        }
        quotes.RemoveAll(q => IsTitle(text, q, found));
        return quotes;
    }

    /// <summary>
    /// A quotation that a cited source's name fills but for an article or a few marks:
    /// <c>“The Butler Report”</c> cited as a report. <c>“Article 51 of the Charter is clear.”</c> is a
    /// quotation, and so is one that a source's words merely run across (<c>he said “…” to the forum</c>).
    /// </summary>
    private static bool IsTitle(string text, (int Start, int End) quote, FoundCitation[] found)
    {
        var names = found.Where(f => f.Kind != CitationKind.Quotation && f.Start < quote.End && quote.Start < f.End && (f.Start > quote.Start || f.End < quote.End)).ToArray();
        if (names.Length == 0)
        {
            return false;
        }
        var letters = 0;
        for (var i = quote.Start; i < quote.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && !names.Any(f => f.Start <= i && i < f.End))
            {
                letters++;
            }
        }
        return letters <= 3;
    }

    private static FoundCitation? FromSpeaker(CitationInput input, string speaker, List<(int Start, int End)> quotes)
    {
        var text = input.Text;
        var quoted = QuotedWords().Match(text);
        if (quoted.Success && quotes.Count == 0)
        {
            // Only quoted titles ("They read “The Butler Report”"): nothing is quoted.
            return null;
        }
        if (quotes.Count == 0 && text.IndexOfAny(['"', '”', '»']) < 0 && text.TrimEnd().EndsWith(':'))
        {
            // "In relation to missiles, the JIC recorded that:" between two quoted passages introduces the next; it quotes nothing.
            return null;
        }
        var (start, end) = quoted.Success ? (quoted.Index, quoted.Index + quoted.Length) : OpenQuotation(text);
        var contextYear = input.Context.Year;
        // The narration dates the words, not the words themselves: a date inside the quotation is what the speaker spoke of.
        var dated = input.Dates.FirstOrDefault(d => d.Day is not null && (d.Year ?? contextYear) is not null && !quotes.Any(q => d.Start >= q.Start && d.End <= q.End) && !(d.Start >= start && d.End <= end));
        // A speaker named with its date ("A JIC Assessment of 8 September") is not dated twice.
        var canonical = dated.End > 0 && EnglishDates.Find(speaker).Count == 0 ? $"{speaker} {dated.Iso(dated.Year ?? contextYear!.Value)}" : speaker;
        return new FoundCitation(CitationKind.Quotation, canonical, start, end, null);
    }

    /// <summary>In a sentence of a longer quotation: from its opening mark to the end, or from the start to its closing mark.</summary>
    private static (int Start, int End) OpenQuotation(string text)
    {
        var open = text.IndexOfAny(['“', '«']);
        var close = text.LastIndexOfAny(['”', '»']);
        var straight = text.IndexOf('"', StringComparison.Ordinal);
        if (open < 0 && straight > 0 && char.IsWhiteSpace(text[straight - 1]))
        {
            open = straight;
        }
        if (close < 0 && straight >= 0 && open != straight)
        {
            close = straight;
        }
        return open >= 0 ? (open, text.Length) : close >= 0 ? (0, close + 1) : (0, text.Length);
    }

    [GeneratedRegex(@"[“""«][^“”""«»]{1,2000}[”""»]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedWords();

    /// <summary>
    /// A verb by which a document says or provides something, or a phrase that makes the quotation
    /// part of it: <c>provides that</c>, <c>calls for the</c>, <c>proclaims</c>, <c>including the claim that</c>.
    /// </summary>
    [GeneratedRegex(@"\b(?:provid(?:es|ed)|stat(?:es|ed)|stipulat(?:es|ed)|reads|says|said|declar(?:es|ed)|proclaim(?:s|ed)|(?:re)?affirm(?:s|ed)|call(?:s|ed)\s+(?:for|upon|on)|demand(?:s|ed)|requir(?:es|ed)|request(?:s|ed)|urg(?:es|ed)|recogni[sz](?:es|ed)|emphasi[sz](?:es|ed)|stress(?:es|ed)|not(?:es|ed)|decid(?:es|ed)|sp(?:eaks|oke)\s+of|refer(?:s|red)\s+to|describ(?:es|ed)|defin(?:es|ed)|condemn(?:s|ed)|deplor(?:es|ed)|express(?:es|ed)|authori[sz](?:es|ed)|prohibit(?:s|ed)|guarantee(?:s|d)|oblig(?:es|ed)|find(?:s)?|found|h(?:olds|eld)|determin(?:es|ed)|envisag(?:es|ed)|specifi(?:es|ed)|sets?\s+out|assert(?:s|ed)|insist(?:s|ed)|warn(?:s|ed)|conclud(?:es|ed)|includ(?:es|ed|ing)|such\s+as|namely|in\s+which|under\s+which|whereby)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tie();

    /// <summary>Another speaker between the document and the quotation: <c>he said</c>, <c>Israel replied</c>, <c>critics called them</c>.</summary>
    [GeneratedRegex(@"\b(?:he|she|they|we|I)\s+[a-z]+|\b[A-Z][\p{L}'’-]+\s+(?:said|says|told|stated|declared|insisted|argued|replied|added|wrote|rejected|denied)\b|\bcalled\s+(?:it|them)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SomeoneElse();

    /// <summary>Before the tying verb, a clause of its own: an auxiliary (<c>was rejected by</c>) or someone's relative clause (<c>Iraq, which</c>).</summary>
    [GeneratedRegex(@"\b(?:is|are|was|were|has|have|had|been|will|would)\b|\b[A-Z][\p{L}'’-]+,?\s+(?:which|who)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherClause();

    /// <summary>Before the document: <c>according to</c>, <c>in the words of</c>, <c>as provided in</c>.</summary>
    [GeneratedRegex(@"\b(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of|[Aa]s\s+(?:stated|provided|set\s+out|laid\s+down)\s+in)\s+(?:the\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^\s*[,:]?\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Comma();

    /// <summary>After the quotation, before the document: <c>”, in the words of the</c>, <c>”, as</c>, <c>” (</c>.</summary>
    [GeneratedRegex(@"^\s*[,.]?\s*(?:as\s+(?:stated\s+in|provided\s+in|)\s*|in\s+the\s+words\s+of\s+|according\s+to\s+)(?:the\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Afterword();
}
