using ClaimTracker.Core.Segmentation;
using ClaimTracker.Core.Sentences;

namespace ClaimTracker.Core.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    /// <summary>Each case: running text, and the sentences it holds separated by " | ".</summary>
    [Theory]
    [InlineData("Mr. Smith went to Washington. He arrived.", "Mr. Smith went to Washington. | He arrived.")]
    [InlineData("Dr. Jones and Prof. Lee met in St. Petersburg. They talked.", "Dr. Jones and Prof. Lee met in St. Petersburg. | They talked.")]
    [InlineData("The U.S. delegation arrived. The talks began.", "The U.S. delegation arrived. | The talks began.")]
    [InlineData("Talks were held in the U.S. The delegation left.", "Talks were held in the U.S. | The delegation left.")]
    [InlineData("See e.g. the report. It is long.", "See e.g. the report. | It is long.")]
    [InlineData("Resolution No. 5 was adopted. It passed.", "Resolution No. 5 was adopted. | It passed.")]
    [InlineData("Prime Minister N. Pashinyan spoke. He left.", "Prime Minister N. Pashinyan spoke. | He left.")]
    [InlineData("It cost $3.5 million. Prices rose 2.5 percent.", "It cost $3.5 million. | Prices rose 2.5 percent.")]
    [InlineData("At 10 a.m. the meeting opened. It closed at noon.", "At 10 a.m. the meeting opened. | It closed at noon.")]
    [InlineData("On 3 Oct. 2019 he spoke. The hall applauded.", "On 3 Oct. 2019 he spoke. | The hall applauded.")]
    [InlineData("He waited... Then he left.", "He waited... | Then he left.")]
    [InlineData("He said… and then left.", "He said… and then left.")]
    [InlineData("What happened? Nobody knows! Really.", "What happened? | Nobody knows! | Really.")]
    [InlineData("“Karabakh is historically the land of Azerbaijan. So Karabakh is Azerbaijan, exclamation mark,” the President said.",
        "“Karabakh is historically the land of Azerbaijan. | So Karabakh is Azerbaijan, exclamation mark,” the President said.")]
    [InlineData("He said: “We won.” Then he left.", "He said: “We won.” | Then he left.")]
    [InlineData("(This was later denied.) The talks resumed.", "(This was later denied.) | The talks resumed.")]
    [InlineData("Read https://undocs.org/en/S/RES/822(1993) for the text. It is short.", "Read https://undocs.org/en/S/RES/822(1993) for the text. | It is short.")]
    [InlineData("Write to press@mfa.gov.az for details. Thanks.", "Write to press@mfa.gov.az for details. | Thanks.")]
    [InlineData("THE TALKS FAILED. THE WAR BEGAN.", "THE TALKS FAILED. | THE WAR BEGAN.")]
    [InlineData("The vote was 15-0. Resolution 822 passed.", "The vote was 15-0. | Resolution 822 passed.")]
    [InlineData("Acme Inc. said it would appeal. The court disagreed.", "Acme Inc. said it would appeal. | The court disagreed.")]
    [InlineData("No full stop at the end", "No full stop at the end")]
    [InlineData("The talks failed — again. Nobody was surprised – least of all Baku.", "The talks failed — again. | Nobody was surprised – least of all Baku.")]
    [InlineData("He left (the hall was empty). Then she spoke.", "He left (the hall was empty). | Then she spoke.")]
    [InlineData("He said: “Stop. Now.” The room went quiet.", "He said: “Stop. | Now.” | The room went quiet.")]
    [InlineData("It was 9.30 p.m. when the vote began. It ended at 11 p.m.", "It was 9.30 p.m. when the vote began. | It ended at 11 p.m.")]
    [InlineData("Armenia v. Azerbaijan was filed in 2021. The court heard it.", "Armenia v. Azerbaijan was filed in 2021. | The court heard it.")]
    public void Splits_prose_into_sentences(string text, string expected)
    {
        var sentences = SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]);

        Assert.Equal(expected, string.Join(" | ", sentences));
    }

    /// <summary>A marker opens its item; inside running text only a run of consecutive markers of one style is a list.</summary>
    [Theory]
    [InlineData("The Council set three tasks: 1) a ceasefire 2) a withdrawal 3) talks on status", "The Council set three tasks: | 1) a ceasefire | 2) a withdrawal | 3) talks on status")]
    [InlineData("1.) The Council met. 2.) The Council adjourned.", "1.) The Council met. | 2.) The Council adjourned.")]
    [InlineData("a) Monitors are deployed b) Prisoners are exchanged c) Borders reopen", "a) Monitors are deployed | b) Prisoners are exchanged | c) Borders reopen")]
    [InlineData("(i) The mandate is extended. (ii) The mission is enlarged. (iii) A report is due in June.", "(i) The mandate is extended. | (ii) The mission is enlarged. | (iii) A report is due in June.")]
    [InlineData("The parties agreed: (a) to cease fire; (b) to exchange prisoners; (c) to meet again in May.", "The parties agreed: | (a) to cease fire; | (b) to exchange prisoners; | (c) to meet again in May.")]
    [InlineData("A. The first option B. The second option", "A. The first option | B. The second option")]
    [InlineData("• Ceasefire • Withdrawal • Talks", "• Ceasefire | • Withdrawal | • Talks")]
    [InlineData("⁃1. Ceasefire ⁃2. Withdrawal", "⁃1. Ceasefire | ⁃2. Withdrawal")]
    [InlineData("12. The Assembly decides to remain seized of the matter.", "12. The Assembly decides to remain seized of the matter.")]
    [InlineData("Paragraphs (a) and (b) of resolution 687 set out the terms.", "Paragraphs (a) and (b) of resolution 687 set out the terms.")]
    [InlineData("The claim in (2) follows from (1) by the same argument.", "The claim in (2) follows from (1) by the same argument.")]
    [InlineData("He scored 1. Then he scored 2. The match ended.", "He scored 1. | Then he scored 2. | The match ended.")]
    [InlineData("See No. 1. and No. 2. of the annex.", "See No. 1. and No. 2. of the annex.")]
    [InlineData("80/27. Regional disarmament", "80/27. Regional disarmament")]
    [InlineData("(a) The first point stands. [b] The second one falls. (iv) And the third waits.", "(a) The first point stands. | [b] The second one falls. | (iv) And the third waits.")]
    [InlineData("The tasks were set. a. draft the text b. circulate it c. put it to a vote", "The tasks were set. | a. draft the text | b. circulate it | c. put it to a vote")]
    [InlineData("a) draft it b) circulate it c) vote on it\nThe Council agreed.", "a) draft it | b) circulate it | c) vote on it | The Council agreed.")]
    public void List_items_are_sentences_opened_by_their_markers(string text, string expected) => AssertSentences(text, expected);

    /// <summary>Dots inside web and e-mail addresses and file names are theirs; the full stop after one ends the sentence.</summary>
    [Theory]
    [InlineData("The text is at https://undocs.org/en/S/RES/242(1967). It is short.", "The text is at https://undocs.org/en/S/RES/242(1967). | It is short.")]
    [InlineData("Write to info@un.org. The office replies within a week.", "Write to info@un.org. | The office replies within a week.")]
    [InlineData("Open report_2021.pdf. The annex follows.", "Open report_2021.pdf. | The annex follows.")]
    [InlineData("See www.un.org for the text. It was adopted unanimously.", "See www.un.org for the text. | It was adopted unanimously.")]
    public void Addresses_and_file_names_end_a_sentence_only_at_their_last_full_stop(string text, string expected) => AssertSentences(text, expected);

    /// <summary>"a.m." and "p.m." end a sentence where the text so far and what follows are clauses.</summary>
    [Theory]
    [InlineData("At 9 a.m. Mr. Guterres opened the session. It closed at 6 p.m. The delegates left.", "At 9 a.m. Mr. Guterres opened the session. | It closed at 6 p.m. | The delegates left.")]
    [InlineData("The vote was held at 11 P.M. on Tuesday.", "The vote was held at 11 P.M. on Tuesday.")]
    [InlineData("The talks ended at 4 p.m. Delegates then issued a joint statement.", "The talks ended at 4 p.m. | Delegates then issued a joint statement.")]
    [InlineData("The meeting began at 9 a. m. and ended at noon.", "The meeting began at 9 a. m. and ended at noon.")]
    [InlineData("The talks ended at 6 p.m. 12 delegates stayed on.", "The talks ended at 6 p.m. | 12 delegates stayed on.")]
    [InlineData("On the morning \"the talks collapsed\" at 9 a.m. Ms. Lee called him.", "On the morning \"the talks collapsed\" at 9 a.m. Ms. Lee called him.")]
    public void Times_of_day_end_a_sentence_where_a_clause_ends(string text, string expected) => AssertSentences(text, expected);

    /// <summary>A single capital is an initial, except "I" after a lowercase word.</summary>
    [Theory]
    [InlineData("The report was written by J. R. Smith and M. Jones.", "The report was written by J. R. Smith and M. Jones.")]
    [InlineData("Nobody objected but I. The chair then closed the debate.", "Nobody objected but I. | The chair then closed the debate.")]
    [InlineData("King Abdullah I. Hussein was not present.", "King Abdullah I. Hussein was not present.")]
    [InlineData("President George W. Bush signed the order.", "President George W. Bush signed the order.")]
    [InlineData("The plan got a B. Everyone thought it fair.", "The plan got a B. | Everyone thought it fair.")]
    public void Initials_stay_with_their_names_and_the_pronoun_ends_a_sentence(string text, string expected) => AssertSentences(text, expected);

    /// <summary>Titles before names, reference words before numbers, connectives always lead on; company and list endings end a sentence where a new one plainly opens.</summary>
    [Theory]
    [InlineData("The fund holds shares in Acme Inc. The next day it sold them.", "The fund holds shares in Acme Inc. | The next day it sold them.")]
    [InlineData("They discussed oil, gas, etc. Then they adjourned.", "They discussed oil, gas, etc. | Then they adjourned.")]
    [InlineData("Sen. Warren asked for a vote.", "Sen. Warren asked for a vote.")]
    [InlineData("The rule is in Gov. Reg. 12 of the code.", "The rule is in Gov. Reg. 12 of the code.")]
    [InlineData("The text appears in the Code (Supp. No. 12) as amended.", "The text appears in the Code (Supp. No. 12) as amended.")]
    [InlineData("See para. 4 of the report and vol. 2 of the annex.", "See para. 4 of the report and vol. 2 of the annex.")]
    [InlineData("The right is set out in Art. 51 of the Charter.", "The right is set out in Art. 51 of the Charter.")]
    [InlineData("The mission has approx. 40 observers.", "The mission has approx. 40 observers.")]
    [InlineData("The exception is narrow, cf. section 3 below.", "The exception is narrow, cf. section 3 below.")]
    [InlineData("The mission moved to the U.S. Embassy in Baghdad.", "The mission moved to the U.S. Embassy in Baghdad.")]
    [InlineData("The delegation returned to the U.S. Officials declined to comment.", "The delegation returned to the U.S. | Officials declined to comment.")]
    [InlineData("Acme Ltd. Chairman Jones resigned.", "Acme Ltd. Chairman Jones resigned.")]
    [InlineData("The fine was Rs. 5000 in total.", "The fine was Rs. 5000 in total.")]
    [InlineData("The hotel is on Main St. The talks were held there.", "The hotel is on Main St. | The talks were held there.")]
    [InlineData("The wall is 3 ft. Engineers measured it twice.", "The wall is 3 ft. | Engineers measured it twice.")]
    [InlineData("The crate was 5 ft. 3 in. long.", "The crate was 5 ft. 3 in. long.")]
    [InlineData("See Vol. II of the report.", "See Vol. II of the report.")]
    [InlineData("The envoy met Mr . Guterres today .", "The envoy met Mr . Guterres today .")]
    [InlineData("Traffic leaves Route 9/U.S. Highway 1 at the bridge.", "Traffic leaves Route 9/U.S. Highway 1 at the bridge.")]
    [InlineData("Swelling fell in the treated joints. to confirm it, a second trial was run.", "Swelling fell in the treated joints. | to confirm it, a second trial was run.")]
    [InlineData("Prices rose in every region. and then they fell.", "Prices rose in every region. and then they fell.")]
    [InlineData("The chart shows the avg. of the rates and the temp. in each room.", "The chart shows the avg. of the rates and the temp. in each room.")]
    [InlineData("The envoy won't. Really.", "The envoy won't. | Really.")]
    public void Abbreviations_end_a_sentence_or_not_by_what_they_are_and_what_follows(string text, string expected) => AssertSentences(text, expected);

    /// <summary>A dot between digits is the number's; a full stop after a number ends the sentence.</summary>
    [Theory]
    [InlineData("Turnout fell by .5 percent. It was 61.3 percent in 2019.", "Turnout fell by .5 percent. | It was 61.3 percent in 2019.")]
    [InlineData("The aid totalled $1,000.50. It arrived late.", "The aid totalled $1,000.50. | It arrived late.")]
    [InlineData("The budget rose to 1,000.The committee approved it.", "The budget rose to 1,000. | The committee approved it.")]
    [InlineData("The site lies at 40.4093 N, 49.8671 E. It is near Baku.", "The site lies at 40.4093 N, 49.8671 E. | It is near Baku.")]
    [InlineData("Version 2.1.3 was released. It fixed the bug.", "Version 2.1.3 was released. | It fixed the bug.")]
    [InlineData("Install v1.2. Then restart.", "Install v1.2. | Then restart.")]
    public void Numbers_decimals_coordinates_and_versions_keep_their_dots(string text, string expected) => AssertSentences(text, expected);

    /// <summary>PDF text loses the space after a full stop; addresses and dotted names keep theirs.</summary>
    [Theory]
    [InlineData("The session opened.The Chair welcomed delegates.Mr. Smith spoke first.", "The session opened. | The Chair welcomed delegates. | Mr. Smith spoke first.")]
    [InlineData("Contact jane.doe@example.org for the text.", "Contact jane.doe@example.org for the text.")]
    [InlineData("The report uses ASP.NET and Node.js tools.", "The report uses ASP.NET and Node.js tools.")]
    [InlineData("The draft was ready.Isn't it late?It is.", "The draft was ready. | Isn't it late? | It is.")]
    [InlineData("The Council adopted resolution 5.It was short.", "The Council adopted resolution 5. | It was short.")]
    [InlineData("1.The first item", "1.The first item")]
    [InlineData(".The Council met.", ".The Council met.")]
    public void Sentences_run_together_without_a_space_are_split(string text, string expected) => AssertSentences(text, expected);

    /// <summary>Three spaced dots leave words out, four end the sentence; bracketed ones never end it.</summary>
    [Theory]
    [InlineData("The resolution calls for . . . withdrawal of armed forces.", "The resolution calls for . . . withdrawal of armed forces.")]
    [InlineData("The talks stalled.... Nobody knew why.", "The talks stalled.... | Nobody knew why.")]
    [InlineData("The talks stalled . . . . Nobody knew why.", "The talks stalled . . . . | Nobody knew why.")]
    [InlineData("He waited... and then left.", "He waited... and then left.")]
    [InlineData("The text reads “all necessary means [...] to restore peace”.", "The text reads “all necessary means [...] to restore peace”.")]
    [InlineData("Talks failed! . . . Nobody came back.", "Talks failed! . . . | Nobody came back.")]
    [InlineData("We waited... I went home in the end.", "We waited... I went home in the end.")]
    [InlineData("We waited . . . Nobody came back.", "We waited . . . | Nobody came back.")]
    public void Ellipses_leave_words_out_or_end_a_sentence(string text, string expected) => AssertSentences(text, expected);

    /// <summary>Closing quotes and brackets, ?! runs, footnote references and a parenthetical citation belong to the sentence before them.</summary>
    [Theory]
    [InlineData("He said: “We accept.” The talks resumed.", "He said: “We accept.” | The talks resumed.")]
    [InlineData("The vote was close (eight to seven.) The motion failed.", "The vote was close (eight to seven.) | The motion failed.")]
    [InlineData("Who decides?! Nobody knows.", "Who decides?! | Nobody knows.")]
    [InlineData("The envoy resigned.[12] A successor was named.", "The envoy resigned.[12] | A successor was named.")]
    [InlineData("The claim was rejected.4 The court closed the case.", "The claim was rejected.4 | The court closed the case.")]
    [InlineData("“The occupation must end” (A/75/123, para. 4). The debate continued.", "“The occupation must end” (A/75/123, para. 4). | The debate continued.")]
    [InlineData("The phrase “by all means…” (Smith 2003). was quoted.", "The phrase “by all means…” (Smith 2003). was quoted.")]
    [InlineData("The envoy resigned. [12] A successor was named.", "The envoy resigned. [12] | A successor was named.")]
    [InlineData("He said `we will return.` The hall emptied.", "He said `we will return.` | The hall emptied.")]
    [InlineData("The envoy resigned. [3] The post stayed empty.", "The envoy resigned. [3] | The post stayed empty.")]
    public void What_trails_the_mark_stays_with_its_sentence(string text, string expected) => AssertSentences(text, expected);

    /// <summary>
    /// A straight quote set off by spaces between sentences closes the quotation the sentence left
    /// open, or else opens the next sentence's; where the sentence quoted nothing, it closes one
    /// opened before unless the next sentence closes it again.
    /// </summary>
    [Theory]
    [InlineData("The minister spoke last . ' We will not go back , ' she said .", "The minister spoke last . | ' We will not go back , ' she said .")]
    [InlineData("She called the plan ' a step forward . ' The talks resumed .", "She called the plan ' a step forward . ' | The talks resumed .")]
    [InlineData("Would anyone listen ? '' Nobody answered .", "Would anyone listen ? '' | Nobody answered .")]
    [InlineData("'' We are ready , '' the envoy said . '' The rest is up to them .", "'' We are ready , '' the envoy said . | '' The rest is up to them .")]
    [InlineData("He asked, `Who signed it?'  ' The minister did.'", "He asked, `Who signed it?' | ' The minister did.'")]
    [InlineData("`` We are ready , '' she said . `` Come in . ''", "`` We are ready , '' she said . | `` Come in . ''")]
    [InlineData("The vote passed . “ It is done , ” he said .", "The vote passed . | “ It is done , ” he said .")]
    public void Quote_marks_set_off_by_spaces_close_one_sentence_or_open_the_next(string text, string expected) => AssertSentences(text, expected);

    /// <summary>
    /// A parenthesis inside a sentence is part of it, with the sentences it holds; one between
    /// sentences is a unit of its own. An unclosed one swallows nothing.
    /// </summary>
    [Theory]
    [InlineData("The delegate (who spoke twice. (Once in May!) (Again in June.)) left early. The vote followed.", "The delegate (who spoke twice. (Once in May!) (Again in June.)) left early. | The vote followed.")]
    [InlineData("The session closed. (Res. 12:4) (Noted. Filed!) The Council adjourned.", "The session closed. | (Res. 12:4) | (Noted. Filed!) | The Council adjourned.")]
    [InlineData("The report (see the annex was missing. The Council noted it.", "The report (see the annex was missing. | The Council noted it.")]
    [InlineData("(1995) The year the talks began.", "(1995) The year the talks began.")]
    public void Parentheses_stay_whole_inside_a_sentence_and_stand_alone_between_sentences(string text, string expected) => AssertSentences(text, expected);

    [Fact]
    public void Spans_are_trimmed_and_cover_only_text()
    {
        var spans = SentenceSplitter.Split("  One.   Two.  ");

        Assert.Equal([new(2, 6), new(9, 13)], spans);
    }

    [Fact]
    public void Empty_text_has_no_sentences() => Assert.Empty(SentenceSplitter.Split("   "));

    private static void AssertSentences(string text, string expected) =>
        Assert.Equal(expected, string.Join(" | ", SentenceSplitter.Split(text).Select(s => text[s.Start..s.End])));
}
