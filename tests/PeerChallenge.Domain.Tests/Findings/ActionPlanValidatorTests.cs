using NodaTime;
using PeerChallenge.Domain.Findings;

namespace PeerChallenge.Domain.Tests.Findings;

/// <summary>The rules of the action plan, each valid and invalid, through the record's validator and on their own.</summary>
public sealed class ActionPlanValidatorTests
{
    private static readonly ChallengeRecord Valid = FindingsTestRecords.WithReportAndPlan;

    private static PartialDate Day(int year, int month, int day) => PartialDate.OfDay(new LocalDate(year, month, day));

    private static IEnumerable<(string Code, string Severity, string Path)> Found(ChallengeRecord record, LocalDate? asOf = null) =>
        new ChallengeRecordValidator(ChallengeValidationOptions.Default with { AsOf = asOf }).ValidateRecord(record).Select(i => (i.Code.Code, i.Severity.Code, i.Path.ToString()));

    private static ChallengeRecord WithEntry(Func<ActionPlanEntry, ActionPlanEntry> change) =>
        Valid with { ActionPlan = Valid.ActionPlan! with { Entries = [change(Valid.ActionPlan!.Entries[0])] } };

    private static ChallengeRecord WithAction(Func<PlannedAction, PlannedAction> change) => WithEntry(e => e with { Actions = [change(e.Actions[0])] });

    [Fact]
    public void Every_recommendation_needs_an_entry_with_an_action()
    {
        Assert.Equal([("PC0916", "error", "/findings/1")], Found(Valid with { ActionPlan = new ActionPlan() }));
        Assert.Equal([("PC0916", "error", "/actionPlan/entries/0/actions")], Found(WithEntry(e => e with { Actions = [] })));

        // Without an action plan, nothing is asked of it.
        Assert.Empty(Found(Valid with { ActionPlan = null }));
    }

    [Fact]
    public void An_entry_answers_one_recommendation_of_the_record()
    {
        Assert.Equal([("PC0902", "error", "/actionPlan/entries/0/recommendation")], Found(WithEntry(e => e with { Recommendation = "f-9" })).Where(i => i.Code != "PC0916"));
        Assert.Contains(("PC0917", "error", "/actionPlan/entries/0/recommendation"), Found(WithEntry(e => e with { Recommendation = "f-1" })));
        var twice = Valid with { ActionPlan = Valid.ActionPlan! with { Entries = [.. Valid.ActionPlan!.Entries, Valid.ActionPlan!.Entries[0] with { Actions = [Valid.ActionPlan!.Entries[0].Actions[0] with { Id = "a-2" }] }] } };
        Assert.Equal([("PC0917", "error", "/actionPlan/entries/1/recommendation")], Found(twice));
    }

    [Fact]
    public void An_action_due_on_or_before_the_final_report_is_an_error()
    {
        Assert.Equal([("PC0918", "error", "/actionPlan/entries/0/actions/0/due")], Found(WithAction(a => a with { Due = Day(2011, 11, 18) })));
        Assert.Empty(Found(WithAction(a => a with { Due = Day(2011, 11, 19) })));

        // A month that may end after the report is not certainly before it.
        Assert.Empty(Found(WithAction(a => a with { Due = PartialDate.OfMonth(2011, 11) })));

        // Without a final version, the timeline's planned final report is the day to beat.
        var planned = Valid with { Report = null, Timeline = Valid.Timeline with { FinalReportDue = Day(2012, 7, 1) } };
        Assert.Equal([("PC0918", "error", "/actionPlan/entries/0/actions/0/due")], Found(planned));
    }

    [Fact]
    public void Overdue_actions_are_flagged_only_against_the_day_passed_in()
    {
        Assert.Empty(Found(Valid));
        Assert.Empty(Found(Valid, new LocalDate(2012, 6, 30)));
        Assert.Equal([("PC0919", "warning", "/actionPlan/entries/0/actions/0/status")], Found(Valid, new LocalDate(2012, 7, 1)));
        Assert.Empty(Found(WithAction(a => a with { Status = ActionStatus.Done }), new LocalDate(2013, 1, 1)));
        Assert.Empty(Found(WithAction(a => a with { Due = null }), new LocalDate(2013, 1, 1)));
    }

    [Fact]
    public void An_action_due_in_a_month_is_overdue_only_after_the_month()
    {
        var action = Valid.ActionPlan!.Entries[0].Actions[0] with { Due = PartialDate.OfMonth(2012, 6) };

        Assert.False(action.IsOverdue(new LocalDate(2012, 6, 30)));
        Assert.True(action.IsOverdue(new LocalDate(2012, 7, 1)));
        Assert.Equal([action], (Valid.ActionPlan! with { Entries = [Valid.ActionPlan!.Entries[0] with { Actions = [action] }] }).OverdueOn(new LocalDate(2012, 7, 1)));
    }

    [Fact]
    public void Progress_runs_in_date_order_up_to_the_progress_review()
    {
        var second = new ProgressUpdate { Date = Day(2012, 4, 1), Note = "Training planned." };
        Assert.Equal([("PC0920", "warning", "/actionPlan/entries/0/actions/0/progress/1/date")], Found(WithAction(a => a with { Progress = [a.Progress[0], second] })));

        var reviewed = Valid with { Timeline = Valid.Timeline with { ProgressReviewDue = Day(2012, 4, 29) } };
        Assert.Equal([("PC0920", "warning", "/actionPlan/entries/0/actions/0/progress/0/date")], Found(reviewed));
        Assert.Empty(Found(reviewed with { Timeline = reviewed.Timeline with { ProgressReviewDue = Day(2012, 4, 30) } }));
    }

    [Fact]
    public void Action_ids_are_unique_in_the_plan_and_text_is_required()
    {
        Assert.Equal([("PC0105", "error", "/actionPlan/entries/0/actions/1/id")], Found(WithEntry(e => e with { Actions = [e.Actions[0], e.Actions[0]] })));
        Assert.Equal(
            [("PC0101", "error", "/actionPlan/entries/0/actions/0/description"), ("PC0101", "error", "/actionPlan/entries/0/actions/0/owner"), ("PC0101", "error", "/actionPlan/entries/0/desiredOutcome")],
            Found(WithEntry(e => e with { DesiredOutcome = "", Actions = [e.Actions[0] with { Description = " ", Owner = "" }] })).Order());
    }

    [Fact]
    public void An_owner_is_an_office_never_a_persons_contact_details_and_messages_do_not_quote_them()
    {
        var issues = new ChallengeRecordValidator().ValidateRecord(WithAction(a => a with { Owner = "j.smith@rotherham.gov.uk", Progress = [a.Progress[0] with { Note = "Call 07700 900123." }] }));

        Assert.Equal([("PC0401", "/actionPlan/entries/0/actions/0/owner"), ("PC0401", "/actionPlan/entries/0/actions/0/progress/0/note")], issues.Select(i => (i.Code.Code, i.Path.ToString())).Order());
        Assert.All(issues, i => Assert.DoesNotContain("smith", i.Message, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(issues, i => i.Message.Contains("office or role", StringComparison.Ordinal));
    }

    [Fact]
    public void An_action_plan_published_later_than_planned_is_a_warning()
    {
        var planned = Valid with { Timeline = Valid.Timeline with { ActionPlanDue = Day(2012, 2, 14) } };

        Assert.Equal([("PC0913", "warning", "/actionPlan/published")], Found(planned));
        Assert.Empty(Found(planned with { Timeline = planned.Timeline with { ActionPlanDue = Day(2012, 2, 15) } }));
    }

    [Fact]
    public void The_validator_alone_judges_overdue_actions_against_its_day()
    {
        var set = new FindingSet(Valid.Findings, Valid.Timeline) { ActionPlan = Valid.ActionPlan, Report = Valid.Report };

        Assert.Empty(new ActionPlanValidator(BuiltInEditions.Lgg2011).Validate(set).ToIssues());
        Assert.Equal(
            [("PC0919", "/actionPlan/entries/0/actions/0/status")],
            new ActionPlanValidator(BuiltInEditions.Lgg2011, asOf: new LocalDate(2013, 1, 1)).Validate(set).ToIssues().Select(i => (i.Code.Code, i.Path.ToString())));
    }
}
