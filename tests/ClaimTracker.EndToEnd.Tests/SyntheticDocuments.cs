using System.Globalization;
using System.Text;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>
/// Press-release-like documents of a chosen size, written for the reliability tests: paragraphs
/// of distinct sentences, some citing Council resolutions, dated statements and quoted speakers.
/// The same seed gives the same text.
/// </summary>
public static class SyntheticDocuments
{
    private static readonly string[] Actors = ["The delegation", "The ministry", "The Special Envoy", "The Council", "The observer mission", "The working group", "The Secretariat"];
    private static readonly string[] Verbs = ["reported", "noted", "confirmed", "recalled", "welcomed", "questioned", "announced"];
    private static readonly string[] Topics = ["the ceasefire arrangements", "the humanitarian corridor", "the electoral calendar", "the border commission", "the prisoner exchange", "the reconstruction fund", "the monitoring schedule"];
    private static readonly string[] Places = ["Geneva", "Vienna", "Nairobi", "New York", "Addis Ababa", "Doha", "The Hague"];
    private static readonly string[] Months = ["January", "March", "May", "July", "September", "November"];

    public static string Create(int seed, int targetBytes)
    {
        var random = new Random(seed);
        var text = new StringBuilder(targetBytes + 256);
        text.Append(CultureInfo.InvariantCulture, $"Briefing note {seed}\n\n");
        var sentence = 0;
        while (text.Length < targetBytes)
        {
            for (var i = random.Next(3, 7); i > 0; i--)
            {
                text.Append(Sentence(random, seed, ++sentence)).Append(' ');
            }
            text.Length--;
            text.Append("\n\n");
        }
        return text.ToString();
    }

    private static string Sentence(Random random, int seed, int n)
    {
        var actor = Pick(random, Actors);
        var verb = Pick(random, Verbs);
        var topic = Pick(random, Topics);
        var place = Pick(random, Places);
        var year = random.Next(1990, 2025);
        return random.Next(6) switch
        {
            0 => $"{actor} {verb} resolution {random.Next(700, 2700)} ({year}) in item {seed}.{n} on {topic}.",
            1 => $"In a statement of {random.Next(1, 28)} {Pick(random, Months)} {year}, {actor.ToLowerInvariant()} {verb} progress on {topic} (item {seed}.{n}).",
            2 => $"\"We will not step back from {topic},\" the head of delegation said in {place} (item {seed}.{n}).",
            _ => $"{actor} {verb} {topic} in {place} as item {seed}.{n} of the session of {year}.",
        };
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
