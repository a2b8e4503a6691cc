using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace ClaimTracker.Cli.Serve;

/// <summary>
/// serve's console log: one line per entry, like the simple console, with secrets blanked out of
/// the message and the exception. Nothing logs a connection string on purpose, but exception
/// texts come from many libraries; this is the last line of defence for a log that people paste
/// into issues.
/// </summary>
internal sealed partial class RedactingConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "claimtracker";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{DateTimeOffset.Now:HH:mm:ss} {Level(logEntry.LogLevel)}: {logEntry.Category}[{logEntry.EventId.Id}] {message}");
        textWriter.WriteLine(Redact(logEntry.Exception is null ? line : $"{line}\n{logEntry.Exception}"));
    }

    /// <summary>Blanks the values of account keys, SAS signatures and tokens, function keys and passwords.</summary>
    public static string Redact(string text) => Secret().Replace(text, "${name}=[redacted]");

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };

    [GeneratedRegex(@"\b(?<name>AccountKey|SharedAccessSignature|SharedAccessKey|sig|code|x-functions-key|Password|ClientSecret)=(?<value>[^;&\s""'<>]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Secret();
}
