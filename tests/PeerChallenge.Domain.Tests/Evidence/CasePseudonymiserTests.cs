using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

public sealed class CasePseudonymiserTests
{
    private static readonly byte[] FixedKey = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private static readonly CasePseudonymiser Fixed = new(new PseudonymKey(FixedKey));

    [Fact]
    public void A_pseudonym_is_the_documented_hmac()
    {
        var message = Encoding.UTF8.GetBytes("peer-challenge/case-pseudonym/v1\0AB/123");
        var expected = "case-" + Convert.ToHexString(HMACSHA256.HashData(FixedKey, message).AsSpan(0, 8)).ToLowerInvariant();

        Assert.Equal(expected, Fixed.Pseudonymise("ab/123 ").Value);
    }

    [Theory]
    [InlineData("AB/123", "ab/123 ")]
    [InlineData("AB/123", "  Ab/123\t")]
    [InlineData("LCS 2011 0457", "lcs  2011\t\n0457")]
    [InlineData("LCS 2011 0457", "\u00A0LCS 2011\u00A00457\u2003")]
    [InlineData("CR-004512", "cr-004512")]
    public void Spellings_of_one_reference_get_one_pseudonym(string reference, string variant)
    {
        Assert.Equal(Fixed.Pseudonymise(reference), Fixed.Pseudonymise(variant));
        Assert.Equal(CasePseudonymiser.Normalise(reference), CasePseudonymiser.Normalise(variant));
    }

    [Theory]
    [InlineData("AB 123", "AB123")]
    [InlineData("AB/123", "AB-123")]
    [InlineData("CR-004512", "CR-004513")]
    public void Different_references_get_different_pseudonyms(string a, string b) =>
        Assert.NotEqual(Fixed.Pseudonymise(a), Fixed.Pseudonymise(b));

    [Fact]
    public void The_normalised_reference_is_trimmed_collapsed_and_upper_case() =>
        Assert.Equal("LCS/2011 0457 ÉTÉ", CasePseudonymiser.Normalise(" lcs/2011 \t 0457\r\nété  "));

    [Fact]
    public void A_long_reference_is_pseudonymised_like_a_short_one()
    {
        var reference = new string('x', 5000) + " 1";

        Assert.Equal(Fixed.Pseudonymise(reference), Fixed.Pseudonymise(reference.ToUpperInvariant() + "  "));
        Assert.Equal(Fixed.Pseudonymise(reference), Fixed.Pseudonymise(reference.AsSpan()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void A_blank_reference_is_refused(string reference)
    {
        Assert.Throws<ArgumentException>(() => Fixed.Pseudonymise(reference));
        Assert.Throws<ArgumentException>(() => Fixed.Pseudonymise(reference.AsSpan()));
    }

    [Fact]
    public void Null_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Fixed.Pseudonymise((string)null!));
        Assert.Throws<ArgumentNullException>(() => new CasePseudonymiser(null!));
    }

    [Fact]
    public void The_pseudonymiser_names_its_key_by_fingerprint() =>
        Assert.Equal(new PseudonymKey(FixedKey).Fingerprint, Fixed.KeyFingerprint);

    [Fact]
    public void A_hundred_thousand_references_get_a_hundred_thousand_pseudonyms()
    {
        var seen = new HashSet<CasePseudonym>();
        for (var i = 0; i < 100_000; i++)
        {
            Assert.True(seen.Add(Fixed.Pseudonymise($"CR-{i:D6}")), $"CR-{i:D6} collides with an earlier reference.");
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public bool Pseudonyms_are_stable_under_one_key(Key key, Reference reference, Spelling spelling)
    {
        var a = new CasePseudonymiser(new PseudonymKey(key.Bytes));
        var b = new CasePseudonymiser(new PseudonymKey(key.Bytes.ToArray()));
        return a.Pseudonymise(reference.Text) == b.Pseudonymise(spelling.Apply(reference.Text))
            && a.Pseudonymise(reference.Text) == a.Pseudonymise(reference.Text);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public bool Pseudonyms_under_two_keys_are_unrelated(Key key1, Key key2, Reference reference, Reference other)
    {
        if (key1.Bytes.SequenceEqual(key2.Bytes))
        {
            return true;
        }

        var one = new CasePseudonymiser(new PseudonymKey(key1.Bytes));
        var two = new CasePseudonymiser(new PseudonymKey(key2.Bytes));

        // The same case is a different pseudonym under another key, and equal pseudonyms under one key do not carry
        // over: the pair (reference, other) is told apart under one key exactly when it is under the other.
        return one.Pseudonymise(reference.Text) != two.Pseudonymise(reference.Text)
            && one.Pseudonymise(reference.Text) != two.Pseudonymise(other.Text)
            && (one.Pseudonymise(reference.Text) == one.Pseudonymise(other.Text)) == (two.Pseudonymise(reference.Text) == two.Pseudonymise(other.Text));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public bool A_pseudonym_does_not_contain_the_reference(Key key, Reference reference)
    {
        var pseudonym = new CasePseudonymiser(new PseudonymKey(key.Bytes)).Pseudonymise(reference.Text).Value;
        var digits = new string(reference.Text.Where(char.IsAsciiDigit).ToArray());
        return CasePseudonym.TryParse(pseudonym, out _)
            && !pseudonym.Contains(reference.Text.Trim(), StringComparison.OrdinalIgnoreCase)
            && !pseudonym.Contains(digits, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_keys_give_pseudonyms_that_share_no_more_than_chance()
    {
        var one = new CasePseudonymiser(new PseudonymKey(RandomNumberGenerator.GetBytes(32)));
        var two = new CasePseudonymiser(new PseudonymKey(RandomNumberGenerator.GetBytes(32)));
        var references = Enumerable.Range(0, 10_000).Select(i => $"LCS/2011/{i:D4}").ToList();

        var underOne = references.Select(r => one.Pseudonymise(r)).ToHashSet();
        var underTwo = references.Select(r => two.Pseudonymise(r)).ToHashSet();

        Assert.Equal(10_000, underOne.Count);
        Assert.Empty(underOne.Intersect(underTwo));
    }

    /// <summary>A random 32-byte key.</summary>
    public sealed record Key(byte[] Bytes)
    {
        public override string ToString() => Convert.ToHexString(Bytes);
    }

    /// <summary>A case reference in the shapes councils use: letters, separators and at least six digits.</summary>
    public sealed record Reference(string Text)
    {
        public override string ToString() => Text;
    }

    /// <summary>A way of writing a reference that must not change its pseudonym: case, surrounding and repeated white space.</summary>
    public sealed record Spelling(bool Lower, string Before, string After, string Inner)
    {
        public string Apply(string reference)
        {
            var text = Lower ? reference.ToLowerInvariant() : reference;
            return Before + text.Replace(" ", Inner, StringComparison.Ordinal) + After;
        }

        public override string ToString() => $"lower {Lower}, before '{Before}', after '{After}', inner '{Inner}'";
    }

    public static class Arbitraries
    {
        public static Arbitrary<Key> Key() =>
            Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i), 32).Select(b => new Key(b)).ToArbitrary();

        public static Arbitrary<Reference> Reference() =>
            (from prefix in Gen.Elements("CR-", "LCS/", "ICS ", "MOS", "", "Case ", "EH/", "cin-")
             from year in Gen.Elements("", "2011/", "2010 ", "12-")
             from digits in Gen.Choose(6, 10).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n))
             select new Reference(prefix + year + string.Concat(digits))).ToArbitrary();

        public static Arbitrary<Spelling> Spelling() =>
            (from lower in Gen.Elements(true, false)
             from before in Gen.Elements("", " ", "\t", "  \n")
             from after in Gen.Elements("", " ", "\r\n", "\u00A0")
             from inner in Gen.Elements(" ", "  ", "\t", " \t ")
             select new Spelling(lower, before, after, inner)).ToArbitrary();
    }
}
