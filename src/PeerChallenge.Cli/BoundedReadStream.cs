namespace PeerChallenge.Cli;

/// <summary>
/// A read-only view of a stream that ends after <see cref="Limit"/> bytes, however long the stream is: whoever reads
/// it can never read more than that from the source (standard input, <c>/dev/zero</c>, a 1 GB file).
/// </summary>
internal sealed class BoundedReadStream(Stream source, long limit) : Stream
{
    /// <summary>The most bytes read from the source.</summary>
    internal long Limit { get; } = limit;

    /// <summary>How many bytes have been read from the source so far.</summary>
    internal long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var remaining = Limit - BytesRead;
        if (remaining <= 0 || buffer.IsEmpty)
        {
            return 0;
        }

        var read = source.Read(buffer[..(int)Math.Min(buffer.Length, remaining)]);
        BytesRead += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
