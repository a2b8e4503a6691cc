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

    /// <summary>Above this many ends or starts competing with each other, pairs are taken greedily, best first.</summary>
    private const int MaxExactSize = 300;

    /// <summary>
    /// A join's weight is this plus its evidence (at most a few points either way), so every
    /// allowed pair counts for far more than any difference in evidence: the matching joins as
    /// many breaks as it can, and among those choices takes the best evidence.
    /// </summary>
    private const double Base = 100;

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

        var pairs = Components(scores).SelectMany(component =>
            component.Ends.Count <= MaxExactSize && component.Starts.Count <= MaxExactSize
                ? Exact(component, scores)
                : Greedy(component, scores));
        foreach (var (e, s) in pairs)
        {
            ends[e].Next = starts[s];
            ends[e].NextScore = scores[(e, s)];
            starts[s].Previous = ends[e];
        }
        BreakCycles(blocks);
    }

    /// <summary>
    /// Groups of ends and starts that compete for each other (connected by candidate pairs).
    /// Each group is matched on its own: they are small, however long the document.
    /// </summary>
    private static IEnumerable<(List<int> Ends, List<int> Starts)> Components(Dictionary<(int End, int Start), double> scores)
    {
        var parent = new Dictionary<(bool IsStart, int Id), (bool, int)>();
        (bool, int) Find((bool, int) node)
        {
            var root = node;
            while (parent[root] != root)
            {
                root = parent[root];
            }
            // Path compression keeps every later find short: linear overall.
            while (node != root)
            {
                var next = parent[node];
                parent[node] = root;
                node = next;
            }
            return root;
        }
        foreach (var (e, s) in scores.Keys)
        {
            parent.TryAdd((false, e), (false, e));
            parent.TryAdd((true, s), (true, s));
            var a = Find((false, e));
            var b = Find((true, s));
            if (a != b)
            {
                parent[a] = b;
            }
        }
        return parent.Keys
            .GroupBy(Find)
            .Select(g => (g.Where(n => !n.IsStart).Select(n => n.Id).ToList(), g.Where(n => n.IsStart).Select(n => n.Id).ToList()));
    }

    private static IEnumerable<(int, int)> Exact((List<int> Ends, List<int> Starts) component, Dictionary<(int End, int Start), double> scores)
    {
        var weights = new double[component.Ends.Count, component.Starts.Count];
        for (var e = 0; e < component.Ends.Count; e++)
        {
            for (var s = 0; s < component.Starts.Count; s++)
            {
                if (scores.TryGetValue((component.Ends[e], component.Starts[s]), out var score))
                {
                    weights[e, s] = Base + score;
                }
            }
        }
        var match = MaximumWeightMatching.Solve(weights);
        for (var e = 0; e < match.Length; e++)
        {
            if (match[e] >= 0)
            {
                yield return (component.Ends[e], component.Starts[match[e]]);
            }
        }
    }

    /// <summary>
    /// Best pair first, never reusing an end or a start: at least half the weight of the best
    /// matching, and it can miss a second join the exact matching finds (3 + nothing, not 2 + 2).
    /// </summary>
    internal static IEnumerable<(int, int)> Greedy((List<int> Ends, List<int> Starts) component, Dictionary<(int End, int Start), double> scores)
    {
        var ends = component.Ends.ToHashSet();
        var usedEnds = new HashSet<int>();
        var usedStarts = new HashSet<int>();
        foreach (var ((e, s), _) in scores.Where(p => ends.Contains(p.Key.End)).OrderByDescending(p => p.Value))
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
