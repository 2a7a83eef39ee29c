using FsCheck.Xunit;
using PeerChallenge.Domain.Tests.Serialization;

namespace PeerChallenge.Domain.Tests.Record;

/// <summary>
/// Records that use every part of format 1.1 (issue 9) validate without an exception, and what a record does not know is
/// said once as information, never turned into an error or a warning.
/// </summary>
public sealed class Format11ValidationProperties
{
    [Property(MaxTest = 200, Arbitrary = [typeof(Format11RoundTripProperties.Format11Records)])]
    public void What_is_not_known_is_said_once_as_information(Format11RoundTripProperties.Format11Record generated)
    {
        var record = generated.Record;

        var issues = new ChallengeRecordValidator().ValidateRecord(record);

        Assert.All(issues, i => Assert.Same(IssueCodes.Find(i.Code.Code), i.Code));
        Assert.Equal(record.TeamKnown != Knowledge.Known ? 1 : 0, issues.Count(i => i.Code == TeamIssueCodes.TeamNotFullyRecorded));
        Assert.Equal(record.OfstedNotificationKnown == Knowledge.NotKnown ? 1 : 0, issues.Count(i => i.Code == TimelineIssueCodes.OfstedNotificationNotKnown));
        Assert.All(
            issues.Where(i => i.Code == TeamIssueCodes.TeamNotFullyRecorded || i.Code == TimelineIssueCodes.DatesNotPrecise || i.Code == TimelineIssueCodes.OfstedNotificationNotKnown),
            i => Assert.Same(IssueSeverity.Information, i.Severity));
        Assert.True(issues.Count(i => i.Code == TimelineIssueCodes.DatesNotPrecise) <= 1, string.Join("\n", issues));
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Format11RoundTripProperties.Format11Records)])]
    public void Rules_that_need_what_is_not_known_do_not_run(Format11RoundTripProperties.Format11Record generated)
    {
        var record = generated.Record;
        var timeline = record.Timeline;
        var exactVisit = timeline.OnSiteStart.IsExactDay && timeline.OnSiteEnd is { IsExactDay: true };

        var codes = new ChallengeRecordValidator().ValidateRecord(record).Codes().ToHashSet();

        if (!exactVisit)
        {
            Assert.DoesNotContain("PC0301", codes);
            Assert.DoesNotContain("PC0302", codes);
            Assert.DoesNotContain("PC0303", codes);
            Assert.DoesNotContain("PC0306", codes);
            Assert.DoesNotContain("PC0308", codes);
            Assert.DoesNotContain("PC0309", codes);
            Assert.Equal(!(timeline.OnSiteEnd is { } end && end.IsCertainlyBefore(timeline.OnSiteStart)), codes.Contains("PC0311"));
        }

        if (record.TeamKnown != Knowledge.Known)
        {
            Assert.DoesNotContain("PC0201", codes);
            Assert.DoesNotContain("PC0208", codes);
        }

        if (record.Kind == RecordKind.PastReview)
        {
            Assert.DoesNotContain("PC0208", codes);
            Assert.DoesNotContain("PC0209", codes);
            Assert.DoesNotContain("PC0307", codes);
        }

        if (record.OfstedNotificationKnown == Knowledge.NotKnown)
        {
            Assert.DoesNotContain("PC0307", codes);
            Assert.DoesNotContain("PC0108", codes);
            Assert.DoesNotContain("PC0306", codes);
        }
    }
}
