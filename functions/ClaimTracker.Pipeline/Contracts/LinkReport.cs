namespace ClaimTracker.Pipeline.Contracts;

/// <summary>A web address a claim's words link to: the words are its text's [start, end), in UTF-16 code units.</summary>
public sealed record LinkReport(int Start, int End, string Url);
