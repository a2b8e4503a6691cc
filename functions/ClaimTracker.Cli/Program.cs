using System.CommandLine;
using ClaimTracker.Cli.Analyze;
using ClaimTracker.Cli.Recite;
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
var serve = new Command("serve", "Run the pipeline (blob and queue triggers on the WebJobs SDK) and the review API on Kestrel.") { port, host, settings };
serve.SetAction((parse, ct) => ServeCommand.RunAsync(parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(settings)!, ct));

var uploadFiles = new Argument<string[]>("files") { Description = "Documents to upload; each is stored under its file name.", Arity = ArgumentArity.OneOrMore };
var wait = new Option<bool>("--wait") { Description = "Wait until each document is ready or failed, then print its claims." };
var timeout = new Option<int>("--timeout") { Description = "Seconds --wait waits for each document.", DefaultValueFactory = _ => 120 };
var upload = new Command("upload", "Upload documents to the documents container of the configured storage account.") { uploadFiles, wait, timeout, settings };
upload.SetAction((parse, ct) => UploadCommand.RunAsync(
    parse.GetValue(uploadFiles)!, parse.GetValue(wait), TimeSpan.FromSeconds(parse.GetValue(timeout)), parse.GetValue(settings)!, Console.Out, Console.Error, ct));

var reciteIds = new Argument<string[]>("documentIds") { Description = "Ids of documents to cite again (see GET /api/documents).", Arity = ArgumentArity.ZeroOrMore };
var reciteAll = new Option<bool>("--all") { Description = "Every ready document." };
var recite = new Command("recite", "Queue citation again over stored claims, after the citation rules improve; only changed claims are rewritten.") { reciteIds, reciteAll, settings };
recite.SetAction((parse, ct) => ReciteCommand.RunAsync(parse.GetValue(reciteIds) ?? [], parse.GetValue(reciteAll), parse.GetValue(settings)!, Console.Out, Console.Error, ct));

var root = new RootCommand("ClaimTracker: source-claim tracking for documents.") { analyze, serve, upload, recite };
return await root.Parse(args).InvokeAsync();
