using NodaTime;
using NodaTime.Testing;
using PeerChallenge.Domain.Testing;

namespace PeerChallenge.Domain.Tests.Timeline;

/// <summary>
/// Every rule holds at the ends of the calendar: each date of a record set to 0001-01-01 or 9999-12-31 (alone, in pairs,
/// all at once) is validated without an exception, and planning from such dates reports issues rather than throwing.
/// </summary>
public sealed class ExtremeDateTests
{
    private static readonly LocalDate First = new(1, 1, 1);
    private static readonly LocalDate Last = new(9999, 12, 31);

    private static readonly LocalDate[] Extremes = [First, First.PlusDays(1), Last.PlusDays(-1), Last, LocalDate.MinIsoValue, new(-1, 6, 30)];

    private static readonly ChallengeRecord Valid = RecordGenerator.Generate(seed: 3, teamMembers: 6, linesOfEnquiry: 2) is var generated
        && generated.Record.OfstedNotification!.InspectionWindows.Count > 0
            ? generated.Record
            : generated.Record with
            {
                OfstedNotification = generated.Record.OfstedNotification with
                {
                    InspectionWindows = [new InspectionWindow { Id = "iw-1", Start = new LocalDate(2030, 1, 7), End = new LocalDate(2030, 1, 18) }],
                },
            };

    /// <summary>Each date field of the record, by name, and how to set it.</summary>
    private static readonly (string Name, Func<ChallengeRecord, LocalDate, ChallengeRecord> Set)[] Fields =
    [
        ("leadInStart", (r, d) => r with { Timeline = r.Timeline with { LeadInStart = d } }),
        ("onSiteStart", (r, d) => r with { Timeline = r.Timeline with { OnSiteStart = d } }),
        ("onSiteEnd", (r, d) => r with { Timeline = r.Timeline with { OnSiteEnd = d } }),
        ("draftReportDue", (r, d) => r with { Timeline = r.Timeline with { DraftReportDue = d } }),
        ("councilCommentsDue", (r, d) => r with { Timeline = r.Timeline with { CouncilCommentsDue = d } }),
        ("finalReportDue", (r, d) => r with { Timeline = r.Timeline with { FinalReportDue = d } }),
        ("actionPlanDue", (r, d) => r with { Timeline = r.Timeline with { ActionPlanDue = d } }),
        ("progressReviewDue", (r, d) => r with { Timeline = r.Timeline with { ProgressReviewDue = d } }),
        ("notifiedOn", (r, d) => r with { OfstedNotification = r.OfstedNotification! with { NotifiedOn = d } }),
        ("inspectionWindows/0/start", (r, d) => r with { OfstedNotification = r.OfstedNotification! with { InspectionWindows = [r.OfstedNotification.InspectionWindows[0] with { Start = d }, .. r.OfstedNotification.InspectionWindows.Skip(1)] } }),
        ("inspectionWindows/0/end", (r, d) => r with { OfstedNotification = r.OfstedNotification! with { InspectionWindows = [r.OfstedNotification.InspectionWindows[0] with { End = d }, .. r.OfstedNotification.InspectionWindows.Skip(1)] } }),
    ];

    [Fact]
    public void Every_date_alone_and_every_pair_of_dates_at_the_ends_of_the_calendar_validate_without_an_exception()
    {
        var failures = new List<string>();
        foreach (var (name, set) in Fields)
        {
            foreach (var date in Extremes)
            {
                Validate(set(Valid, date), $"{name}={date:uuuu-MM-dd}", failures);
                foreach (var (otherName, otherSet) in Fields.Where(f => f.Name != name))
                {
                    foreach (var other in Extremes)
                    {
                        Validate(otherSet(set(Valid, date), other), $"{name}={date:uuuu-MM-dd}, {otherName}={other:uuuu-MM-dd}", failures);
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} exceptions:\n{string.Join("\n", failures.Take(40))}");
    }

    [Fact]
    public void Messages_write_dates_before_the_common_era_with_their_iso_year()
    {
        var minusOne = new LocalDate(-1, 6, 30);
        var messages = new List<string>();
        foreach (var (name, set) in Fields)
        {
            messages.AddRange(set(Valid, minusOne).Issues().Select(i => $"{name}: {i}"));
            foreach (var (_, otherSet) in Fields.Where(f => f.Name != name))
            {
                messages.AddRange(otherSet(set(Valid, minusOne), minusOne.PlusDays(1)).Issues().Select(i => $"{name}: {i}"));
            }
        }

        Assert.Contains(messages, m => m.Contains("-0001-06-30", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("0002-06-30", StringComparison.Ordinal) && !m.Contains("-0002-06-30", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("0002-07-01", StringComparison.Ordinal) && !m.Contains("-0002-07-01", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0001-01-01", "0001-01-01", "0001-01-01")]
    [InlineData("0001-01-01", "9999-12-31", "9999-12-31")]
    [InlineData("9999-12-31", "9999-12-31", "9999-12-31")]
    [InlineData(null, "0001-01-01", "9999-12-31")]
    [InlineData(null, "9999-12-31", "0001-01-01")]
    [InlineData("0001-01-01", "0001-01-01", "0001-01-05")]
    [InlineData("9999-10-01", "9999-12-27", "9999-12-31")]
    [InlineData("0001-01-01", "2011-10-03", "2011-10-07")]
    [InlineData("2011-08-08", "2011-10-03", "9999-12-31")]
    public void Whole_timelines_at_the_ends_of_the_calendar_validate_without_an_exception(string? leadIn, string onSiteStart, string onSiteEnd)
    {
        foreach (var after in new[] { First, Last })
        {
            var record = Valid with
            {
                Timeline = Valid.Timeline with
                {
                    LeadInStart = leadIn is null ? null : Date(leadIn),
                    OnSiteStart = Date(onSiteStart),
                    OnSiteEnd = Date(onSiteEnd),
                    DraftReportDue = after,
                    CouncilCommentsDue = after,
                    FinalReportDue = after,
                    ActionPlanDue = after,
                    ProgressReviewDue = after,
                },
                OfstedNotification = Valid.OfstedNotification! with
                {
                    NotifiedOn = after,
                    InspectionWindows = [new InspectionWindow { Id = "iw-1", Start = First, End = Last }, new InspectionWindow { Id = "iw-2", Start = Last, End = First }],
                },
            };

            var issues = record.Issues();

            Assert.NotEmpty(issues);
        }
    }

    [Fact]
    public void Every_date_through_the_timeline_rules_of_each_edition_with_a_closure_calendar()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales.WithClosure(new LocalDate(2011, 10, 5), "Staff training day");
        var failures = new List<string>();
        foreach (var edition in BuiltInEditions.All.Append(null))
        {
            var rules = new TimelineRulesValidator(calendar, edition);
            foreach (var (name, set) in Fields)
            {
                foreach (var date in Extremes)
                {
                    var record = set(Valid, date);
                    try
                    {
                        _ = rules.Validate(new ChallengeSchedule(record.Timeline, record.OfstedNotification));
                    }
                    catch (Exception ex)
                    {
                        failures.Add($"{edition?.Code.Value ?? "no edition"}: {name}={date:uuuu-MM-dd}: {ex.GetType().Name}: {ex.Message}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Planning_from_dates_at_the_ends_of_the_calendar_reports_issues_and_never_throws()
    {
        var clock = new FakeClock(Instant.FromUtc(2011, 8, 1, 9, 0));
        var days = Enumerable.Range(0, 14).SelectMany(i => new[] { First.PlusDays(i), Last.PlusDays(-i), LocalDate.MinIsoValue.PlusDays(i) })
            .Concat([new LocalDate(1994, 12, 30), new LocalDate(1995, 1, 2), new LocalDate(2099, 12, 31), new LocalDate(2099, 11, 2), new LocalDate(2100, 1, 4), new LocalDate(2011, 10, 3)]);
        var failures = new List<string>();
        foreach (var edition in BuiltInEditions.All)
        {
            var planner = TimelinePlanner.ForEdition(edition);
            foreach (var day in days)
            {
                foreach (var (form, plan) in new (string, Func<(bool, TimelinePlan?, IReadOnlyList<ValidationIssue>)>)[]
                {
                    ("TryPlanFromOnSiteStart", () => (planner.TryPlanFromOnSiteStart(day, out var p, out var i), p, i)),
                    ("TryPlanFromLeadInStart", () => (planner.TryPlanFromLeadInStart(day, out var p, out var i), p, i)),
                })
                {
                    try
                    {
                        var (made, result, issues) = plan();
                        Assert.Equal(made, result is not null);
                        Assert.Equal(made, issues.Count == 0);
                        if (result is not null)
                        {
                            _ = TimelineIcsWriter.Write(result, clock, "Plan", "PC-1");
                            _ = TimelineMermaidWriter.Write(result, planner.Calendar, "Plan");
                            _ = new TimelineRulesValidator(planner.Calendar, edition).Validate(new ChallengeSchedule(result.ToChallengeTimeline(), null));
                        }
                    }
                    catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
                    {
                        failures.Add($"{edition.Code}: {form}({day:uuuu-MM-dd}): {ex.GetType().Name}: {ex.Message}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    private static void Validate(ChallengeRecord record, string what, List<string> failures)
    {
        try
        {
            _ = record.Issues();
        }
        catch (Exception ex)
        {
            failures.Add($"{what}: {ex.GetType().Name}: {ex.Message} at {ex.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("PeerChallenge", StringComparison.Ordinal))?.Trim()}");
        }
    }
}
