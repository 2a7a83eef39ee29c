namespace PeerChallenge.Cli;

/// <summary>
/// Reads a byte stream line by line, holding one line at a time: a line ends at <c>\n</c> (a <c>\r</c> before it is
/// part of the ending, not of the line), the last one may end at the end of the stream. A line longer than the
/// limit is not read to its end, so a stream without any newline (<c>/dev/zero</c>) costs no more than the limit.
/// </summary>
internal sealed class LineReader(Stream stream, int maxLineBytes)
{
    private readonly byte[] _chunk = new byte[64 * 1024];
    private int _chunkStart;
    private int _chunkEnd;
    private byte[] _line = new byte[4096];
    private int _lineLength;

    /// <summary>What <see cref="Read"/> found.</summary>
    internal enum Status
    {
        /// <summary>A line: <see cref="Content"/> and <see cref="Ending"/>.</summary>
        Line,

        /// <summary>The end of the stream; no more lines.</summary>
        End,

        /// <summary>Line <see cref="LineNumber"/> is longer than the limit; reading stopped inside it.</summary>
        TooLong,
    }

    /// <summary>The number of the line last read, from 1.</summary>
    internal int LineNumber { get; private set; }

    /// <summary>The bytes of the line last read, without its ending.</summary>
    internal ReadOnlySpan<byte> Content => _line.AsSpan(0, _lineLength);

    /// <summary>The line's ending as it was: <c>"\n"</c>, <c>"\r\n"</c>, or empty for a last line without one.</summary>
    internal string Ending { get; private set; } = string.Empty;

    /// <summary>Reads the next line.</summary>
    internal Status Read()
    {
        _lineLength = 0;
        while (true)
        {
            if (_chunkStart == _chunkEnd)
            {
                _chunkStart = 0;
                _chunkEnd = stream.Read(_chunk, 0, _chunk.Length);
                if (_chunkEnd == 0)
                {
                    if (_lineLength == 0)
                    {
                        return Status.End;
                    }

                    LineNumber++;
                    Ending = string.Empty;
                    return _lineLength > maxLineBytes ? Status.TooLong : Status.Line;
                }
            }

            var available = _chunk.AsSpan(_chunkStart, _chunkEnd - _chunkStart);
            var newline = available.IndexOf((byte)'\n');
            var part = newline < 0 ? available : available[..newline];

            // One byte over the limit is allowed in the buffer: it may be the '\r' of a '\r\n' ending.
            if (_lineLength + part.Length > maxLineBytes + 1)
            {
                LineNumber++;
                return Status.TooLong;
            }

            Append(part);
            _chunkStart += part.Length;
            if (newline >= 0)
            {
                _chunkStart++;
                LineNumber++;
                if (_lineLength > 0 && _line[_lineLength - 1] == (byte)'\r')
                {
                    _lineLength--;
                    Ending = "\r\n";
                }
                else
                {
                    Ending = "\n";
                }

                return _lineLength > maxLineBytes ? Status.TooLong : Status.Line;
            }
        }
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_lineLength + bytes.Length > _line.Length)
        {
            Array.Resize(ref _line, Math.Max(_lineLength + bytes.Length, Math.Min(_line.Length * 2, maxLineBytes + 1)));
        }

        bytes.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += bytes.Length;
    }
}
