using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Tests.Citations;

/// <summary>
/// Factories for expected citations, eyecite style: a test case is a sentence and the list of
/// what it cites, written <c>Cite.Unsc(822, 1993)</c> rather than by hand.
/// </summary>
internal static class Cite
{
    public static string Unsc(int number, int year) => $"unsc-resolution S/RES/{number} ({year})";

    public static string Unga(string symbol) => $"unga-resolution {symbol}";

    public static string Session(int number) => $"unga-session UNGA {number}";

    public static string Session(string label) => $"unga-session UNGA {label}";

    public static string Document(string symbol) => $"un-document {symbol}";

    public static string Other(string canonical) => $"other {canonical}";

    public static string Treaty(string canonical) => $"treaty {canonical}";

    public static string Event(string canonical) => $"event {canonical}";

    public static string Statement(string canonical) => $"official-statement {canonical}";

    public static string Case(string canonical) => $"court-case {canonical}";

    public static string Link(string url) => $"url {url}";

    public static string Quotation(string speaker) => $"quotation {speaker}";

    /// <summary>What the recogniser finds in <paramref name="text"/>, as "kind canonical" strings in text order.</summary>
    public static string[] In(string text, CitationContext? context = null) =>
        All(text, context).Select(c => $"{WireNames.Of(c.Kind)} {c.Canonical}").ToArray();

    public static IReadOnlyList<Citation> All(string text, CitationContext? context = null) =>
        CitationRecognizer.Recognize(Verbatim(text), context ?? CitationContext.None).Citations;

    public static MappedText Verbatim(string text) => new(text, [new TextPiece(0, 0, text.Length)]);
}
