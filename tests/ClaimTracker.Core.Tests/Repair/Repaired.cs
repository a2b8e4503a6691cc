using ClaimTracker.Core.Layout;
using ClaimTracker.Core.Repair;
using ClaimTracker.Core.Text;
using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Tests.Repair;

/// <summary>Runs the line repair on a text of one block, as the segmenter does.</summary>
internal static class Repaired
{
    public static (MappedText Text, List<Artefact> Artefacts) Block(string source)
    {
        var layout = LayoutReader.Read(source);
        var vocabulary = DocumentVocabulary.Learn(source, layout.Lines);
        var artefacts = new List<Artefact>();
        return (LineJoiner.Join(source, Assert.Single(layout.Blocks), vocabulary, artefacts), artefacts);
    }
}
