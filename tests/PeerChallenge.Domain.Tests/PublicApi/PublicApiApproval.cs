using System.Reflection;
using PublicApiGenerator;

namespace PeerChallenge.Domain.Tests.PublicApi;

/// <summary>
/// Compares an assembly's public API with its approved file, a reviewed text file beside the test. Shared by the test
/// projects of both packages (linked into the reports tests). To accept an intended change run the tests with
/// PEER_CHALLENGE_ACCEPT=1 (never in CI), review the diff, and add a CHANGELOG line.
/// </summary>
internal static class PublicApiApproval
{
    internal static void Check(Assembly assembly, params string[] approvedFile)
    {
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            ExcludeAttributes =
            [
                "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
                "System.Diagnostics.DebuggerNonUserCodeAttribute",
                "System.CodeDom.Compiler.GeneratedCodeAttribute",
            ],
        }).ReplaceLineEndings("\n");
        var path = RepositoryFiles.PathOf(approvedFile);
        if (RepositoryFiles.Accepting)
        {
            File.WriteAllText(path, api);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with PEER_CHALLENGE_ACCEPT=1 and review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), api);
    }
}
