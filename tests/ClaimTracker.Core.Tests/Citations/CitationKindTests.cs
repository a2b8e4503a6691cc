using System.Text.Json;
using ClaimTracker.Core.Citations;
using ClaimTracker.Testing;

namespace ClaimTracker.Core.Tests.Citations;

/// <summary>One kind, one wire name, one entry in the API's schema, one test factory: a new kind cannot miss any of them.</summary>
public sealed class CitationKindTests
{
    [Fact]
    public void Every_kind_has_one_wire_name_that_reads_back()
    {
        var kinds = Enum.GetValues<CitationKind>();

        Assert.Equal(kinds.Length, kinds.Select(WireNames.Of).Distinct(StringComparer.Ordinal).Count());
        Assert.All(kinds, kind => Assert.True(WireNames.TryParseCitationKind(WireNames.Of(kind), out var read) && read == kind));
    }

    [Fact]
    public void The_api_schema_lists_exactly_the_kinds()
    {
        using var openApi = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "functions", "ClaimTracker.Pipeline", "Review", "openapi.json")));
        var schema = openApi.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("CitationKind").GetProperty("enum");

        Assert.Equal(Enum.GetValues<CitationKind>().Select(WireNames.Of).Order(StringComparer.Ordinal), schema.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_kind_has_a_test_factory_that_makes_that_kind() =>
        Assert.All(Enum.GetValues<CitationKind>(), kind => Assert.Equal(kind, Cite.ByKind[kind]("x").Kind));

    [Fact]
    public void Every_organ_has_one_wire_name_that_reads_back() =>
        Assert.All(Enum.GetValues<UnOrgan>(), organ => Assert.True(WireNames.TryParseUnOrgan(WireNames.Of(organ), out var read) && read == organ));
}
