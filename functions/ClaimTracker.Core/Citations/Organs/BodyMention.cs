namespace ClaimTracker.Core.Citations.Organs;

/// <summary>A body named in a text, at [Start, End). <paramref name="Short"/>: only "the Council" or "this Assembly", which a named body outranks.</summary>
internal readonly record struct BodyMention(int Start, int End, Body Body, bool Short = false);
