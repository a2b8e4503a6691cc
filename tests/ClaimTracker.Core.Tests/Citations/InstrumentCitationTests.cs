namespace ClaimTracker.Core.Tests.Citations;

/// <summary>Named treaties, accords, declarations and charters, and the articles cited of them.</summary>
public sealed class InstrumentCitationTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        // Names before the keyword, names after it, a name with its date.
        { "The delegates held up the Geneva Accords as a model.", [Cite.Treaty("Geneva Accords")] },
        { "Both sides then signed the General Armistice Agreements of that year.", [Cite.Treaty("General Armistice Agreements")] },
        { "The Camp David Accords were signed by both leaders.", [Cite.Treaty("Camp David Accords")] },
        { "The Lausanne Protocol of 12 May 1949 set out the maps.", [Cite.Treaty("Lausanne Protocol 1949-05-12")] },
        { "The Assembly proclaimed the Declaration on the Granting of Independence to Colonial Countries and Peoples.", [Cite.Treaty("Declaration on the Granting of Independence to Colonial Countries and Peoples")] },
        { "Iraq signed a Memorandum of Understanding between the Government of Iraq and the United Nations.", [Cite.Treaty("Memorandum of Understanding between the Government of Iraq and the United Nations")] },
        { "Both states ratified the International Covenant on Civil and Political Rights.", [Cite.Treaty("International Covenant on Civil and Political Rights")] },
        { "The Rome Statute created the court.", [Cite.Treaty("Rome Statute")] },
        { "The Helsinki Final Act bound 35 states.", [Cite.Treaty("Helsinki Final Act")] },
        { "The Final Act of the Conference on Security and Co-operation in Europe was signed.", [Cite.Treaty("Final Act of the Conference on Security and Co-operation in Europe")] },
        { "The council adopted the Declaration of Independence in Algiers.", [Cite.Treaty("Declaration of Independence")] },
        { "Madrid Accords", [Cite.Treaty("Madrid Accords")] },
        // The Charter, its articles and chapters.
        { "The Security Council acted under Article 51 of the Charter.", [Cite.Treaty("Charter of the United Nations, Article 51")] },
        { "The UN invoked Article 2, paragraph 4, of the Charter of the United Nations.", [Cite.Treaty("Charter of the United Nations, Article 2(4)")] },
        { "The Council may impose measures under Articles 41 and 42 of the Charter.", [Cite.Treaty("Charter of the United Nations, Article 41"), Cite.Treaty("Charter of the United Nations, Article 42")] },
        { "The Council acted under Chapter VII of the UN Charter.", [Cite.Treaty("Charter of the United Nations, Chapter VII")] },
        { "The Security Council said the annexation violates the Charter.", [Cite.Treaty("Charter of the United Nations")] },
        { "Its delegate cited the United Nations Charter.", [Cite.Treaty("Charter of the United Nations")] },
        { "The report quoted article 49 of the Fourth Geneva Convention.", [Cite.Treaty("Fourth Geneva Convention, Article 49")] },
        // Traps: common nouns, capitals a sentence or a heading gives, a keyword inside another name.
        { "An agreement was reached on the border.", [] },
        { "Bilateral Agreements were signed by both sides.", [] },
        { "Agreement between the parties remains distant.", [] },
        { "Under these Agreements the border moved.", [] },
        { "The Accords granted self-rule.", [] },
        { "Peace Agreement", [] },
        { "Treaty Negotiations With Egypt", [] },
        { "Turkey joined the North Atlantic Treaty Organization.", [] },
        { "The club's rules follow the Charter.", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cites_named_instruments_and_their_articles(string sentence, string[] expected) =>
        Assert.Equal(expected, Cite.In(sentence));

    [Fact]
    public void Each_article_of_a_list_is_cited_by_its_own_words()
    {
        var articles = Cite.All("The Council may impose measures under Articles 41 and 42 of the Charter.");

        Assert.Equal(["Articles 41", "42 of the Charter"], articles.Select(a => a.Surface));
    }
}
