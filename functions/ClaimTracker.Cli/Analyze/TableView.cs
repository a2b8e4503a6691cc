using System.Globalization;
using System.Text;
using ClaimTracker.Pipeline.Contracts;

namespace ClaimTracker.Cli.Analyze;

/// <summary>A terminal view of an analysis: one line per unit, with its kind and citations.</summary>
internal static class TableView
{
    private const int TextWidth = 90;

    public static async Task WriteAsync(AnalysisReport report, Stream stdout, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var claims = report.Units.Count(u => u.Kind == "claim");
        var cited = report.Units.Count(u => u.Citations.Count > 0);
        text.Append(CultureInfo.InvariantCulture,
            $"{report.Document.Name}: {report.Document.Characters:N0} characters, {report.Units.Count} units, {claims} claims, {cited} with citations ({report.Document.Encoding}, version {report.Document.Version[..12]})\n");
        foreach (var warning in report.Document.Warnings)
        {
            text.Append("  warning: ").Append(warning).Append('\n');
        }
        text.Append(CultureInfo.InvariantCulture, $"{"#",4}  {"kind",-12}  text\n");
        foreach (var unit in report.Units)
        {
            text.Append(CultureInfo.InvariantCulture, $"{unit.Ordinal,4}  {unit.Kind,-12}  {Shorten(unit.Text)}\n");
            if (unit.Speaker is { } speaker)
            {
                text.Append(CultureInfo.InvariantCulture, $"{"",4}  {"",-12}  speaker: {speaker}\n");
            }
            foreach (var citation in unit.Citations)
            {
                text.Append(CultureInfo.InvariantCulture, $"{"",4}  {"",-12}  -> {citation.Kind} {citation.Canonical}");
                if (citation.Url is not null)
                {
                    text.Append("  ").Append(citation.Url);
                }
                text.Append('\n');
            }
        }
        await stdout.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken).ConfigureAwait(false);
    }

    private static string Shorten(string text) => text.Length <= TextWidth ? text : string.Concat(text.AsSpan(0, TextWidth - 1), "…");
}
