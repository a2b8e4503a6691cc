namespace ClaimTracker.Core.Decoding;

/// <summary>
/// The extracted text of a document: every span and citation offset points into <see cref="Text"/>.
/// </summary>
/// <param name="Text">The decoded text; control characters are replaced one for one by spaces, so offsets survive.</param>
/// <param name="Encoding">The encoding the bytes were read with, e.g. <c>utf-8</c> or <c>windows-1252</c>.</param>
/// <param name="Warnings">What a reviewer should know about the decoding (replaced bytes, dropped controls).</param>
public sealed record DecodedDocument(string Text, string Encoding, IReadOnlyList<string> Warnings);
