namespace PeerChallenge.Domain.Tests.PublicApi;

/// <summary>
/// The public API is a reviewed file: a change to it shows up as a diff of <c>PeerChallenge.Domain.approved.txt</c>.
/// To accept an intended change run the tests with PEER_CHALLENGE_ACCEPT=1, review the diff, and add a CHANGELOG line.
/// </summary>
public sealed class PublicApiApprovalTests
{
    [Fact]
    public void Public_api_matches_the_approved_file() =>
        PublicApiApproval.Check(typeof(ChallengeRecord).Assembly, "tests", "PeerChallenge.Domain.Tests", "PublicApi", "PeerChallenge.Domain.approved.txt");
}
