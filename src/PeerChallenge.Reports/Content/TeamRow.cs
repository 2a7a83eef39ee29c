namespace PeerChallenge.Reports.Content;

/// <summary>One member of the peer team as the report shows them: role, job title and home organisation, never a name.</summary>
internal sealed record TeamRow(string Role, string? JobTitle, string? HomeOrganisation, string OnSite);
