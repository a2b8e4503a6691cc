using System.Reflection;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Analysis;

namespace ClaimTracker.Core.Tests;

/// <summary>
/// The Core folders are stages that <see cref="DocumentAnalyzer"/> runs in order; each may use the
/// folders before it and never one after it, so no stage reaches back into a later one and the
/// stage table in the README stays a true picture of the code.
/// </summary>
public sealed partial class StageOrderTests
{
    /// <summary>Foundations first, then the stages in the order the analyzer runs them.</summary>
    private static readonly string[] Order =
    [
        "Text", "ReferenceData", "Review", "Decoding", "Identity", "Vocabulary",
        "Sentences", "Layout", "Repair", "Segmentation", "Attribution", "Citations", "Analysis",
    ];

    [Fact]
    public void Every_folder_of_the_core_has_a_place_in_the_order()
    {
        var folders = Directory.GetDirectories(CoreSourceDirectory())
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"))
            .Order();

        Assert.Equal(Order.Order(), folders);
    }

    [Fact]
    public void No_stage_uses_a_type_of_a_later_stage()
    {
        var stageOfType = typeof(DocumentAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsNested && t.Namespace?.StartsWith("ClaimTracker.Core.", StringComparison.Ordinal) == true)
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) && !t.Name.Contains('<'))
            .ToDictionary(t => t.Name[..(t.Name.IndexOf('`') is var tick and >= 0 ? tick : t.Name.Length)], t => t.Namespace!.Split('.')[2]);
        Assert.NotEmpty(stageOfType);

        var violations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(CoreSourceDirectory(), "*.cs", SearchOption.AllDirectories))
        {
            var stage = Path.GetRelativePath(CoreSourceDirectory(), file).Split(Path.DirectorySeparatorChar)[0];
            var rank = Array.IndexOf(Order, stage);
            if (rank < 0)
            {
                continue;
            }

            var code = CommentsAndStrings().Replace(File.ReadAllText(file), " ");
            violations.AddRange(Identifier().Matches(code)
                .Select(m => m.Value)
                .Distinct()
                .Where(name => stageOfType.TryGetValue(name, out var used) && Array.IndexOf(Order, used) > rank)
                .Select(name => $"{stage}/{Path.GetFileName(file)} uses {stageOfType[name]}.{name}"));
        }

        Assert.Empty(violations);
    }

    private static string CoreSourceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var core = Path.Combine(dir.FullName, "functions", "ClaimTracker.Core");
            if (Directory.Exists(core))
            {
                return core;
            }
        }
        throw new DirectoryNotFoundException("functions/ClaimTracker.Core not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:""""|[^""])*""|""(?:\\.|[^""\\\n])*""", RegexOptions.Singleline)]
    private static partial Regex CommentsAndStrings();

    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9]*\b")]
    private static partial Regex Identifier();
}
