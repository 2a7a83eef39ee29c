using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>Rotherham 2011 with a case audit of 12 cases against five criteria: valid, with no warnings.</summary>
internal static class CaseAuditTestRecords
{
    internal const string SocialCare = "children's social care";
    internal const string Health = "health";
    internal const string Police = "police";

    internal static readonly string[] CriterionIds = ["information-sharing", "joint-planning", "timeliness", "voice-of-the-child", "management-oversight"];

    internal static CasePseudonymiser Pseudonymiser { get; } = new(new PseudonymKey([.. Enumerable.Range(1, 32).Select(i => (byte)i)]));

    /// <summary>
    /// Cases 0 to 6 are graded good on every criterion, 7 to 9 adequate, 10 outstanding and 11 inadequate. Every case
    /// involves children's social care; the even cases and case 1 (which names health twice) health; cases 0, 3, 6 and 9 the police.
    /// </summary>
    internal static CaseAudit Audit { get; } = new()
    {
        Criteria =
        [
            new AuditCriterion { Id = "information-sharing", Name = "Information sharing", Themes = [ThemeCode.Parse("service-delivery-effective-practice")] },
            new AuditCriterion { Id = "joint-planning", Name = "Joint planning" },
            new AuditCriterion { Id = "timeliness", Name = "Timeliness" },
            new AuditCriterion { Id = "voice-of-the-child", Name = "Voice of the child" },
            new AuditCriterion { Id = "management-oversight", Name = "Management oversight", Themes = [ThemeCode.Parse("outcomes")] },
        ],
        Cases = [.. Enumerable.Range(0, 12).Select(Case)],
    };

    internal static ChallengeRecord Record { get; } = TestRecords.Rotherham2011 with { CaseAudit = Audit };

    internal static string GradeOf(int index) => index switch
    {
        < 7 => "good",
        < 10 => "adequate",
        10 => "outstanding",
        _ => "inadequate",
    };

    internal static IReadOnlyList<string> AgenciesOf(int index)
    {
        var agencies = new List<string> { SocialCare };
        if (index % 2 == 0)
        {
            agencies.Add(Health);
        }

        if (index == 1)
        {
            agencies.AddRange([Health, Health]);
        }

        if (index % 3 == 0)
        {
            agencies.Add(Police);
        }

        return agencies;
    }

    private static AuditedCase Case(int index) => new()
    {
        Pseudonym = Pseudonymiser.Pseudonymise($"CR-{index:000000}"),
        Agencies = AgenciesOf(index),
        LevelOfNeed = index % 2 == 0 ? "level 3: targeted" : "level 4: specialist",
        EarlyHelpAssessment = index % 4 == 0 ? true : index % 4 == 1 ? false : null,
        Grades = [.. CriterionIds.Select(c => new CriterionGrade { Criterion = c, Grade = GradeOf(index) })],
        AuditorRole = index % 2 == 0 ? "officer peer" : "health peer",
    };
}
