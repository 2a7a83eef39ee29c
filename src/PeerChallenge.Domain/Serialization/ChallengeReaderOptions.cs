namespace PeerChallenge.Domain.Serialization;

/// <summary>Limits of <see cref="ChallengeRecordReader"/>.</summary>
public sealed record ChallengeReaderOptions
{
    /// <summary>The default size limit: 16 MiB, far above any real record (the Rotherham example is under 8 KiB).</summary>
    public const long DefaultMaxDocumentBytes = 16L * 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays the reader accepts: 64.</summary>
    public const int MaxDepth = 64;

    /// <summary>Gets the default options.</summary>
    public static ChallengeReaderOptions Default { get; } = new();

    /// <summary>Gets the largest document, in UTF-8 bytes, the reader accepts; larger ones give PC0002. Default <see cref="DefaultMaxDocumentBytes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value below 1.</exception>
    public long MaxDocumentBytes
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The size limit must be at least 1 byte.");
    } = DefaultMaxDocumentBytes;
}
