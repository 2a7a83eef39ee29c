using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

public sealed class PseudonymKeyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(15)]
    public void A_key_shorter_than_16_bytes_is_refused(int length)
    {
        var ex = Assert.Throws<ArgumentException>(() => new PseudonymKey(new byte[length]));

        Assert.Equal("key", ex.ParamName);
        Assert.Contains("at least 16 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_longer_than_4096_bytes_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PseudonymKey(new byte[4097]));

        Assert.Contains("at most 4096 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(4096)]
    public void Keys_of_16_to_4096_bytes_are_accepted(int length) =>
        Assert.Equal(16, new PseudonymKey(RandomNumberGenerator.GetBytes(length)).Fingerprint.Length);

    [Fact]
    public void The_key_is_copied()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        var key = new PseudonymKey(bytes);
        var before = new CasePseudonymiser(key).Pseudonymise("CR-004512");
        var fingerprint = key.Fingerprint;

        bytes.AsSpan().Clear();

        Assert.Equal(before, new CasePseudonymiser(key).Pseudonymise("CR-004512"));
        Assert.Equal(fingerprint, key.Fingerprint);
    }

    [Fact]
    public void The_fingerprint_is_the_documented_hash()
    {
        var bytes = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var expected = Convert.ToHexString(SHA256.HashData([.. Encoding.UTF8.GetBytes("peer-challenge/pseudonym-key-fingerprint/v1"), 0, .. bytes]).AsSpan(0, 8)).ToLowerInvariant();

        Assert.Equal(expected, new PseudonymKey(bytes).Fingerprint);
        Assert.Matches("^[0-9a-f]{16}$", expected);
    }

    [Property(Arbitrary = [typeof(KeyArbitraries)], MaxTest = 200)]
    public bool The_fingerprint_is_stable_and_differs_between_keys(Key32 a, Key32 b) =>
        new PseudonymKey(a.Bytes).Fingerprint == new PseudonymKey(a.Bytes.ToArray()).Fingerprint
        && (a.Bytes.SequenceEqual(b.Bytes) || new PseudonymKey(a.Bytes).Fingerprint != new PseudonymKey(b.Bytes).Fingerprint);

    [Property(Arbitrary = [typeof(KeyArbitraries)], MaxTest = 200)]
    public bool Neither_the_fingerprint_nor_the_description_contains_the_key(Key32 a)
    {
        var key = new PseudonymKey(a.Bytes);
        var hex = Convert.ToHexString(a.Bytes).ToLowerInvariant();
        var windows = Enumerable.Range(0, a.Bytes.Length - 7).Select(i => Convert.ToHexString(a.Bytes, i, 8).ToLowerInvariant());
        var text = key.ToString();
        return !windows.Contains(key.Fingerprint)
            && !text.Contains(hex, StringComparison.OrdinalIgnoreCase)
            && !text.Contains(Convert.ToBase64String(a.Bytes), StringComparison.Ordinal)
            && text == $"pseudonym key {key.Fingerprint}";
    }

    [Fact]
    public void No_public_member_gives_the_key_bytes_back()
    {
        var leaks = typeof(PseudonymKey).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m is PropertyInfo or FieldInfo or MethodInfo)
            .Select(m => (m.Name, Type: m switch { PropertyInfo p => p.PropertyType, FieldInfo f => f.FieldType, MethodInfo mi => mi.ReturnType, _ => typeof(void) }))
            .Where(m => m.Type == typeof(byte[]) || m.Type == typeof(ReadOnlySpan<byte>) || m.Type == typeof(Span<byte>) || m.Type == typeof(ReadOnlyMemory<byte>) || m.Type == typeof(Memory<byte>))
            .Select(m => m.Name);

        Assert.Empty(leaks);
    }

    [Fact]
    public void The_format_json_settings_cannot_serialize_a_key()
    {
        var key = new PseudonymKey(RandomNumberGenerator.GetBytes(32));

        Assert.ThrowsAny<NotSupportedException>(() => System.Text.Json.JsonSerializer.Serialize(key, PeerChallengeJson.Options));
        Assert.Null(typeof(PseudonymKey).GetCustomAttribute<System.Text.Json.Serialization.JsonConverterAttribute>());
    }

    [Fact]
    public void Keys_are_equal_only_to_themselves()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        var key = new PseudonymKey(bytes);

        Assert.Equal(key, key);
        Assert.NotEqual(key, new PseudonymKey(bytes));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(4096)]
    public void A_key_is_read_from_a_stream(int length)
    {
        var bytes = RandomNumberGenerator.GetBytes(length);

        var key = PseudonymKey.Read(new MemoryStream(bytes));

        Assert.Equal(new PseudonymKey(bytes).Fingerprint, key.Fingerprint);
    }

    [Fact]
    public void A_long_stream_is_read_only_one_byte_past_the_limit_and_refused()
    {
        var stream = new MemoryStream(new byte[1_000_000]);

        var ex = Assert.Throws<ArgumentException>(() => PseudonymKey.Read(stream));

        Assert.Contains("at most 4096 bytes", ex.Message, StringComparison.Ordinal);
        Assert.Equal(PseudonymKey.MaximumLength + 1, stream.Position);
    }

    [Fact]
    public void A_short_stream_is_refused() =>
        Assert.Contains("at least 16 bytes", Assert.Throws<ArgumentException>(() => PseudonymKey.Read(new MemoryStream(new byte[15]))).Message, StringComparison.Ordinal);

    [Fact]
    public void A_key_file_is_read()
    {
        var path = Path.GetTempFileName();
        try
        {
            var bytes = RandomNumberGenerator.GetBytes(32);
            File.WriteAllBytes(path, bytes);

            Assert.Equal(new PseudonymKey(bytes).Fingerprint, PseudonymKey.ReadFile(path).Fingerprint);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>32 random bytes, the recommended key.</summary>
    public sealed record Key32(byte[] Bytes)
    {
        public override string ToString() => Convert.ToHexString(Bytes);
    }

    public static class KeyArbitraries
    {
        public static Arbitrary<Key32> Key32() =>
            Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i), 32).Select(b => new Key32(b)).ToArbitrary();
    }
}
