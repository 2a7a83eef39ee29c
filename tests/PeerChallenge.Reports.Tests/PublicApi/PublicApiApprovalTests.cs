using PublicApiGenerator;

namespace PeerChallenge.Reports.Tests.PublicApi;

/// <summary>
/// The public API of the reports package is a reviewed file: a change shows up as a diff of <c>PeerChallenge.Reports.approved.txt</c>.
/// To accept an intended change run the tests with PEER_CHALLENGE_ACCEPT=1, review the diff, and add a CHANGELOG line.
/// </summary>
public sealed class PublicApiApprovalTests
{
    [Fact]
    public void Public_api_matches_the_approved_file()
    {
        var api = typeof(HtmlReportWriter).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            ExcludeAttributes =
            [
                "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
                "System.Diagnostics.DebuggerNonUserCodeAttribute",
                "System.CodeDom.Compiler.GeneratedCodeAttribute",
            ],
        }).ReplaceLineEndings("\n");
        var path = RepositoryFiles.PathOf("tests", "PeerChallenge.Reports.Tests", "PublicApi", "PeerChallenge.Reports.approved.txt");
        if (RepositoryFiles.Accepting)
        {
            File.WriteAllText(path, api);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with PEER_CHALLENGE_ACCEPT=1 and review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), api);
    }
}
