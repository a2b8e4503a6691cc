namespace ClaimTracker.Core.Repair;

/// <summary>
/// A maximum-weight bipartite matching (the Hungarian method, O(n²m)): each broken end gets at
/// most one continuation and each continuation at most one end, so that the evidence summed
/// over all joins is greatest. Pairs of weight 0 are not allowed.
/// </summary>
internal static class MaximumWeightMatching
{
    /// <summary>For each row, the matched column, or -1.</summary>
    public static int[] Solve(double[,] weights)
    {
        int rows = weights.GetLength(0), columns = weights.GetLength(1);
        if (rows > columns)
        {
            var transposed = new double[columns, rows];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    transposed[c, r] = weights[r, c];
                }
            }
            var byColumn = Solve(transposed);
            var byRow = Enumerable.Repeat(-1, rows).ToArray();
            for (var c = 0; c < columns; c++)
            {
                if (byColumn[c] >= 0)
                {
                    byRow[byColumn[c]] = c;
                }
            }
            return byRow;
        }

        // Minimum-cost assignment of every row to a distinct column; cost = -weight, so a row
        // with no allowed pair lands on a weight-0 column and counts as unmatched.
        var u = new double[rows + 1];
        var v = new double[columns + 1];
        var p = new int[columns + 1];
        var way = new int[columns + 1];
        for (var i = 1; i <= rows; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minimum = Enumerable.Repeat(double.PositiveInfinity, columns + 1).ToArray();
            var used = new bool[columns + 1];
            do
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                var delta = double.PositiveInfinity;
                for (var j = 1; j <= columns; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }
                    var current = -weights[i0 - 1, j - 1] - u[i0] - v[j];
                    if (current < minimum[j])
                    {
                        minimum[j] = current;
                        way[j] = j0;
                    }
                    if (minimum[j] < delta)
                    {
                        delta = minimum[j];
                        j1 = j;
                    }
                }
                for (var j = 0; j <= columns; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minimum[j] -= delta;
                    }
                }
                j0 = j1;
            }
            while (p[j0] != 0);
            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var match = Enumerable.Repeat(-1, rows).ToArray();
        for (var j = 1; j <= columns; j++)
        {
            if (p[j] != 0 && weights[p[j] - 1, j - 1] > 0)
            {
                match[p[j] - 1] = j - 1;
            }
        }
        return match;
    }
}
