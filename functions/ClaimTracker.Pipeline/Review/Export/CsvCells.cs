using System.Text;

namespace ClaimTracker.Pipeline.Review.Export;

/// <summary>
/// CSV per RFC 4180 (comma separated, CRLF records, quotes doubled inside quoted fields), with
/// spreadsheet formula injection neutralised: a cell starting with <c>= + - @</c>, a tab or a
/// carriage return gets a leading apostrophe, as OWASP advises, so a claim reading
/// <c>=HYPERLINK("http://x")</c> stays text when a reviewer opens the export.
/// </summary>
public static class CsvCells
{
    public static void AppendRecord(StringBuilder csv, IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                csv.Append(',');
            }
            first = false;
            Append(csv, Neutralise(cell ?? string.Empty));
        }
        csv.Append("\r\n");
    }

    public static string Neutralise(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private static void Append(StringBuilder csv, string cell)
    {
        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            csv.Append(cell);
            return;
        }
        csv.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
