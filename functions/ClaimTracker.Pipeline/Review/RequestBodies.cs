using Microsoft.AspNetCore.Http;

namespace ClaimTracker.Pipeline.Review;

/// <summary>Reads a request body up to a limit, without trusting Content-Length to be present or true.</summary>
internal static class RequestBodies
{
    public static async Task<(byte[] Body, bool TooLarge)> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return ([], true);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return ([], true);
            }
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), false);
    }
}
