using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Repair;

/// <summary>
/// Links every block that ends mid-sentence to the block that carries the sentence on. The
/// links are chosen together, as a maximum-weight matching over all plausible pairs, because
/// the right partner of one break depends on the others: "socioeconomic" can only go on with
/// "problems", so "and" must go on with "in the decisions", though that block comes earlier.
/// Pairs are sought within a window of blocks, so the work stays linear in the document.
/// </summary>
internal static class ContinuationMatcher
{
    private const int ForwardWindow = 40;
    private const int BackwardWindow = 20;

    /// <summary>How many of the nearest starts on each side an end is weighed against.</summary>
    private const int NearestForward = 12;
    private const int NearestBackward = 6;
    private const int NearestCapitalised = 3;

    /// <summary>Above this many ends or starts in one stretch, pairs are taken greedily, best first.</summary>
    private const int MaxExactSize = 300;

    /// <summary>A join's weight: positive for any allowed pair, so more joins are always preferred to fewer.</summary>
    private const double Base = 10;

    public static void Link(IReadOnlyList<FlowBlock> blocks, DocumentVocabulary vocabulary)
    {
        var ends = blocks.Where(b => b.Shape.EndsDangling).ToArray();
        // Lowercase starts must continue something; capitalised ones almost never do, so fewer are weighed.
        var continued = blocks.Where(b => b.Shape.StartsContinued).ToArray();
        var capitalised = blocks.Where(b => b.Shape.StartsCapitalized).ToArray();
        if (ends.Length == 0 || continued.Length + capitalised.Length == 0)
        {
            return;
        }
        var starts = continued.Concat(capitalised).ToArray();

        var scores = new Dictionary<(int End, int Start), double>();
        foreach (var (candidates, offset, forward, backward) in new[]
                 {
                     (continued, 0, NearestForward, NearestBackward),
                     (capitalised, continued.Length, NearestCapitalised, 0),
                 })
        {
            var firstAfter = 0;
            for (var e = 0; e < ends.Length; e++)
            {
                var index = ends[e].Index;
                while (firstAfter < candidates.Length && candidates[firstAfter].Index <= index)
                {
                    firstAfter++;
                }
                for (var c = firstAfter; c < candidates.Length && c < firstAfter + forward && candidates[c].Index - index <= ForwardWindow; c++)
                {
                    Consider(e, offset + c);
                }
                for (var c = firstAfter - 1; c >= 0 && c > firstAfter - 1 - backward && index - candidates[c].Index <= BackwardWindow; c--)
                {
                    if (candidates[c].Index != index)
                    {
                        Consider(e, offset + c);
                    }
                }
            }
        }

        void Consider(int e, int s)
        {
            if (JoinEvidence.Score(ends[e], starts[s], vocabulary) is { } score)
            {
                scores[(e, s)] = score;
            }
        }

        var pairs = ends.Length <= MaxExactSize && starts.Length <= MaxExactSize
            ? Exact(ends.Length, starts.Length, scores)
            : Greedy(scores);
        foreach (var (e, s) in pairs)
        {
            ends[e].Next = starts[s];
            ends[e].NextScore = scores[(e, s)];
            starts[s].Previous = ends[e];
        }
        BreakCycles(blocks);
    }

    private static IEnumerable<(int, int)> Exact(int ends, int starts, Dictionary<(int End, int Start), double> scores)
    {
        var weights = new double[ends, starts];
        foreach (var ((e, s), score) in scores)
        {
            weights[e, s] = Base + score;
        }
        var match = MaximumWeightMatching.Solve(weights);
        return match.Select((s, e) => (e, s)).Where(p => p.s >= 0);
    }

    private static IEnumerable<(int, int)> Greedy(Dictionary<(int End, int Start), double> scores)
    {
        var usedEnds = new HashSet<int>();
        var usedStarts = new HashSet<int>();
        foreach (var ((e, s), _) in scores.OrderByDescending(p => p.Value))
        {
            if (!usedEnds.Contains(e) && !usedStarts.Contains(s))
            {
                usedEnds.Add(e);
                usedStarts.Add(s);
                yield return (e, s);
            }
        }
    }

    /// <summary>A block both continuing and continued (reading backwards) can close a loop; the weakest link of a loop goes.</summary>
    private static void BreakCycles(IReadOnlyList<FlowBlock> blocks)
    {
        var state = new Dictionary<FlowBlock, int>();
        foreach (var first in blocks)
        {
            var path = new List<FlowBlock>();
            var current = first;
            while (current is not null && !state.ContainsKey(current))
            {
                state[current] = 1;
                path.Add(current);
                current = current.Next;
            }
            if (current is not null && state[current] == 1)
            {
                var loop = path.SkipWhile(b => b != current).ToArray();
                var weakest = loop.MinBy(b => b.NextScore)!;
                weakest.Next!.Previous = null;
                weakest.Next = null;
            }
            foreach (var block in path)
            {
                state[block] = 2;
            }
        }
    }
}
