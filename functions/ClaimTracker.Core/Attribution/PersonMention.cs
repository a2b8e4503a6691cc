namespace ClaimTracker.Core.Attribution;

/// <summary>A person named with a title: <c>President Ilham Aliyev</c> → role <c>president</c>, name <c>Ilham Aliyev</c>.</summary>
public sealed record PersonMention(string? Role, string Name);
