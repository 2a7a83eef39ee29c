using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy;

/// <summary>Runs a scanner limited to one kind and returns the text of each hit, so a test reads as what a user sees.</summary>
internal static class Found
{
    internal static string[] In(PersonalDataKind kind, string text) =>
        new PersonalDataScanner(PersonalDataScannerOptions.Default with { EnabledKinds = [kind] })
            .Scan(text)
            .Select(h => text.Substring(h.Start, h.Length))
            .ToArray();

    internal static string[] In(string text) =>
        PersonalDataScanner.Default.Scan(text).Select(h => $"{h.Kind.Code}:{text.Substring(h.Start, h.Length)}").ToArray();
}
