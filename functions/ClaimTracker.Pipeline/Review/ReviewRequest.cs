using System.Text.Json;
using ClaimTracker.Core;
using ClaimTracker.Core.Review;
using ClaimTracker.Pipeline.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Pipeline.Review;

/// <summary>
/// The body of <c>PATCH …/claims/{claimId}</c>, read as JSON merge patch (RFC 7396):
/// <c>{"status": "disputed", "note": "…", "reviewer": "ana"}</c>. A field left out is kept,
/// <c>"note": null</c> clears the note. Every field is checked by name; nothing unknown passes.
/// </summary>
internal static class ReviewRequest
{
    public const int MaxBodyBytes = 16 * 1024;
    public const int MaxNoteLength = 2000;
    public const int MaxReviewerLength = 100;

    private static readonly string[] Fields = ["status", "note", "reviewer"];

    public static async Task<(ReviewChange? Change, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentType is { Length: > 0 } contentType && !IsJson(contentType))
        {
            return (null, Problems.UnsupportedMediaType($"Send the review as application/json (or application/merge-patch+json), not {contentType}."));
        }
        var (body, tooLarge) = await RequestBodies.ReadAsync(request, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (tooLarge)
        {
            return (null, Problems.TooLarge($"A review is at most {MaxBodyBytes:N0} bytes of JSON; notes are at most {MaxNoteLength:N0} characters."));
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 4 });
        }
        catch (JsonException e)
        {
            return (null, Problems.Invalid("body", $"The body is not valid JSON: {e.Message}"));
        }
        using (json)
        {
            return Read(json.RootElement);
        }
    }

    private static (ReviewChange?, ProblemHttpResult?) Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, Problems.Invalid("body", "The body must be a JSON object such as {\"status\": \"supported\", \"reviewer\": \"ana\"}."));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!IsText(property))
            {
                return (null, Problems.Invalid("body", "A field name is not valid text (invalid UTF-8 or a lone surrogate such as \\ud800)."));
            }
            if (!Fields.Contains(property.Name, StringComparer.Ordinal))
            {
                return (null, Problems.Invalid(property.Name, $"Unknown field '{property.Name}'. A review has: {string.Join(", ", Fields)}."));
            }
            if (!seen.Add(property.Name))
            {
                return (null, Problems.Invalid(property.Name, $"'{property.Name}' is given twice."));
            }
        }

        ReviewStatus? status = null;
        if (root.TryGetProperty("status", out var statusValue))
        {
            if (!TryGetText(statusValue, out var statusText) || !WireNames.TryParseReviewStatus(statusText, out var parsed))
            {
                return (null, Problems.Invalid("status", "'status' must be one of: unreviewed, supported, disputed, needs-source, not-a-claim."));
            }
            status = parsed;
        }

        var setsNote = root.TryGetProperty("note", out var noteValue);
        string? note = null;
        if (setsNote && noteValue.ValueKind != JsonValueKind.Null)
        {
            if (!TryGetText(noteValue, out var noteText))
            {
                return (null, Problems.Invalid("note", "'note' must be a string of valid text (no invalid UTF-8, no lone surrogates), or null to clear it."));
            }
            note = noteText.Trim();
            if (note.Length > MaxNoteLength)
            {
                return (null, Problems.Invalid("note", $"'note' is {note.Length:N0} characters; the limit is {MaxNoteLength:N0}."));
            }
            note = note.Length == 0 ? null : note;
        }

        if (!root.TryGetProperty("reviewer", out var reviewerValue) || !TryGetText(reviewerValue, out var reviewerText) ||
            reviewerText.Trim() is not { Length: > 0 and <= MaxReviewerLength } reviewer || reviewer.Any(char.IsControl))
        {
            return (null, Problems.Invalid("reviewer", $"'reviewer' is required: who gives the verdict, 1 to {MaxReviewerLength} characters of valid text."));
        }

        if (status is null && !setsNote)
        {
            return (null, Problems.Invalid("status", "Nothing to change: give a 'status', a 'note', or both."));
        }
        return (new ReviewChange(status, setsNote, note, reviewer), null);
    }

    /// <summary>
    /// A JSON string as .NET text. The parser checks structure, not text: a string holding the
    /// byte 0xFF or the escape <c>"\ud800"</c> parses, and only <see cref="JsonElement.GetString"/>
    /// refuses it (an <see cref="InvalidOperationException"/> that would be a 500).
    /// </summary>
    private static bool TryGetText(JsonElement value, out string text)
    {
        text = string.Empty;
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }
        try
        {
            text = value.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsText(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
               mediaType.Equals("application/merge-patch+json", StringComparison.OrdinalIgnoreCase);
    }
}
