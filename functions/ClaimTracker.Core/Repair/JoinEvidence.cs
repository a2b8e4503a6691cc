using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Repair;

/// <summary>
/// How well a block that ends mid-sentence and a block that starts mid-sentence fit together,
/// from the words on either side of the break, and how far apart they stand. Null: they cannot
/// be one sentence (a non-word such as <c>nexation</c> cannot follow a whole word; <c>the</c>
/// cannot be followed by <c>in</c>).
/// </summary>
internal static class JoinEvidence
{
    /// <summary>Evidence below this is too weak to join on: an honest fragment is better than a wrong merge.</summary>
    public const double Threshold = -2.5;

    /// <summary>Reading backwards (a continuation printed before its start) happens, but needs the evidence to say so.</summary>
    private const double BackwardPenalty = 1.5;

    private const double PenaltyPerBlockBetween = 0.05;

    public static double? Score(FlowBlock end, FlowBlock start, DocumentVocabulary vocabulary)
    {
        var evidence = WordEvidence(end.Shape, start, vocabulary);
        if (evidence is not { } score)
        {
            return null;
        }

        var between = Math.Abs(start.Index - end.Index) - 1;
        score -= between * PenaltyPerBlockBetween;
        if (start.Index < end.Index)
        {
            // Reading backwards needs positive evidence from the words themselves.
            if (evidence < 1)
            {
                return null;
            }
            score -= BackwardPenalty;
        }
        // One short unfinished clause may as well be a caption: it has to earn its join.
        if (end.Shape.IsShortClause && end.Shape.BrokenWord is null && !IsFunctionWord(end.Shape.LastWord))
        {
            score -= 0.5;
        }
        return score >= Threshold ? score : null;
    }

    /// <summary>What the words on either side of the break say, by the kind of break.</summary>
    private static double? WordEvidence(BlockShape end, FlowBlock start, DocumentVocabulary vocabulary)
    {
        if (end.BrokenWord is { } left)
        {
            return BrokenWordEvidence(left, start.Shape, vocabulary);
        }
        if (start.Shape.StartsWithNumberClause)
        {
            // "… on 12 | December", or a list of numbered items carried over a break: "…1996, | 52/38 P of …";
            // a number after a function word is weak evidence ("occupation of | 20 percent"), after any
            // other word weaker still: "Observer status" is a subhead, not the start of "2011 application for …".
            return end.LastWord is { } month && WordClasses.Months.Contains(month) ? 2 : end.EndsWithComma ? 1 : IsFunctionWord(end.LastWord) ? -1.5 : -2;
        }
        if (start.Shape.StartsCapitalized)
        {
            return CapitalEvidence(end.LastWord, start.Shape, vocabulary);
        }
        return LowercaseEvidence(end, start.Shape.FirstWord?.ToLowerInvariant(), vocabulary);
    }

    /// <summary>A word broken at a hyphen: its halves must make a word, or a compound the document writes.</summary>
    private static double? BrokenWordEvidence(string left, BlockShape start, DocumentVocabulary vocabulary)
    {
        if (!start.StartsLowercase || start.FirstWord is not { } right)
        {
            return null;
        }
        var repair = BrokenWord.Decide(left, right, vocabulary);
        // Two known halves only suggest a compound; a known whole word (or a repeated prefix) proves the join.
        return !repair.Known ? 0.5 : repair.Mend == BrokenWordMend.KeepHyphen && !vocabulary.HasCompound(left, right) ? 1 : 3;
    }

    /// <summary>
    /// A capital opens a sentence, unless the document itself writes the pair as one name
    /// elsewhere ("Patriotic | War"). After a function word ("and | Armenia", "the | President")
    /// a capital proves nothing: names follow those everywhere.
    /// </summary>
    private static double? CapitalEvidence(string? last, BlockShape start, DocumentVocabulary vocabulary) =>
        last is not null && !WordClasses.IsFunctionWord(last) && start.FirstWord is { } name && vocabulary.HasBigram(last, name) ? 2 : null;

    /// <summary>A lowercase word after the break: how well it goes on from the last word before it.</summary>
    private static double? LowercaseEvidence(BlockShape end, string? next, DocumentVocabulary vocabulary)
    {
        var last = end.LastWord;
        if (next is null || !vocabulary.IsWord(next))
        {
            return null;
        }
        // Only a pair of content words is evidence: "socioeconomic problems" is, "was of" is not.
        var bigram = last is not null && !WordClasses.IsFunctionWord(last) && !WordClasses.IsFunctionWord(next) && vocabulary.HasBigram(last, next);
        double score = bigram ? 2 : 0;
        if (IsFunctionWord(last))
        {
            score += 1;
        }
        if (end.EndsWithComma)
        {
            score += 0.5;
        }
        if (last is not null)
        {
            score += GrammarEvidence(last, next);
        }
        if (end.LastWordAfterComma && next is "and" or "or")
        {
            // A list carried on: "district, village | and settlement".
            score += 1.5;
        }
        return score;
    }

    /// <summary>What English allows between the two words: "the | in" cannot be, "disrupting | the negotiations" is likely.</summary>
    private static double GrammarEvidence(string last, string next)
    {
        var score = 0.0;
        if (WordClasses.Determiners.Contains(last) && WordClasses.CannotFollowDeterminer(next))
        {
            score -= 3;
        }
        if (WordClasses.Prepositions.Contains(last) && (WordClasses.Prepositions.Contains(next) || WordClasses.Conjunctions.Contains(next) || WordClasses.Auxiliaries.Contains(next)))
        {
            score -= 2;
        }
        if (!IsFunctionWord(last) && WordClasses.LooksAdjectival(last))
        {
            // "serious socioeconomic | problems", never "socioeconomic | in".
            score += WordClasses.IsFunctionWord(next) ? -3 : 0.5;
        }
        if ((last.EndsWith("ing", StringComparison.Ordinal) || last.EndsWith("ed", StringComparison.Ordinal)) && !IsFunctionWord(last) &&
            (WordClasses.Determiners.Contains(next) || next is "it" or "them" or "him" or "us"))
        {
            // A verb and its object: "disrupting | the negotiations", "violated | it".
            score += 1;
        }
        return score;
    }

    private static bool IsFunctionWord(string? word) => word is not null && WordClasses.IsFunctionWord(word);
}
