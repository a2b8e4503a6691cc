namespace ClaimTracker.Core.Text;

/// <summary>Builds a <see cref="MappedText"/> from verbatim source characters and inserted ones.</summary>
public sealed class MappedTextBuilder
{
    private readonly string _source;
    private readonly System.Text.StringBuilder _text = new();
    private readonly List<TextPiece> _pieces = [];

    public MappedTextBuilder(string source) => _source = source;

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    /// <summary>Copies source[start..end) verbatim.</summary>
    public MappedTextBuilder AppendSource(int start, int end)
    {
        if (end <= start)
        {
            return this;
        }
        if (_pieces.Count > 0 && _pieces[^1].TextEnd == _text.Length && _pieces[^1].SourceEnd == start)
        {
            _pieces[^1] = _pieces[^1] with { Length = _pieces[^1].Length + (end - start) };
        }
        else
        {
            _pieces.Add(new TextPiece(_text.Length, start, end - start));
        }
        _text.Append(_source, start, end - start);
        return this;
    }

    /// <summary>Appends another mapped text of the same source, keeping its map.</summary>
    public MappedTextBuilder AppendMapped(MappedText text)
    {
        var offset = _text.Length;
        foreach (var piece in text.Pieces)
        {
            if (_pieces.Count > 0 && _pieces[^1].TextEnd == offset + piece.TextStart && _pieces[^1].SourceEnd == piece.SourceStart)
            {
                _pieces[^1] = _pieces[^1] with { Length = _pieces[^1].Length + piece.Length };
            }
            else
            {
                _pieces.Add(piece with { TextStart = offset + piece.TextStart });
            }
        }
        _text.Append(text.Text);
        return this;
    }

    /// <summary>Appends text that has no source, such as the space that replaces a line break.</summary>
    public MappedTextBuilder AppendInserted(string text)
    {
        _text.Append(text);
        return this;
    }

    public MappedText Build() => new(_text.ToString(), _pieces.ToArray());
}
