using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Repair;

/// <summary>
/// How to mend a word broken at a hyphen, <c>left-</c> | <c>right</c>, from the evidence of the
/// document's own words and English: <c>implemen-</c>|<c>tation</c> joins, <c>post-</c>|<c>war</c>
/// keeps its hyphen when the document writes "post-war", and <c>ter-</c>|<c>territories</c> drops
/// the repeated prefix.
/// </summary>
public static class BrokenWord
{
    public static BrokenWordRepair Decide(string left, string right, DocumentVocabulary vocabulary)
    {
        if (vocabulary.HasCompound(left, right))
        {
            return new BrokenWordRepair(BrokenWordMend.KeepHyphen, Known: true);
        }
        var joined = left + right;
        if (vocabulary.IsWord(joined))
        {
            return new BrokenWordRepair(BrokenWordMend.Join, Known: true);
        }
        if (right.Length > left.Length && right.StartsWith(left, StringComparison.OrdinalIgnoreCase) && vocabulary.IsWord(right))
        {
            return new BrokenWordRepair(BrokenWordMend.DropRepeatedPrefix, Known: true);
        }
        if (left.Length > 2 && right.Length > 2 && vocabulary.IsWord(left) && vocabulary.IsWord(right))
        {
            return new BrokenWordRepair(BrokenWordMend.KeepHyphen, Known: true);
        }
        // Neither half nor the whole is known: most often a long word split mid-way. Join, but say so.
        return new BrokenWordRepair(BrokenWordMend.Join, Known: false);
    }
}
