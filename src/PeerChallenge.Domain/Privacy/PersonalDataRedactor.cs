using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Privacy;

/// <summary>
/// Removes personal data from free text: finds it with a <see cref="PersonalDataScanner"/> and writes what a
/// <see cref="RedactionOperator"/> gives in its place. Everything else, line breaks included, is left exactly as
/// it was. One line does it: <c>PersonalDataRedactor.Default.Redact(notes)</c>.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class PersonalDataRedactor
{
    /// <summary>Initializes a new instance of the <see cref="PersonalDataRedactor"/> class.</summary>
    /// <param name="scanner">The scanner that finds the personal data.</param>
    /// <param name="redactionOperator">What to write in its place.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PersonalDataRedactor(PersonalDataScanner scanner, RedactionOperator redactionOperator)
    {
        Scanner = Preconditions.CheckNotNull(scanner, nameof(scanner));
        Operator = Preconditions.CheckNotNull(redactionOperator, nameof(redactionOperator));
    }

    /// <summary>Gets a redactor with <see cref="PersonalDataScanner.Default"/> and <see cref="RedactionOperator.Replace"/>.</summary>
    public static PersonalDataRedactor Default { get; } = new(PersonalDataScanner.Default, RedactionOperator.Replace);

    /// <summary>Gets the scanner.</summary>
    public PersonalDataScanner Scanner { get; }

    /// <summary>Gets the operator.</summary>
    public RedactionOperator Operator { get; }

    /// <summary>Returns <paramref name="text"/> with its personal data replaced.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The redacted text; the same string instance when there is no personal data in it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hits = new HitBuffer(16);
        try
        {
            Scanner.ScanInto(text, ref hits);
            if (hits.Count == 0)
            {
                return text;
            }

            var length = text.Length;
            foreach (var hit in hits.Items)
            {
                length += Operator.ReplacementLength(hit.Kind, hit.Length) - hit.Length;
            }

            return string.Create(length, (text, hits.Array, hits.Count, Operator), static (destination, state) =>
            {
                var (source, items, count, op) = state;
                var read = 0;
                var written = 0;
                for (var k = 0; k < count; k++)
                {
                    var hit = items[k];
                    var plain = source.AsSpan(read, hit.Start - read);
                    plain.CopyTo(destination[written..]);
                    written += plain.Length;
                    var replacementLength = op.ReplacementLength(hit.Kind, hit.Length);
                    op.WriteReplacement(destination.Slice(written, replacementLength), hit.Kind, source.AsSpan(hit.Start, hit.Length));
                    written += replacementLength;
                    read = hit.End;
                }

                source.AsSpan(read).CopyTo(destination[written..]);
            });
        }
        finally
        {
            hits.Dispose();
        }
    }
}
