namespace ClaimTracker.Core.Tests.Layout;

/// <summary>
/// A statement as a verbatim record's extracted text prints it: wrapped lines, sentences
/// running on across them, no blank line or page break anywhere, and whatever else the page
/// carries (a running header, a speaker's name, a list item) between two lines of text.
/// Every text line differs from every other (7, 9 and 11 parts combine without repeating), and
/// each is too long to be taken for a header.
/// </summary>
internal static class VerbatimRecord
{
    public const int LinesPerPage = 12;

    /// <summary>Lines ending here run on into a sentence on the next line ("… and" / "the delegation …").</summary>
    public const int MidSentence = 9;

    /// <summary>Lines ending here end a sentence; the next begins one with a capital.</summary>
    public const int SentenceEnd = 11;

    private const int Pages = 7;

    private static readonly string[] Delegations = ["Chile", "Norway", "Fiji", "Senegal", "Peru", "Iceland", "Tonga"];

    private static readonly string[] Requests =
    [
        "asked the committee to look again at", "wished to see progress on", "would not accept delay on",
        "reminded the meeting of", "welcomed the report on", "set out its position on", "raised new doubts about",
        "called for a study of", "pledged funds for",
    ];

    private static readonly string[] Topics =
    [
        "the quotas for the northern grounds", "the rights of small island states", "the survey of coral reefs",
        "the rules for deep sea trawling", "the protection of migrating stocks", "the patrols in disputed waters",
        "the catch reports of distant fleets", "the budget of the secretariat", "the training of fisheries inspectors",
        "the ban on drift nets", "the register of licensed vessels",
    ];

    /// <summary>The text lines: sentences of four lines, each but the last ending "and".</summary>
    public static IReadOnlyList<string> Lines { get; } = Enumerable.Range(0, Pages * LinesPerPage).Select(Line).ToArray();

    /// <summary>
    /// The statement with <paramref name="furniture"/> printed on every page but the first after
    /// its line <paramref name="at"/> (0-based within the page), given the page's number.
    /// </summary>
    public static string With(Func<int, string> furniture, int at = MidSentence) =>
        string.Join("\n", Lines.SelectMany((line, i) => i % LinesPerPage == at && i >= LinesPerPage
            ? [line, furniture(PageOf(i))]
            : new[] { line }));

    /// <summary>The text lines on either side of the furniture printed on each page: these must read on as one sentence.</summary>
    public static IEnumerable<string> JoinedAcrossFurniture(int at = MidSentence) =>
        FurnishedPages.Select(page => (page - 1) * LinesPerPage + at).Select(i => $"{Lines[i]} {Lines[i + 1]}");

    public static IEnumerable<int> FurnishedPages => Enumerable.Range(2, Pages - 1);

    private static int PageOf(int line) => line / LinesPerPage + 1;

    private static string Line(int i)
    {
        var sentenceStart = i % 4 == 0;
        var line = $"{(sentenceStart ? "The" : "the")} delegation of {Delegations[i % Delegations.Length]} {Requests[i % Requests.Length]} {Topics[i % Topics.Length]}";
        return i % 4 == 3 ? line + "." : line + " and";
    }
}
