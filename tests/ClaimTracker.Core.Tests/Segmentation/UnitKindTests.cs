using System.Text.Json;
using ClaimTracker.Core.Layout;
using ClaimTracker.Core.Segmentation;
using ClaimTracker.Testing;

namespace ClaimTracker.Core.Tests.Segmentation;

/// <summary>One unit kind, one wire name, one entry in the API's schema; one wire name an artefact kind.</summary>
public sealed class UnitKindTests
{
    [Fact]
    public void Every_unit_kind_has_one_wire_name_that_reads_back()
    {
        var kinds = Enum.GetValues<UnitKind>();

        Assert.Equal(kinds.Length, kinds.Select(WireNames.Of).Distinct(StringComparer.Ordinal).Count());
        Assert.All(kinds, kind => Assert.True(WireNames.TryParseUnitKind(WireNames.Of(kind), out var read) && read == kind));
    }

    [Fact]
    public void The_api_schema_lists_exactly_the_unit_kinds()
    {
        using var openApi = JsonDocument.Parse(File.ReadAllText(OpenApiOperations.Path));
        var schema = openApi.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("UnitKind").GetProperty("enum");

        Assert.Equal(Enum.GetValues<UnitKind>().Select(WireNames.Of).Order(StringComparer.Ordinal), schema.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_artefact_kind_has_its_own_wire_name()
    {
        var kinds = Enum.GetValues<ArtefactKind>();

        Assert.Equal(kinds.Length, kinds.Select(WireNames.Of).Distinct(StringComparer.Ordinal).Count());
    }
}
