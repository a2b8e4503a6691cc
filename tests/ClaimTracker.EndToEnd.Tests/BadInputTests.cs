using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using ClaimTracker.Testing;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>
/// Issue 6, "nothing lost": every kind of input a user can drop into the container ends, on its
/// first attempt, as a ready document or a failed one with a reason, and never holds up the
/// documents uploaded beside it. Queue messages that are not ours end without retries too.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class BadInputTests(ServeFixture serve)
{
    private const string Area = "bad input";
    private const string Prefix = "bad-input/";
    private const string CitationQueue = "claims-to-cite";
    private const string CitationPoisonQueue = "claims-to-cite-poison";
    private const string BlobTriggerPoisonQueue = "webjobs-blobtrigger-poison";
    private static readonly TimeSpan QueueTimeout = TimeSpan.FromSeconds(60);

    private const string GoodTwoClaims = "The ministry issued a statement on 27 September 2020. It condemned the shelling.";
    private const string GoodThreeClaims = "The Council met on Monday. It adopted resolution 2334 (2016) on Friday. Observers said the vote was close.";
    private const string Accented = "The señor from Zürich called the café deal “fair”. It cost €5 million.";
    private const string Latin1Text = "The señor from Zürich ate a crème brûlée. He paid in cash.";
    private const string FirstLine = "The Council met on Monday.";
    private const string LastLine = "It adopted a resolution on Friday.";

    /// <summary>At the service's limit of 1,024 characters for a blob name.</summary>
    private static readonly string LongName = Prefix + new string('a', 1024 - Prefix.Length - ".txt".Length) + ".txt";

    /// <summary>
    /// Characters Azure Tables forbids in a key, a tab, spaces and non-ASCII: the document id must
    /// not care. No backslash: Azurite stores it as '/', so the name would not come back (the upload endpoint refuses it).
    /// </summary>
    private const string OddName = Prefix + "odd names/UN #5? tab\there naïve 名前.txt";

    private static readonly Dictionary<string, string> Languages = new()
    {
        [Prefix + "lang/french.txt"] = "Le Conseil de sécurité s'est réuni lundi. Il a adopté la résolution 2334 (2016) vendredi. Les observateurs ont quitté la salle.",
        [Prefix + "lang/russian.txt"] = "Совет Безопасности собрался в понедельник. Он принял резолюцию 2334 (2016) в пятницу.",
        [Prefix + "lang/chinese.txt"] = "安全理事会于星期一举行会议。它在星期五通过了第2334(2016)号决议。",
        [Prefix + "lang/arabic.txt"] = "اجتمع مجلس الأمن يوم الاثنين. واعتمد القرار 2334 (2016) يوم الجمعة.",
    };

    private const string Citations =
        "See Security Council resolutions 242 (1967), 338 (1973) and 1515 (2003). " +
        "The Assembly recalled resolutions 1397 (2002) and 1850 (2008). " +
        "See also resolutions 2334 (2016), 478 (1980) and 476 (1980).";

    private const string Html = """
        <!DOCTYPE html>
        <html><head><title>Statement</title>
        <script>var x = "<p>not a claim</p>"; if (a < b && c > d) { alert('hi'); }</script></head>
        <body><h1>Press release</h1>
        <p>The Council met on Monday &amp; adopted resolution 2334 (2016).</p>
        <p>Observers said the vote was &quot;close&quot; &mdash; 14 in favour.</p>
        </body></html>
        """;

    private const string Markdown = """
        # Press release

        ## Background

        - The Council met on Monday.
        - It adopted [resolution 2334 (2016)](https://undocs.org/S/RES/2334(2016)).

        ```csharp
        var x = 1; // not a claim.
        ```

        Observers said the vote was **close**.
        """;

    private readonly ReviewApiClient _api = new(serve);

    [Fact]
    public async Task Each_bad_input_class_gets_a_clear_outcome_on_the_first_attempt_beside_good_documents()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var longLine = LongLine();
        var inputs = new Dictionary<string, byte[]>
        {
            [Prefix + "good/two.txt"] = Encoding.UTF8.GetBytes(GoodTwoClaims),
            [Prefix + "good/three.txt"] = Encoding.UTF8.GetBytes(GoodThreeClaims),
            [Prefix + "empty.txt"] = [],
            [Prefix + "whitespace.txt"] = Encoding.UTF8.GetBytes("  \n\t \r\n   \n"),
            [Prefix + "image.png"] = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0],
            [Prefix + "archive.zip"] = Zip("claims.txt", GoodTwoClaims),
            [Prefix + "random.bin"] = RandomBytes(4096),
            [Prefix + "too-large.txt"] = TextOfLength(ServeFixture.MaxDocumentBytes + 1),
            [Prefix + "utf16le-bom.txt"] = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Accented)],
            [Prefix + "utf16le.txt"] = Encoding.Unicode.GetBytes(Accented),
            [Prefix + "utf16be-bom.txt"] = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Accented)],
            [Prefix + "windows-1252.txt"] = windows1252.GetBytes(Accented),
            [Prefix + "latin-1.txt"] = Encoding.Latin1.GetBytes(Latin1Text),
            [Prefix + "invalid-utf8.txt"] = [.. "The naïve café in Zürich reopened. "u8, 0xFF, 0xC3, .. " Its owner said “welcome back”."u8],
            [Prefix + "controls.txt"] = Encoding.UTF8.GetBytes("The Council met on Monday.\0 It adopted\a a resolution on Friday. Observers\u001b left the room early."),
            [Prefix + "empty-lines.txt"] = Encoding.UTF8.GetBytes(FirstLine + new string('\n', 1_000_000) + LastLine),
            [Prefix + "long-line.txt"] = Encoding.UTF8.GetBytes(longLine),
            [LongName] = Encoding.UTF8.GetBytes(GoodTwoClaims),
            [OddName] = Encoding.UTF8.GetBytes(GoodTwoClaims),
            [Prefix + "citations.txt"] = Encoding.UTF8.GetBytes(Citations),
            [Prefix + "page.html"] = Encoding.UTF8.GetBytes(Html),
            [Prefix + "notes.md"] = Encoding.UTF8.GetBytes(Markdown),
        };
        foreach (var (name, text) in Languages)
        {
            inputs[name] = Encoding.UTF8.GetBytes(text);
        }

        await Task.WhenAll(inputs.Select(i => serve.Documents.UploadBlobAsync(i.Key, BinaryData.FromBytes(i.Value))));
        var outcomes = new Dictionary<string, Outcome>();
        foreach (var name in inputs.Keys)
        {
            var document = await _api.WaitForDocumentAsync(name);
            var claims = document.GetProperty("status").GetString() == "ready"
                ? await _api.ClaimsAsync(document.GetProperty("id").GetString()!, top: 500)
                : [];
            outcomes[name] = new Outcome(name, document, claims);
        }

        AssertReady(outcomes[Prefix + "good/two.txt"], "good document, 2 claims", GoodTwoClaims, "utf-8", expectedClaims: 2);
        AssertReady(outcomes[Prefix + "good/three.txt"], "good document, 3 claims", GoodThreeClaims, "utf-8", expectedClaims: 3);

        AssertFailed(outcomes[Prefix + "empty.txt"], "empty blob", "empty");
        AssertFailed(outcomes[Prefix + "whitespace.txt"], "whitespace only", "whitespace");
        AssertFailed(outcomes[Prefix + "image.png"], "binary: PNG header", "PNG image, not text");
        AssertFailed(outcomes[Prefix + "archive.zip"], "binary: ZIP archive", "ZIP archive (or an Office document), not text");
        AssertFailed(outcomes[Prefix + "random.bin"], "binary: random bytes", "binary data");
        var limit = ServeFixture.MaxDocumentBytes.ToString("N0", CultureInfo.InvariantCulture);
        AssertFailed(outcomes[Prefix + "too-large.txt"], "over the size limit", $"the limit is {limit} bytes");

        AssertReady(outcomes[Prefix + "utf16le-bom.txt"], "UTF-16 LE with BOM", Accented, "utf-16le");
        AssertReady(outcomes[Prefix + "utf16le.txt"], "UTF-16 LE without BOM", Accented, "utf-16le");
        AssertReady(outcomes[Prefix + "utf16be-bom.txt"], "UTF-16 BE with BOM", Accented, "utf-16be");
        AssertReady(outcomes[Prefix + "windows-1252.txt"], "Windows-1252 with smart quotes and €", Accented, "windows-1252");
        // Latin-1's printable range is Windows-1252's, so the decoder's name for it is the superset.
        AssertReady(outcomes[Prefix + "latin-1.txt"], "ISO-8859-1", Latin1Text, "windows-1252");

        AssertWarned(outcomes[Prefix + "invalid-utf8.txt"], "invalid UTF-8 inside UTF-8", "U+FFFD", text =>
        {
            Assert.Contains("The naïve café in Zürich reopened.", text, StringComparison.Ordinal);
            Assert.Contains("\uFFFD", text, StringComparison.Ordinal);
            Assert.Contains("“welcome back”", text, StringComparison.Ordinal);
        });
        AssertWarned(outcomes[Prefix + "controls.txt"], "NUL and control characters in text", "control character", text =>
            Assert.Equal("The Council met on Monday. It adopted a resolution on Friday. Observers left the room early.", text));

        AssertReady(outcomes[Prefix + "empty-lines.txt"], "a million empty lines between two sentences", $"{FirstLine} {LastLine}", "utf-8", expectedClaims: 2);

        // No sentence is that long: the segmenter cuts it at spaces into fragments, and they join back into the line.
        var fragments = outcomes[Prefix + "long-line.txt"];
        Assert.True(fragments.Claims.Count >= 2, "a 1.9 MB line is many fragments");
        Assert.All(fragments.Claims, c => Assert.Equal("fragment", c.GetProperty("kind").GetString()));
        AssertReady(fragments, "one 1.9 MB line without punctuation", longLine, "utf-8");

        foreach (var (name, scenario) in new[] { (LongName, "blob name of 1,024 characters"), (OddName, "blob name with / # ? tab, spaces, non-ASCII") })
        {
            var outcome = outcomes[name];
            var single = await serve.Api.GetFromJsonAsync<JsonElement>($"documents/{outcome.Id}");
            Assert.Equal(name, single.GetProperty("name").GetString());
            AssertReady(outcome, scenario, GoodTwoClaims, "utf-8", expectedClaims: 2);
        }

        var cited = outcomes[Prefix + "citations.txt"];
        Assert.All(cited.Claims, c => Assert.NotEmpty(c.GetProperty("citations").EnumerateArray()));
        Assert.Equal(
            ["S/RES/242 (1967)", "S/RES/338 (1973)", "S/RES/1515 (2003)"],
            cited.Claims[0].GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("canonical").GetString()));
        AssertReady(cited, "every sentence a citation list", Citations, "utf-8", expectedClaims: 3);

        foreach (var (name, text) in Languages)
        {
            AssertReady(outcomes[name], $"language: {Path.GetFileNameWithoutExtension(name)}", text, "utf-8");
        }

        // Markup is not parsed, only read as text: what matters is that it ends ready with its prose in it.
        Assert.Contains("<p>The Council met on Monday &amp; adopted resolution 2334 (2016).</p>", outcomes[Prefix + "page.html"].JoinedText, StringComparison.Ordinal);
        AssertReady(outcomes[Prefix + "page.html"], "HTML sent as plain text", null, "utf-8");
        // Markdown's emphasis and link syntax are set aside; a list item's marker opens its unit, as any list's does.
        Assert.Contains(outcomes[Prefix + "notes.md"].Claims, c => c.GetProperty("text").GetString() == "- The Council met on Monday.");
        Assert.Contains(outcomes[Prefix + "notes.md"].Claims, c => c.GetProperty("text").GetString() == "Observers said the vote was close.");
        AssertReady(outcomes[Prefix + "notes.md"], "Markdown", null, "utf-8");

        // A blob the trigger gave up on lands here after its last attempt; none of ours may.
        var poisoned = (await PeekAsync(BlobTriggerPoisonQueue))
            .Select(m => JsonDocument.Parse(Convert.FromBase64String(m.MessageText)).RootElement.GetProperty("BlobName").GetString()!)
            .Where(inputs.ContainsKey);
        Assert.Empty(poisoned);
    }

    [Fact]
    public async Task Queue_messages_that_are_not_ours_are_completed_once_or_poisoned_on_sight()
    {
        var probe = Guid.NewGuid().ToString("N");
        var wrongJson = $$"""{"hello":1,"probe":"{{probe}}"}""";
        var notJson = $"not json at all {probe}";
        var unknownDocument = $"unknown-{probe}";
        var forUnknownDocument = $$"""{"documentId":"{{unknownDocument}}","version":"{{new string('0', 64)}}","batch":0,"claimIds":["a"]}""";
        var notBase64 = $"not base64 !!! {probe}";
        var encoded = new Base64QueueClient(serve.StorageConnectionString, CitationQueue);
        var raw = RawQueue(CitationQueue);

        await Task.WhenAll(encoded.SendAsync(wrongJson), encoded.SendAsync(notJson), encoded.SendAsync(forUnknownDocument), raw.SendMessageAsync(notBase64));
        await WaitUntilEmptyAsync(raw);

        var handled = new[]
        {
            ("wrong JSON", wrongJson, $"Ignored a citation message that is not a batch of ours: {wrongJson}"),
            ("not JSON", notJson, $"Ignored a citation message that is not a batch of ours: {notJson}"),
            ("batch for an unknown document", forUnknownDocument, $"Ignored batch 0 of {unknownDocument} version {new string('0', 64)}: the document is gone"),
        };
        var poison = (await PeekAsync(CitationPoisonQueue)).Select(m => m.MessageText).ToArray();
        foreach (var (scenario, sent, logged) in handled)
        {
            Assert.DoesNotContain(poison, m => m == sent || m == Convert.ToBase64String(Encoding.UTF8.GetBytes(sent)));
            // serve's output reaches us through a pipe, a moment behind the deletion that emptied the queue.
            Assert.Equal(1, await EventuallyCountAsync(logged));
            Record("delivery", $"foreign message: {scenario}", "completed once, not poisoned", claims: 0);
        }

        // The WebJobs queue extension cannot Base64-decode this one, so it never becomes an
        // invocation: its MessageDecodingFailed handler copies the raw text to the poison queue and
        // deletes the original on first sight. Our handler never sees it, and it is not retried.
        Assert.Single(poison, m => m == notBase64);
        Assert.DoesNotContain(notBase64, serve.ServeOutput, StringComparison.Ordinal);
        // ...and GET /api/poison shows it as it was sent.
        var listed = await serve.Api.GetFromJsonAsync<JsonElement>("poison");
        Assert.Contains(
            listed.GetProperty("queues").EnumerateArray().Single(q => q.GetProperty("name").GetString() == CitationPoisonQueue).GetProperty("messages").EnumerateArray(),
            m => m.GetProperty("text").GetString() == notBase64);
        Record("delivery", "foreign message: not Base64", $"moved to {CitationPoisonQueue} on first sight, handler never ran; listed by GET /api/poison", claims: 0);
    }

    private void AssertFailed(Outcome outcome, string scenario, string reasonMentions)
    {
        Assert.Equal("failed", outcome.Status);
        var reason = outcome.Document.GetProperty("error").GetString()!;
        Assert.Contains(reasonMentions, reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, outcome.Document.GetProperty("counts").GetProperty("units").GetInt32());
        // One failure line per blob: bad input is refused, never retried.
        Assert.Equal(1, Occurrences(serve.ServeOutput, $"Document {outcome.Name} failed: "));
        Record(Area, scenario, $"failed: \"{reason}\"", claims: 0);
    }

    /// <param name="text">The document's text, which its units joined by spaces must give back; null where markup makes that meaningless.</param>
    private void AssertReady(Outcome outcome, string scenario, string? text, string encoding, int? expectedClaims = null)
    {
        Assert.True(outcome.Status == "ready", $"{outcome.Name} is {outcome.Status}: {outcome.Document.GetProperty("error")}\n{serve.ServeOutput}");
        Assert.Equal(encoding, outcome.Document.GetProperty("encoding").GetString());
        Assert.NotEmpty(outcome.Claims);
        Assert.Equal(outcome.Document.GetProperty("counts").GetProperty("units").GetInt32(), outcome.Claims.Count);
        if (text is not null)
        {
            Assert.Equal(text, outcome.JoinedText);
        }
        var claims = outcome.Document.GetProperty("counts").GetProperty("claims").GetInt32();
        if (expectedClaims is { } expected)
        {
            Assert.Equal(expected, claims);
        }
        Assert.Equal(outcome.Claims.Count, outcome.Claims.Select(c => c.GetProperty("id").GetString()).Distinct().Count());
        Record(Area, scenario, $"ready: {outcome.Claims.Count} units ({claims} claims), {encoding}", outcome.Claims.Count);
    }

    private void AssertWarned(Outcome outcome, string scenario, string warningMentions, Action<string> checkText)
    {
        Assert.Equal("ready", outcome.Status);
        var warning = Assert.Single(outcome.Document.GetProperty("warnings").EnumerateArray()).GetString()!;
        Assert.Contains(warningMentions, warning, StringComparison.Ordinal);
        checkText(outcome.JoinedText);
        Record(Area, scenario, $"ready with warning: \"{warning}\"", outcome.Claims.Count);
    }

    /// <summary>Only after the scenario's assertions passed: they are what make Lost and Duplicated zero.</summary>
    private static void Record(string area, string scenario, string outcome, int claims) =>
        ReliabilityReport.Record(new ReliabilityRow(area, scenario, outcome, Documents: 1, claims, Lost: 0, Duplicated: 0));

    private async Task<int> EventuallyCountAsync(string logged)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (Occurrences(serve.ServeOutput, logged) == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        return Occurrences(serve.ServeOutput, logged);
    }

    private async Task WaitUntilEmptyAsync(QueueClient queue)
    {
        var deadline = DateTime.UtcNow + QueueTimeout;
        while ((await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{queue.Name} was not empty within {QueueTimeout.TotalSeconds} s. serve printed:\n{serve.ServeOutput}");
            }
            await Task.Delay(250);
        }
    }

    /// <summary>Up to 32 messages, undecoded; a queue nothing was ever moved to does not exist, which is empty.</summary>
    private async Task<PeekedMessage[]> PeekAsync(string queueName)
    {
        try
        {
            return (await RawQueue(queueName).PeekMessagesAsync(maxMessages: 32)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    private QueueClient RawQueue(string name) =>
        new(serve.StorageConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static byte[] Zip(string entryName, string text)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry(entryName).Open(), Encoding.UTF8);
            entry.Write(text);
        }
        return buffer.ToArray();
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(6).NextBytes(bytes);
        return bytes;
    }

    private static byte[] TextOfLength(int length)
    {
        var sentence = "The Council met on Monday and adopted a resolution. "u8;
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = sentence[i % sentence.Length];
        }
        return bytes;
    }

    /// <summary>About 1.9 MB of words and single spaces, no punctuation: under the 2 MiB limit, far over any sentence.</summary>
    private static string LongLine()
    {
        var line = new StringBuilder(1_900_020);
        for (var i = 0; line.Length < 1_900_000; i++)
        {
            line.Append("word").Append(i % 1000).Append(' ');
        }
        return line.ToString().TrimEnd();
    }

    private sealed record Outcome(string Name, JsonElement Document, IReadOnlyList<JsonElement> Claims)
    {
        public string Id => Document.GetProperty("id").GetString()!;

        public string Status => Document.GetProperty("status").GetString()!;

        public string JoinedText => string.Join(' ', Claims.Select(c => c.GetProperty("text").GetString()));
    }
}
