using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimTracker.Core;
using ClaimTracker.Core.Review;
using ClaimTracker.Pipeline.Contracts;

namespace ClaimTracker.Pipeline.Review.Export;

/// <summary>A document's claims in the formats the field hands results on in.</summary>
public static class ClaimExports
{
    private static readonly string[] CsvHeader =
        ["document_id", "document_name", "claim_id", "ordinal", "kind", "text", "speaker", "citations", "status", "reviewer", "reviewed_at", "note", "version", "removed"];

    public static string Csv(string documentName, IEnumerable<ClaimResource> claims)
    {
        var csv = new StringBuilder();
        CsvCells.AppendRecord(csv, CsvHeader);
        foreach (var claim in claims)
        {
            CsvCells.AppendRecord(csv,
            [
                claim.DocumentId,
                documentName,
                claim.Id,
                claim.Ordinal.ToString(CultureInfo.InvariantCulture),
                claim.Kind,
                claim.Text,
                claim.Speaker,
                string.Join("; ", claim.Citations.Select(c => c.Canonical)),
                claim.Review.Status,
                claim.Review.Reviewer,
                claim.Review.ReviewedAt?.ToString("O", CultureInfo.InvariantCulture),
                claim.Review.Note,
                claim.Version,
                claim.Removed ? "true" : "false",
            ]);
        }
        return csv.ToString();
    }

    public static byte[] JsonLines(IEnumerable<ClaimResource> claims)
    {
        using var output = new MemoryStream();
        foreach (var claim in claims)
        {
            JsonSerializer.Serialize(output, claim, PipelineJsonContext.Web.ClaimResource);
            output.WriteByte((byte)'\n');
        }
        return output.ToArray();
    }

    /// <summary>The verdicts a ClaimReview carries; "not a claim" and "unreviewed" are not reviews of a claim.</summary>
    public static bool IsClaimReview(string status) =>
        status == WireNames.Of(ReviewStatus.Supported) || status == WireNames.Of(ReviewStatus.Disputed) || status == WireNames.Of(ReviewStatus.NeedsSource);

    /// <summary>
    /// schema.org ClaimReview as JSON-LD, one per reviewed claim: the claim (<c>claimReviewed</c>),
    /// where it appeared and who said it (<c>itemReviewed</c>), the verdict (<c>reviewRating</c>
    /// with <c>alternateName</c>), the reviewer (<c>author</c>) and when (<c>datePublished</c>).
    /// </summary>
    public static byte[] ClaimReview(string documentName, string documentUrl, Func<ClaimResource, string> claimUrl, IEnumerable<ClaimResource> claims)
    {
        using var output = new MemoryStream();
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteStartArray("@graph");
            foreach (var claim in claims.Where(c => IsClaimReview(c.Review.Status)))
            {
                json.WriteStartObject();
                json.WriteString("@type", "ClaimReview");
                json.WriteString("url", claimUrl(claim));
                json.WriteString("claimReviewed", claim.Text);
                if (claim.Review.ReviewedAt is { } reviewedAt)
                {
                    json.WriteString("datePublished", reviewedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
                json.WriteStartObject("author");
                json.WriteString("@type", "Person");
                json.WriteString("name", claim.Review.Reviewer ?? string.Empty);
                json.WriteEndObject();
                if (claim.Review.Note is { } note)
                {
                    json.WriteString("reviewBody", note);
                }

                json.WriteStartObject("reviewRating");
                json.WriteString("@type", "Rating");
                json.WriteString("alternateName", RatingName(claim.Review.Status));
                json.WriteEndObject();

                json.WriteStartObject("itemReviewed");
                json.WriteString("@type", "Claim");
                if (claim.Speaker is { } speaker)
                {
                    json.WriteStartObject("author");
                    json.WriteString("@type", "Person");
                    json.WriteString("name", speaker);
                    json.WriteEndObject();
                }
                json.WriteStartObject("appearance");
                json.WriteString("@type", "CreativeWork");
                json.WriteString("name", documentName);
                json.WriteString("url", documentUrl);
                json.WriteEndObject();
                json.WriteEndObject();

                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return output.ToArray();
    }

    private static string RatingName(string status) => status switch
    {
        "supported" => "Supported",
        "disputed" => "Disputed",
        _ => "Needs source",
    };
}
