using System.Text.RegularExpressions;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Tests.Segmentation;

/// <summary>
/// The 52 English "Golden Rules" of sentence segmentation published with pragmatic_segmenter
/// (Kevin S. Dias, MIT licence): README, "The Golden Rules", and the "Golden Rules" context of
/// <c>spec/pragmatic_segmenter/languages/english_spec.rb</c> in github.com/diasks2/pragmatic_segmenter,
/// numbered and named as there. Each rule's text goes through the product's segmentation
/// (<see cref="ClaimSegmenter.Segment"/>), so a newline in a text is a real line break, and its
/// units must be the rule's segments, whitespace aside. Rule 18 (a.m. and P.M. before "Mr.") is
/// skipped in pragmatic_segmenter's own suite as "NOT IMPLEMENTED"; it passes here.
/// </summary>
public sealed partial class GoldenRulesTests
{
    [Theory]
    [InlineData(1, "Simple period to end sentence",
        "Hello World. My name is Jonas.",
        new[] { "Hello World.", "My name is Jonas." })]
    [InlineData(2, "Question mark to end sentence",
        "What is your name? My name is Jonas.",
        new[] { "What is your name?", "My name is Jonas." })]
    [InlineData(3, "Exclamation point to end sentence",
        "There it is! I found it.",
        new[] { "There it is!", "I found it." })]
    [InlineData(4, "One letter upper case abbreviations",
        "My name is Jonas E. Smith.",
        new[] { "My name is Jonas E. Smith." })]
    [InlineData(5, "One letter lower case abbreviations",
        "Please turn to p. 55.",
        new[] { "Please turn to p. 55." })]
    [InlineData(6, "Two letter lower case abbreviations in the middle of a sentence",
        "Were Jane and co. at the party?",
        new[] { "Were Jane and co. at the party?" })]
    [InlineData(7, "Two letter upper case abbreviations in the middle of a sentence",
        "They closed the deal with Pitt, Briggs & Co. at noon.",
        new[] { "They closed the deal with Pitt, Briggs & Co. at noon." })]
    [InlineData(8, "Two letter lower case abbreviations at the end of a sentence",
        "Let's ask Jane and co. They should know.",
        new[] { "Let's ask Jane and co.", "They should know." })]
    [InlineData(9, "Two letter upper case abbreviations at the end of a sentence",
        "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
        new[] { "They closed the deal with Pitt, Briggs & Co.", "It closed yesterday." })]
    [InlineData(10, "Two letter (prepositive) abbreviations",
        "I can see Mt. Fuji from here.",
        new[] { "I can see Mt. Fuji from here." })]
    [InlineData(11, "Two letter (prepositive & postpositive) abbreviations",
        "St. Michael's Church is on 5th st. near the light.",
        new[] { "St. Michael's Church is on 5th st. near the light." })]
    [InlineData(12, "Possesive two letter abbreviations",
        "That is JFK Jr.'s book.",
        new[] { "That is JFK Jr.'s book." })]
    [InlineData(13, "Multi-period abbreviations in the middle of a sentence",
        "I visited the U.S.A. last year.",
        new[] { "I visited the U.S.A. last year." })]
    [InlineData(14, "Multi-period abbreviations at the end of a sentence",
        "I live in the E.U. How about you?",
        new[] { "I live in the E.U.", "How about you?" })]
    [InlineData(15, "U.S. as sentence boundary",
        "I live in the U.S. How about you?",
        new[] { "I live in the U.S.", "How about you?" })]
    [InlineData(16, "U.S. as non sentence boundary with next word capitalized",
        "I work for the U.S. Government in Virginia.",
        new[] { "I work for the U.S. Government in Virginia." })]
    [InlineData(17, "U.S. as non sentence boundary",
        "I have lived in the U.S. for 20 years.",
        new[] { "I have lived in the U.S. for 20 years." })]
    [InlineData(18, "A.M. / P.M. as non sentence boundary and sentence boundary",
        "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
        new[] { "At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store." })]
    [InlineData(19, "Number as non sentence boundary",
        "She has $100.00 in her bag.",
        new[] { "She has $100.00 in her bag." })]
    [InlineData(20, "Number as sentence boundary",
        "She has $100.00. It is in her bag.",
        new[] { "She has $100.00.", "It is in her bag." })]
    [InlineData(21, "Parenthetical inside sentence",
        "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
        new[] { "He teaches science (He previously worked for 5 years as an engineer.) at the local University." })]
    [InlineData(22, "Email addresses",
        "Her email is Jane.Doe@example.com. I sent her an email.",
        new[] { "Her email is Jane.Doe@example.com.", "I sent her an email." })]
    [InlineData(23, "Web addresses",
        "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
        new[] { "The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out." })]
    [InlineData(24, "Single quotations inside sentence",
        "She turned to him, 'This is great.' she said.",
        new[] { "She turned to him, 'This is great.' she said." })]
    [InlineData(25, "Double quotations inside sentence",
        "She turned to him, \"This is great.\" she said.",
        new[] { "She turned to him, \"This is great.\" she said." })]
    [InlineData(26, "Double quotations at the end of a sentence",
        "She turned to him, \"This is great.\" She held the book out to show him.",
        new[] { "She turned to him, \"This is great.\"", "She held the book out to show him." })]
    [InlineData(27, "Double punctuation (exclamation point)",
        "Hello!! Long time no see.",
        new[] { "Hello!!", "Long time no see." })]
    [InlineData(28, "Double punctuation (question mark)",
        "Hello?? Who is there?",
        new[] { "Hello??", "Who is there?" })]
    [InlineData(29, "Double punctuation (exclamation point / question mark)",
        "Hello!? Is that you?",
        new[] { "Hello!?", "Is that you?" })]
    [InlineData(30, "Double punctuation (question mark / exclamation point)",
        "Hello?! Is that you?",
        new[] { "Hello?!", "Is that you?" })]
    [InlineData(31, "List (period followed by parens and no period to end item)",
        "1.) The first item 2.) The second item",
        new[] { "1.) The first item", "2.) The second item" })]
    [InlineData(32, "List (period followed by parens and period to end item)",
        "1.) The first item. 2.) The second item.",
        new[] { "1.) The first item.", "2.) The second item." })]
    [InlineData(33, "List (parens and no period to end item)",
        "1) The first item 2) The second item",
        new[] { "1) The first item", "2) The second item" })]
    [InlineData(34, "List (parens and period to end item)",
        "1) The first item. 2) The second item.",
        new[] { "1) The first item.", "2) The second item." })]
    [InlineData(35, "List (period to mark list and no period to end item)",
        "1. The first item 2. The second item",
        new[] { "1. The first item", "2. The second item" })]
    [InlineData(36, "List (period to mark list and period to end item)",
        "1. The first item. 2. The second item.",
        new[] { "1. The first item.", "2. The second item." })]
    [InlineData(37, "List with bullet",
        "• 9. The first item • 10. The second item",
        new[] { "• 9. The first item", "• 10. The second item" })]
    [InlineData(38, "List with hypthen",
        "⁃9. The first item ⁃10. The second item",
        new[] { "⁃9. The first item", "⁃10. The second item" })]
    [InlineData(39, "Alphabetical list",
        "a. The first item b. The second item c. The third list item",
        new[] { "a. The first item", "b. The second item", "c. The third list item" })]
    [InlineData(40, "Errant newlines in the middle of sentences (PDF)",
        "This is a sentence\ncut off in the middle because pdf.",
        new[] { "This is a sentence cut off in the middle because pdf." })]
    [InlineData(41, "Errant newlines in the middle of sentences",
        "It was a cold \nnight in the city.",
        new[] { "It was a cold night in the city." })]
    [InlineData(42, "Lower case list separated by newline",
        "features\ncontact manager\nevents, activities\n",
        new[] { "features", "contact manager", "events, activities" })]
    [InlineData(43, "Geo Coordinates",
        "You can find it at N°. 1026.253.553. That is where the treasure is.",
        new[] { "You can find it at N°. 1026.253.553.", "That is where the treasure is." })]
    [InlineData(44, "Named entities with an exclamation point",
        "She works at Yahoo! in the accounting department.",
        new[] { "She works at Yahoo! in the accounting department." })]
    [InlineData(45, "I as a sentence boundary and I as an abbreviation",
        "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
        new[] { "We make a good team, you and I.", "Did you see Albert I. Jones yesterday?" })]
    [InlineData(46, "Ellipsis at end of quotation",
        "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
        new[] { "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”" })]
    [InlineData(47, "Ellipsis with square brackets",
        "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
        new[] { "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)." })]
    [InlineData(48, "Ellipsis as sentence boundary (standard ellipsis rules)",
        "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.",
        new[] { "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .", "Next sentence." })]
    [InlineData(49, "Ellipsis as sentence boundary (non-standard ellipsis rules)",
        "I never meant that.... She left the store.",
        new[] { "I never meant that....", "She left the store." })]
    [InlineData(50, "Ellipsis as non sentence boundary",
        "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
        new[] { "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it." })]
    [InlineData(51, "4-dot ellipsis",
        "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .",
        new[] { "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.", ". . . The practice was not abandoned. . . ." })]
    [InlineData(52, "No whitespace in between sentences",
        "Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.",
        new[] { "Hello world.", "Today is Tuesday.", "Mr. Smith went to the store and bought 1,000.", "That is a lot." })]
    public void Golden_rule(int number, string name, string text, string[] expected)
    {
        var units = ClaimSegmenter.Segment(text).Units.Select(u => Normalized(u.Text));

        // Segments joined by " | ", behind the rule's number and name, so a failure says which rule and where it cut.
        Assert.Equal($"#{number} {name}: {string.Join(" | ", expected.Select(Normalized))}", $"#{number} {name}: {string.Join(" | ", units)}");
    }

    private static string Normalized(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();
}
