namespace ClaimTracker.Core.Layout;

/// <summary>What part a block plays in a document whose paragraphs have set forms.</summary>
public enum ParagraphRole
{
    /// <summary>Running text: a paragraph, heading, caption or list item with nothing more known.</summary>
    Running,

    /// <summary>The line naming the body a resolution is of: "The General Assembly,".</summary>
    ResolutionBody,

    /// <summary>A preambular paragraph of a resolution: "Recalling its resolution 2334 (2016),".</summary>
    Preambular,

    /// <summary>A numbered or lettered operative paragraph of a resolution: "1. Calls upon …;", "(a) …;".</summary>
    Operative,
}
