using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Segmentation;

/// <summary>Splits extracted text into paragraphs at blank lines (and page breaks) in one pass.</summary>
public static class ParagraphReader
{
    public static IReadOnlyList<Paragraph> Read(string text)
    {
        var paragraphs = new List<Paragraph>();
        var lines = new List<TextSpan>();
        var position = 0;
        while (position <= text.Length)
        {
            var lineEnd = position;
            while (lineEnd < text.Length && !TextChars.IsLineBreak(text[lineEnd]))
            {
                lineEnd++;
            }

            var line = Trim(text, position, lineEnd);
            if (line.Length > 0)
            {
                lines.Add(line);
            }
            // A form feed is a page break: it ends the paragraph like a blank line does.
            var pageBreak = lineEnd < text.Length && text[lineEnd] == '\f';
            if ((line.Length == 0 || pageBreak) && lines.Count > 0)
            {
                paragraphs.Add(new Paragraph(lines.ToArray()));
                lines.Clear();
            }

            if (lineEnd == text.Length)
            {
                break;
            }
            position = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }
        if (lines.Count > 0)
        {
            paragraphs.Add(new Paragraph(lines.ToArray()));
        }
        return paragraphs;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return new TextSpan(start, end);
    }
}
