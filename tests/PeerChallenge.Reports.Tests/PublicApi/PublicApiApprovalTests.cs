using PeerChallenge.Domain.Tests.PublicApi;

namespace PeerChallenge.Reports.Tests.PublicApi;

/// <summary>
/// The public API of the reports package is a reviewed file: a change shows up as a diff of <c>PeerChallenge.Reports.approved.txt</c>.
/// To accept an intended change run the tests with PEER_CHALLENGE_ACCEPT=1, review the diff, and add a CHANGELOG line.
/// </summary>
public sealed class PublicApiApprovalTests
{
    [Fact]
    public void Public_api_matches_the_approved_file() =>
        PublicApiApproval.Check(typeof(HtmlReportWriter).Assembly, "tests", "PeerChallenge.Reports.Tests", "PublicApi", "PeerChallenge.Reports.approved.txt");
}
