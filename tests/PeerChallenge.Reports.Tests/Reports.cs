using System.Text;
using PeerChallenge.Domain;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Reports.Tests;

/// <summary>The records the report tests render: the 2011 example as published in the repository.</summary>
internal static class Reports
{
    internal static ChallengeRecord Rotherham2011 { get; } = Read(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"));

    internal static ChallengeRecord Read(string json) =>
        ChallengeRecordReader.Read(json).Value ?? throw new InvalidOperationException("The example does not read.");

    internal static byte[] Word(ChallengeRecord record, ReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        WordReportWriter.Write(record, stream, options);
        return stream.ToArray();
    }

    /// <summary>How many times <paramref name="value"/> occurs in <paramref name="text"/>, without overlaps.</summary>
    internal static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Text with runs of white space as one space, as a reader sees it.</summary>
    internal static string Squash(string text)
    {
        var squashed = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && squashed.Length > 0)
            {
                squashed.Append(' ');
            }

            space = false;
            squashed.Append(c);
        }

        return squashed.ToString();
    }
}
