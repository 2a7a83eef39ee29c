// The README's code samples are copied from the regions below; a test keeps them identical, so they compile as
// written, with their using lines.
// begin-snippet: usings
using NodaTime;
using PeerChallenge.Domain;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Serialization;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;
// end-snippet

namespace PeerChallenge.Domain.Tests.Docs;

public sealed class QuickStartSample
{
    [Fact]
    public void Build_validate_and_write()
    {
        // begin-snippet: build
        var record = new ChallengeRecord
        {
            Id = ChallengeId.Parse("LGG-SCPC-2011-ROT"),
            HostCouncil = new Organisation { Id = OrganisationId.Parse("GB-LAE-ROT"), Name = "Rotherham Metropolitan Borough Council" },
            Timeline = new ChallengeTimeline
            {
                LeadInStart = new LocalDate(2011, 8, 8),
                OnSiteStart = new LocalDate(2011, 10, 3),
                OnSiteEnd = new LocalDate(2011, 10, 7),
            },
            Team =
            [
                new TeamMember
                {
                    Id = "tm-1",
                    Role = RoleCode.TeamLeader,
                    Name = "Alex Morgan",
                    HomeOrganisation = new Organisation { Id = OrganisationId.Parse("GB-LAE-WKF"), Name = "Wakefield Council" },
                    Sector = Sector.LocalGovernment,
                },
                new TeamMember
                {
                    Id = "tm-2",
                    Role = RoleCode.ChallengeManager,
                    Name = "Taylor Green",
                    HomeOrganisation = new Organisation { Id = OrganisationId.Parse("GB-COH-03675577"), Name = "Local Government Group" },
                    Sector = Sector.Lga,
                },
            ],
        };

        IReadOnlyList<ValidationIssue> issues = new ChallengeRecordValidator().ValidateRecord(record);
        bool valid = !issues.Any(i => i.IsError); // true: the roles the edition requires are filled
        foreach (var issue in issues)
        {
            Console.WriteLine(issue); // warning PC0208 /team: The team has no Member Peer; the ... edition expects 1.
        }

        string json = ChallengeRecordWriter.Write(record);
        // end-snippet

        Assert.True(valid);
        Assert.Contains(issues, i => i.Code == TeamIssueCodes.RoleNotFilled && i.Path == JsonPointer.Parse("/team"));
        Assert.DoesNotContain(issues, i => i.Code == TeamIssueCodes.RoleBelowMinimum);
        Assert.Contains("\"onSiteStart\": \"2011-10-03\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_and_validate_a_file()
    {
        var path = RepositoryFiles.PathOf("docs", "examples", "rotherham-2011.json");

        // begin-snippet: read
        using var stream = File.OpenRead(path);
        var read = ChallengeRecordReader.Read(stream);
        if (!read.Succeeded)
        {
            // Malformed JSON, a missing field, a wrong type: each an issue with a JSON Pointer, never an exception.
            read.Issues.ToList().ForEach(Console.WriteLine);
            return;
        }

        var problems = new ChallengeRecordValidator().ValidateRecord(read.Value);
        bool valid = problems.All(p => p.Severity == IssueSeverity.Warning);
        // end-snippet

        Assert.True(valid);
    }

    [Fact]
    public void Readme_samples_are_the_compiled_ones()
    {
        var source = File.ReadAllText(RepositoryFiles.PathOf("tests", "PeerChallenge.Domain.Tests", "Docs", "QuickStartSample.cs"));
        var readme = RepositoryFiles.Read("README.md").ReplaceLineEndings("\n");
        var packageReadme = RepositoryFiles.Read("src", "PeerChallenge.Domain", "README.md").ReplaceLineEndings("\n");
        foreach (var name in new[] { "usings", "build", "read" })
        {
            var start = source.IndexOf($"// begin-snippet: {name}\n", StringComparison.Ordinal);
            var end = source.IndexOf("// end-snippet", start, StringComparison.Ordinal);
            var lines = source[start..end].Split('\n').Skip(1).SkipLast(1).ToArray();
            var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
            var snippet = string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
            Assert.True(readme.Contains(snippet, StringComparison.Ordinal), $"README.md does not contain the '{name}' sample as compiled:\n{snippet}");
            Assert.True(name == "read" || packageReadme.Contains(snippet, StringComparison.Ordinal), $"The package's README.md does not contain the '{name}' sample as compiled:\n{snippet}");
        }
    }
}
