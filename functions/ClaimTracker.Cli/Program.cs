using System.CommandLine;
using ClaimTracker.Cli.Analyze;
using ClaimTracker.Cli.Api;
using ClaimTracker.Cli.Recite;
using ClaimTracker.Cli.Review;
using ClaimTracker.Cli.Serve;
using ClaimTracker.Cli.Upload;

var files = new Argument<string[]>("files") { Description = "Text files to analyze.", Arity = ArgumentArity.OneOrMore };
var format = new Option<AnalysisFormat>("--format", "-f")
{
    Description = "json: one object (JSON Lines for several files); jsonl: JSON Lines; table: for reading.",
    DefaultValueFactory = _ => AnalysisFormat.Json,
};
var analyze = new Command("analyze", "Split files into claims and find their citations, locally, without storage.") { files, format };
analyze.SetAction((parse, ct) => AnalyzeCommand.RunAsync(parse.GetValue(files)!, parse.GetValue(format), Console.OpenStandardOutput(), Console.Error, ct));

var port = new Option<int>("--port", "-p") { Description = "Port for the review API.", DefaultValueFactory = _ => ServeCommand.DefaultPort };
var host = new Option<string>("--host")
{
    Description = "Address to listen on. Loopback unless you mean otherwise: the API has no keys under serve.",
    DefaultValueFactory = _ => "127.0.0.1",
};
var settings = new Option<string>("--settings")
{
    Description = "The function app's local.settings.json; environment variables override it.",
    DefaultValueFactory = _ => FunctionAppSettings.LocalSettingsFile,
};
var otelConsole = new Option<bool>("--otel-console") { Description = "Write the pipeline's trace spans (split, each cite batch) to the console, as the function app exports them." };
var serve = new Command("serve", "Run the pipeline (blob and queue triggers on the WebJobs SDK) and the review API on Kestrel.") { port, host, settings, otelConsole };
serve.SetAction((parse, ct) => ServeCommand.RunAsync(parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(settings)!, parse.GetValue(otelConsole), ct));

var api = ApiCommandOptions.Api;
var key = ApiCommandOptions.Key;

var uploadFiles = new Argument<string[]>("files") { Description = "Documents to upload; each is stored under its file name.", Arity = ArgumentArity.OneOrMore };
var wait = new Option<bool>("--wait") { Description = "Wait until each document is ready or failed, then print its claims." };
var timeout = new Option<int>("--timeout") { Description = "Seconds --wait waits for each document.", DefaultValueFactory = _ => 120 };
var upload = new Command("upload", "Upload documents through the review API; the pipeline splits and cites them.") { uploadFiles, wait, timeout, api, key };
upload.SetAction((parse, ct) => ApiCommandOptions.RunAsync(parse, Console.Error, client =>
    UploadCommand.RunAsync(client, parse.GetValue(uploadFiles)!, parse.GetValue(wait), TimeSpan.FromSeconds(parse.GetValue(timeout)), Console.Out, Console.Error, ct)));

var document = new Argument<string>("document") { Description = "A document id (see GET /api/documents) or the name it was uploaded as." };
var status = new Option<string?>("--status") { Description = "unreviewed, supported, disputed, needs-source or not-a-claim." };
var kind = new Option<string?>("--kind") { Description = "claim, heading, caption, front-matter, fragment or footnote." };
var text = new Option<string?>("--q") { Description = "Only claims containing this text (case-insensitive)." };
var citation = new Option<string?>("--citation") { Description = "Only claims citing this canonical id, e.g. 'S/RES/822 (1993)'." };
var speaker = new Option<string?>("--speaker") { Description = "Only claims whose speaker contains this text." };
var includeRemoved = new Option<bool>("--include-removed") { Description = "Also claims that are not in the current version." };
var claimsFormat = new Option<ClaimsFormat>("--format", "-f") { Description = "table (to read), json or jsonl.", DefaultValueFactory = _ => ClaimsFormat.Table };
var claims = new Command("claims", "List a document's claims from the review API.") { document, status, kind, text, citation, speaker, includeRemoved, claimsFormat, api, key };
claims.SetAction((parse, ct) => ApiCommandOptions.RunAsync(parse, Console.Error, client => ClaimsCommand.RunAsync(
    client,
    parse.GetValue(document)!,
    new Dictionary<string, string?>
    {
        ["status"] = parse.GetValue(status),
        ["kind"] = parse.GetValue(kind),
        ["q"] = parse.GetValue(text),
        ["citation"] = parse.GetValue(citation),
        ["speaker"] = parse.GetValue(speaker),
        ["includeRemoved"] = parse.GetValue(includeRemoved) ? "true" : null,
    },
    parse.GetValue(claimsFormat),
    Console.Out,
    Console.Error,
    ct)));

var claimId = new Argument<string>("claim") { Description = "The claim's id (first column of claimtracker claims)." };
var verdict = new Option<string?>("--status") { Description = "The verdict: unreviewed, supported, disputed, needs-source or not-a-claim." };
var note = new Option<string?>("--note") { Description = "A note for the reviewers who come after you (an empty string clears it)." };
var reviewer = new Option<string>("--reviewer")
{
    Description = "Who gives the verdict (env CLAIMTRACKER_REVIEWER, else the login name).",
    DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CLAIMTRACKER_REVIEWER") is { Length: > 0 } name ? name : Environment.UserName,
};
var ifMatch = new Option<string?>("--if-match") { Description = "The ETag of the claim as you read it (from --format json); without it the current one is fetched." };
var review = new Command("review", "Record a verdict on a claim through the review API.") { document, claimId, verdict, note, reviewer, ifMatch, api, key };
review.SetAction((parse, ct) => ApiCommandOptions.RunAsync(parse, Console.Error, client => ReviewCommand.RunAsync(
    client, parse.GetValue(document)!, parse.GetValue(claimId)!, parse.GetValue(verdict), parse.GetValue(note), parse.GetValue(reviewer)!, parse.GetValue(ifMatch),
    Console.Out, Console.Error, ct)));

var reciteDocuments = new Argument<string[]>("documents") { Description = "Documents (ids or names) to cite again.", Arity = ArgumentArity.ZeroOrMore };
var reciteAll = new Option<bool>("--all") { Description = "Every ready document." };
var recite = new Command("recite", "Run citation again over stored claims, after the citation rules improve; only changed claims are rewritten.") { reciteDocuments, reciteAll, api, key };
recite.SetAction((parse, ct) => ApiCommandOptions.RunAsync(parse, Console.Error, client =>
    ReciteCommand.RunAsync(client, parse.GetValue(reciteDocuments) ?? [], parse.GetValue(reciteAll), Console.Out, Console.Error, ct)));

var root = new RootCommand("ClaimTracker: source-claim tracking for documents.") { analyze, serve, upload, claims, review, recite };
return await root.Parse(args).InvokeAsync();
