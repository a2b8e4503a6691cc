namespace ClaimTracker.Pipeline.Contracts;

/// <summary>The document part of the <c>analyze</c> contract.</summary>
/// <param name="Characters">Length of the extracted text in UTF-16 code units: the range spans point into.</param>
/// <param name="Version">SHA-256 of the file's bytes, as the pipeline's document version.</param>
public sealed record DocumentReport(string Name, int Characters, string Version, string Encoding, IReadOnlyList<string> Warnings);
