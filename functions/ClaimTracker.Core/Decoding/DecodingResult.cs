using System.Diagnostics.CodeAnalysis;

namespace ClaimTracker.Core.Decoding;

/// <summary>Either the decoded document or the reason, in words a person understands, that it could not be read.</summary>
public sealed record DecodingResult
{
    private DecodingResult(DecodedDocument? document, string? failureReason)
    {
        Document = document;
        FailureReason = failureReason;
    }

    public DecodedDocument? Document { get; }

    public string? FailureReason { get; }

    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Succeeded => Document is not null;

    public static DecodingResult Success(DecodedDocument document) => new(document, null);

    public static DecodingResult Failure(string reason) => new(null, reason);
}
