using System.Globalization;
using ClaimTracker.Core.Repair;

namespace ClaimTracker.Core.Tests.Repair;

/// <summary>
/// The matching that links broken ends to their continuations, on its own. Weights are written
/// a row per end, separated by ';' ("3 2; 2 0": end 0 weighs 3 with start 0 and 2 with start 1);
/// a matching is the start each end takes, '-' for none.
/// </summary>
public sealed class MaximumWeightMatchingTests
{
    public static TheoryData<string, string> Matchings() => new()
    {
        // Nothing to match.
        { "", "" },
        { "0 0; 0 0", "- -" },
        { "7", "0" },
        // Taking the heaviest pair first (3) would leave end 1 nothing; 2 + 2 is more.
        { "3 2; 2 0", "1 0" },
        // As ContinuationMatcher weighs (100 + evidence): joining both breaks beats the best evidence.
        { "103 100.5; 102.5 0", "1 0" },
        // A row with no allowed pair stays unmatched, though the assignment puts it on some column.
        { "0 0; 1 0", "- 0" },
        // A cycle of preferences: 3 + 3 + 3 beats the diagonal's 2 + 2 + 2.
        { "2 3 0; 0 2 3; 3 0 2", "1 2 0" },
        // More ends than starts (solved transposed): 5 + 6 beats 4 + 6 and 5 + 3.
        { "5 0; 4 3; 0 6", "0 - 1" },
        { "1 9 1", "1" },
        { "1; 9; 1", "- 0 -" },
    };

    [Theory]
    [MemberData(nameof(Matchings))]
    public void Finds_the_matching_of_greatest_weight(string weights, string expected) =>
        Assert.Equal(expected, Describe(MaximumWeightMatching.Solve(Weights(weights))));

    /// <summary>Where several matchings weigh the same, any of them will do: the weight is what must be greatest.</summary>
    [Theory]
    [InlineData("1 1; 1 1", 2)]
    [InlineData("4 4 4", 4)]
    [InlineData("4; 4; 4", 4)]
    [InlineData("1 1 1; 1 1 1; 1 1 1", 3)]
    [InlineData("3 3; 3 3; 3 3", 6)]
    [InlineData("2 1; 1 0", 2)]
    [InlineData("2.5 2.5; 2.5 2.5", 5)]
    public void Among_matchings_of_equal_weight_returns_one_of_them(string weights, double total)
    {
        var graph = Weights(weights);

        var match = MaximumWeightMatching.Solve(graph);

        AssertIsMatching(graph, match);
        Assert.Equal(total, Total(graph, match), 9);
    }

    [Fact]
    public void An_empty_graph_of_any_shape_matches_nothing()
    {
        Assert.Empty(MaximumWeightMatching.Solve(new double[0, 0]));
        Assert.Empty(MaximumWeightMatching.Solve(new double[0, 4]));
        Assert.Equal([-1, -1, -1], MaximumWeightMatching.Solve(new double[3, 0]));
    }

    /// <summary>Random small graphs, a third of their pairs not allowed, against every matching there is.</summary>
    [Fact]
    public void Equals_brute_force_on_random_small_graphs()
    {
        var graphs = RandomGraphs(seed: 20261129, count: 500).ToArray();
        Assert.NotEmpty(graphs);
        // Enough of them have a matching worth finding, and several pairs in it, for the test to bite.
        Assert.True(graphs.Count(g => BestTotal(g) > 0 && g.GetLength(0) >= 3 && g.GetLength(1) >= 3) > 100);

        Assert.All(graphs, graph =>
        {
            var match = MaximumWeightMatching.Solve(graph);
            AssertIsMatching(graph, match);
            Assert.Equal(BestTotal(graph), Total(graph, match), 9);
        });
    }

    /// <summary>The fallback for components too large to match exactly: best pair first.</summary>
    [Fact]
    public void The_greedy_fallback_takes_the_heaviest_pair_first_and_can_miss_a_second_join()
    {
        var graph = Weights("3 2; 2 0");

        var greedy = Greedy(graph);

        Assert.Equal("0 -", Describe(greedy));
        Assert.Equal(4, Total(graph, MaximumWeightMatching.Solve(graph)));
    }

    [Fact]
    public void The_greedy_fallback_is_a_matching_of_at_least_half_the_greatest_weight()
    {
        var graphs = RandomGraphs(seed: 7, count: 500).ToArray();
        Assert.NotEmpty(graphs);
        // Greedy is not always best on these graphs, so the bound is what is shown, not equality.
        Assert.Contains(graphs, g => Total(g, Greedy(g)) < BestTotal(g) - 1e-9);

        Assert.All(graphs, graph =>
        {
            var greedy = Greedy(graph);
            AssertIsMatching(graph, greedy);
            Assert.True(Total(graph, greedy) >= BestTotal(graph) / 2 - 1e-9);
        });
    }

    private static int[] Greedy(double[,] weights)
    {
        var scores = new Dictionary<(int End, int Start), double>();
        for (var r = 0; r < weights.GetLength(0); r++)
        {
            for (var c = 0; c < weights.GetLength(1); c++)
            {
                if (weights[r, c] > 0)
                {
                    scores[(r, c)] = weights[r, c];
                }
            }
        }
        var component = (scores.Keys.Select(k => k.End).Distinct().ToList(), scores.Keys.Select(k => k.Start).Distinct().ToList());
        var match = Enumerable.Repeat(-1, weights.GetLength(0)).ToArray();
        foreach (var (end, start) in ContinuationMatcher.Greedy(component, scores))
        {
            match[end] = start;
        }
        return match;
    }

    private static void AssertIsMatching(double[,] weights, int[] match)
    {
        Assert.Equal(weights.GetLength(0), match.Length);
        var taken = match.Where(c => c >= 0).ToArray();
        Assert.Equal(taken.Length, taken.Distinct().Count());
        for (var r = 0; r < match.Length; r++)
        {
            Assert.True(match[r] < 0 || weights[r, match[r]] > 0, $"row {r} matched to column {match[r]}, a pair of weight 0");
        }
    }

    private static double Total(double[,] weights, int[] match) =>
        match.Select((c, r) => c >= 0 ? weights[r, c] : 0).Sum();

    /// <summary>The greatest total over every matching of allowed pairs, row by row.</summary>
    private static double BestTotal(double[,] weights)
    {
        int rows = weights.GetLength(0), columns = weights.GetLength(1);
        var used = new bool[columns];
        double Best(int row)
        {
            if (row == rows)
            {
                return 0;
            }
            var best = Best(row + 1);
            for (var c = 0; c < columns; c++)
            {
                if (!used[c] && weights[row, c] > 0)
                {
                    used[c] = true;
                    best = Math.Max(best, weights[row, c] + Best(row + 1));
                    used[c] = false;
                }
            }
            return best;
        }
        return Best(0);
    }

    /// <summary>Up to 6 × 6; small whole weights half the time, so that ties are common.</summary>
    private static IEnumerable<double[,]> RandomGraphs(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var weights = new double[random.Next(0, 7), random.Next(0, 7)];
            var whole = random.Next(2) == 0;
            for (var r = 0; r < weights.GetLength(0); r++)
            {
                for (var c = 0; c < weights.GetLength(1); c++)
                {
                    weights[r, c] = random.Next(3) == 0 ? 0 : whole ? random.Next(1, 4) : 100 + (random.NextDouble() * 10) - 5;
                }
            }
            yield return weights;
        }
    }

    private static double[,] Weights(string text)
    {
        var rows = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => double.Parse(w, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        var weights = new double[rows.Length, rows.Length == 0 ? 0 : rows[0].Length];
        for (var r = 0; r < rows.Length; r++)
        {
            Assert.Equal(weights.GetLength(1), rows[r].Length);
            for (var c = 0; c < rows[r].Length; c++)
            {
                weights[r, c] = rows[r][c];
            }
        }
        return weights;
    }

    private static string Describe(int[] match) =>
        string.Join(' ', match.Select(c => c < 0 ? "-" : c.ToString(CultureInfo.InvariantCulture)));
}
