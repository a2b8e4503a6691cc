using ClaimTracker.Core.Analysis;
using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Segmentation;
using ClaimTracker.Testing;

namespace ClaimTracker.Core.Tests.Analysis;

/// <summary>The shared sample article (read from ../shared/samples, never copied in).</summary>
public sealed class SharedSampleTests
{
    private static readonly IReadOnlyList<AnalyzedUnit> Units =
        DocumentAnalyzer.Analyze(File.ReadAllText(RepositoryPaths.SharedSample("diplomacy-leading-to-victory.txt")));

    [Fact]
    public void The_four_1993_resolutions_are_cited_by_the_claim_that_lists_them()
    {
        var citing = Units.Where(u => u.Citations.Any(c => c.Kind == CitationKind.UnscResolution)).ToArray();

        var unit = Assert.Single(citing);
        Assert.Equal(UnitKind.Claim, unit.Unit.Kind);
        Assert.StartsWith("The documents adopted by international organizations as a result of Azerbaijan", unit.Unit.Text, StringComparison.Ordinal);
        Assert.Equal(["S/RES/822 (1993)", "S/RES/853 (1993)", "S/RES/874 (1993)", "S/RES/884 (1993)"], unit.Citations.Select(c => c.Canonical));
    }

    [Fact]
    public void The_title_and_byline_are_front_matter_not_claims()
    {
        var front = Units.TakeWhile(u => u.Unit.Kind == UnitKind.FrontMatter).Select(u => u.Unit.Text).ToArray();

        Assert.Contains("DIPLOMACY LEADING TO VICTORY", front);
        Assert.Contains(front, t => t.StartsWith("By Jeyhun BAYRAMOV", StringComparison.Ordinal));
    }
}
