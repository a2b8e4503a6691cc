using ClaimTracker.Core.Analysis;
using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Segmentation;
using ClaimTracker.Testing;

namespace ClaimTracker.Core.Tests.Analysis;

/// <summary>The shared sample article (read from ../shared/samples, never copied in).</summary>
public sealed class SharedSampleTests
{
    /// <summary>Analysed once, on first use: a clone without ../shared skips these tests before any of them reads it.</summary>
    private static readonly Lazy<IReadOnlyList<AnalyzedUnit>> Analyzed =
        new(() => DocumentAnalyzer.Analyze(File.ReadAllText(RepositoryPaths.SharedSample("diplomacy-leading-to-victory.txt"))).Units);

    private static IReadOnlyList<AnalyzedUnit> Units => Analyzed.Value;

    [SharedSampleFact]
    public void The_four_1993_resolutions_are_cited_by_the_claim_that_lists_them()
    {
        var citing = Units.Where(u => u.Citations.Any(c => c.Kind == CitationKind.UnscResolution)).ToArray();

        var unit = Assert.Single(citing);
        Assert.Equal(UnitKind.Claim, unit.Unit.Kind);
        Assert.StartsWith("The documents adopted by international organizations as a result of Azerbaijan", unit.Unit.Text, StringComparison.Ordinal);
        Assert.Equal(["S/RES/822 (1993)", "S/RES/853 (1993)", "S/RES/874 (1993)", "S/RES/884 (1993)"], unit.Citations.Select(c => c.Canonical));
    }

    [SharedSampleFact]
    public void The_title_and_byline_are_front_matter_not_claims()
    {
        var front = Units.TakeWhile(u => u.Unit.Kind == UnitKind.FrontMatter).Select(u => u.Unit.Text).ToArray();

        Assert.Contains("DIPLOMACY LEADING TO VICTORY", front);
        Assert.Contains(front, t => t.StartsWith("By Jeyhun BAYRAMOV", StringComparison.Ordinal));
    }

    /// <summary>The bar: claims F1 ≥ 0.98, units F1 ≥ 0.97, no caption glued into another unit.</summary>
    [SharedSampleFact]
    public void The_units_match_the_hand_made_gold_file()
    {
        var gold = GoldScore.GoldUnits(RepositoryPaths.SharedSample("diplomacy-leading-to-victory.gold.json"));

        var units = GoldScore.F1(gold.Select(g => g.Text), Units.Select(u => u.Unit.Text));
        var claims = GoldScore.F1(gold.Where(g => g.Kind == "claim").Select(g => g.Text), Units.Where(u => u.Unit.Kind == UnitKind.Claim).Select(u => u.Unit.Text));

        Assert.True(units >= 0.97, $"units F1 {units:F3}");
        Assert.True(claims >= 0.98, $"claims F1 {claims:F3}");
    }

    [SharedSampleFact]
    public void No_caption_is_glued_into_another_unit()
    {
        var captions = GoldScore.GoldUnits(RepositoryPaths.SharedSample("diplomacy-leading-to-victory.gold.json"))
            .Where(g => g.Kind == "caption")
            .Select(g => GoldScore.Normalize(g.Text))
            .Select(c => c[..Math.Min(c.Length, 40)])
            .Where(c => c.Length >= 15)
            .ToArray();

        foreach (var unit in Units.Select(u => GoldScore.Normalize(u.Unit.Text)))
        {
            Assert.DoesNotContain(captions, caption => unit.Contains(caption, StringComparison.Ordinal) && !unit.StartsWith(caption, StringComparison.Ordinal));
        }
    }

    [SharedSampleFact]
    public void Quotations_carry_the_speaker_the_article_names()
    {
        var quoted = Units.Where(u => u.Unit.Text.StartsWith("“Karabakh is historically", StringComparison.Ordinal) || u.Unit.Text.StartsWith("So Karabakh is Azerbaijan", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(quoted);
        Assert.All(quoted, u => Assert.Equal("Ilham Aliyev", u.Unit.Speaker));
    }
}
