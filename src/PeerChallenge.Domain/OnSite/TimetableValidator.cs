using System.Globalization;
using FluentValidation;
using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Provenance;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.OnSite;

/// <summary>
/// Checks the timetable of the on-site week and reports every problem at once:
/// <list type="bullet">
/// <item><description>each session has an id (PC0101), unique in the timetable (PC0105), and ends after it starts (PC0804), within the working hours (PC0805, a warning);</description></item>
/// <item><description>team members and lines of enquiry are named by ids the record has (PC0813), themes are the edition's (PC0106);</description></item>
/// <item><description>no team member (PC0801) and no place (PC0802) is in two sessions that overlap, found by sorting (<see cref="DoubleBookings"/>), and the edition's off-site role is in no session on site (PC0806);</description></item>
/// <item><description>sessions fall on the on-site days (PC0803) and on working days of the calendar (PC0812);</description></item>
/// <item><description>every theme of the edition and line of enquiry of the record is covered (PC0807, PC0808), every group of people the edition names is heard (PC0809), and the sessions the edition requires on the first and last days are there (PC0810); warnings but for PC0810;</description></item>
/// <item><description>no participant group is expected to be smaller than the non-attribution threshold (PC0811, a warning).</description></item>
/// </list>
/// </summary>
/// <remarks>
/// On a record of a past review the rules that need the whole week (PC0807 to PC0810) do not run, and when the on-site
/// days are not known to the day those that need them (PC0803, PC0810) do not: an information issue (PC0814) says so once.
/// Messages name sessions by their ids; they never quote a place, an agency type, or a team member that is not one of
/// the record's ids (it may be a name written where an id belongs). Build one per edition, calendar, working hours and
/// threshold and reuse it: it holds no state between validations and is safe to share between threads.
/// </remarks>
public sealed class TimetableValidator : AbstractValidator<OnSiteVisit>
{
    private static readonly JsonPointer SessionsAt = JsonPointer.Root.Append("timetable").Append("sessions");

    private readonly Edition? _edition;
    private readonly WorkingDayCalendar _calendar;

    /// <summary>Initializes the validator.</summary>
    /// <param name="edition">The record's edition; when null, themes, the off-site role, coverage of themes, groups heard and required sessions are not checked.</param>
    /// <param name="calendar">The working-day calendar, with the council's closures.</param>
    /// <param name="workingHours">The working hours; null (the default) for <see cref="WorkingHours.Default"/> (08:00 to 19:00).</param>
    /// <param name="nonAttributionThreshold">The smallest group whose view may be reported as a group (at least 1). Default <see cref="EvidenceValidator.DefaultNonAttributionThreshold"/> (3).</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nonAttributionThreshold"/> is less than 1.</exception>
    public TimetableValidator(Edition? edition, WorkingDayCalendar calendar, WorkingHours? workingHours = null, int nonAttributionThreshold = EvidenceValidator.DefaultNonAttributionThreshold)
    {
        _calendar = Preconditions.CheckNotNull(calendar, nameof(calendar));
        ArgumentOutOfRangeException.ThrowIfLessThan(nonAttributionThreshold, 1);
        _edition = edition;
        WorkingHours = workingHours ?? WorkingHours.Default;
        NonAttributionThreshold = nonAttributionThreshold;
        var hours = WorkingHours;

        RuleForEach(v => v.Timetable.Sessions).ChildRules(session =>
        {
            session.RuleFor(s => s.Id).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each session needs an id.");
            session.RuleFor(s => s.End).Must((s, end) => end > s.Start).WithIssueCode(OnSiteIssueCodes.SessionEndsBeforeStart)
                .WithMessage(s => $"The session '{s.Id}' ends ({When(s.End)}) {(s.End == s.Start ? "when" : "before")} it starts ({When(s.Start)}). A session must end after it starts.");
            session.RuleFor(s => s).Must(hours.Contains).When(s => s.End > s.Start).OverridePropertyName("Start")
                .WithIssueCode(OnSiteIssueCodes.SessionOutsideWorkingHours)
                .WithMessage(s => $"The session '{s.Id}' runs from {When(s.Start)} to {When(s.End)}, outside the working hours ({hours}). Move it into the working day, or set other working hours if the council agreed them.");
            session.RuleForEach(s => s.Participants).ChildRules(group =>
                group.RuleFor(g => g.Expected).Must(expected => expected >= nonAttributionThreshold).When(g => g.Expected is not null)
                    .WithIssueCode(OnSiteIssueCodes.GroupBelowThreshold)
                    .WithMessage(g => string.Create(CultureInfo.InvariantCulture,
                        $"A group of {Describe(g.RoleGroup)} is expected to be {g.Expected}, fewer than the non-attribution threshold of {nonAttributionThreshold}: what it says cannot be reported as a group's view without singling someone out. Widen the group, or join it with another session's.")));
            if (edition is not null)
            {
                session.RuleForEach(s => s.Themes).Must(theme => edition.FindTheme(theme) is not null).WithIssueCode(FrameworkIssueCodes.UnknownTheme)
                    .WithMessage((s, theme) => $"'{theme}' is not a theme of the {edition.Name} edition. Its themes are: {string.Join(", ", edition.Themes.Select(t => t.Code))}.");
            }
        });
        RuleFor(v => v.Timetable.Sessions).MustHaveUniqueIds(s => s.Id, "sessions");

        RuleFor(v => v).Custom(CheckReferences);
        RuleFor(v => v).Custom(CheckDoubleBookings);
        RuleFor(v => v).Custom(CheckDays);
        RuleFor(v => v).Custom(CheckWeek);
    }

    /// <summary>Gets the working hours sessions are held in.</summary>
    public WorkingHours WorkingHours { get; }

    /// <summary>Gets the smallest group whose view may be reported as a group.</summary>
    public int NonAttributionThreshold { get; }

    /// <summary>The first and last on-site days when both are known to the day and in order; null otherwise.</summary>
    private static (LocalDate First, LocalDate Last)? OnSiteDays(OnSiteVisit visit) =>
        visit.Timeline.OnSiteStart.TryGetDay(out var first) && visit.Timeline.OnSiteEnd is { } end && end.TryGetDay(out var last) && last >= first
            ? (first, last)
            : null;

    /// <summary>PC0813 for an unknown team member or line of enquiry, PC0806 for an off-site member in a session on site.</summary>
    private void CheckReferences(OnSiteVisit visit, ValidationContext<OnSiteVisit> context)
    {
        // Each member's role is looked up once, not once for every session they are in.
        var members = new Dictionary<string, (Team.TeamMember Member, bool OffSite)>(StringComparer.Ordinal);
        foreach (var member in visit.Team)
        {
            if (!members.ContainsKey(member.Id))
            {
                members.Add(member.Id, (member, IsOffSite(member)));
            }
        }

        var lines = new HashSet<string>(visit.LinesOfEnquiry.Select(l => l.Id), StringComparer.Ordinal);
        var sessions = visit.Timetable.Sessions;
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            for (var j = 0; j < session.TeamMembers.Count; j++)
            {
                if (!members.TryGetValue(session.TeamMembers[j], out var booked))
                {
                    // The unknown value is not quoted: a name written where a member's id belongs would be repeated.
                    context.AddIssue(OnSiteIssueCodes.UnknownReference, SessionsAt.Append(i).Append("teamMembers").Append(j),
                        $"The session '{session.Id}' names as team member (teamMembers, item {j.ToString(CultureInfo.InvariantCulture)}) someone who is not one of the record's team members: give the id of a team member (team), not a name.");
                }
                else if (booked.OffSite && session.IsOnSite)
                {
                    var member = booked.Member;
                    context.AddIssue(OnSiteIssueCodes.OffSiteMemberOnSite, SessionsAt.Append(i).Append("teamMembers").Append(j),
                        $"The team member '{member.Id}' ({_edition?.FindRole(member.Role)?.Name ?? member.Role.ToString()}) works off site, but is put in the session '{session.Id}', which is held on site. Take them out of it, or hold it remotely (leave out its place).");
                }
            }

            for (var j = 0; j < session.LinesOfEnquiry.Count; j++)
            {
                if (!lines.Contains(session.LinesOfEnquiry[j]))
                {
                    context.AddIssue(OnSiteIssueCodes.UnknownReference, SessionsAt.Append(i).Append("linesOfEnquiry").Append(j),
                        $"The session '{session.Id}' refers to the line of enquiry '{session.LinesOfEnquiry[j]}', which is not the id of one of the record's lines of enquiry (linesOfEnquiry).");
                }
            }
        }
    }

    /// <summary>A member works off site when the edition's role says so, or the member's own onSite flag does.</summary>
    private bool IsOffSite(Team.TeamMember member) => member.OnSite == false || _edition?.FindRole(member.Role)?.OnSite == false;

    /// <summary>PC0801 and PC0802: each double booking once, at the later session.</summary>
    private static void CheckDoubleBookings(OnSiteVisit visit, ValidationContext<OnSiteVisit> context)
    {
        var sessions = visit.Timetable.Sessions;
        foreach (var booking in DoubleBookings.Find(sessions))
        {
            var (earlier, later) = (sessions[booking.Earlier], sessions[booking.Later]);
            var overlap = $"{When(later.Start)} to {When(later.End)} overlaps the session '{earlier.Id}' ({When(earlier.Start)} to {When(earlier.End)})";
            if (booking.Kind == DoubleBookingKind.TeamMember)
            {
                var index = IndexOf(later.TeamMembers, booking.Resource, member => member);
                context.AddIssue(OnSiteIssueCodes.TeamMemberDoubleBooked, SessionsAt.Append(booking.Later).Append("teamMembers").Append(index),
                    $"The team member '{booking.Resource}' is in two sessions at once: the session '{later.Id}' from {overlap}, which they are also in. Move one of the sessions, or send someone else.");
            }
            else
            {
                context.AddIssue(OnSiteIssueCodes.PlaceDoubleBooked, SessionsAt.Append(booking.Later).Append("place"),
                    $"The place of the session '{later.Id}' is booked twice: the session from {overlap}, which is held in the same place. Move one of the sessions or book another room.");
            }
        }
    }

    /// <summary>The index of the first item of <paramref name="items"/> with id <paramref name="id"/> (0 when none: the rules only ask for ids the list has).</summary>
    private static int IndexOf<T>(IReadOnlyList<T> items, string id, Func<T, string> idOf)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(idOf(items[i]), id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>PC0812 for a session on a day that is not a working day, PC0803 for one outside the on-site days.</summary>
    private void CheckDays(OnSiteVisit visit, ValidationContext<OnSiteVisit> context)
    {
        var days = OnSiteDays(visit);
        var sessions = visit.Timetable.Sessions;
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            var day = session.Date;
            if (WorkingDayCalendar.Covers(day) && !_calendar.IsWorkingDay(day))
            {
                context.AddIssue(OnSiteIssueCodes.SessionNotOnWorkingDay, SessionsAt.Append(i).Append("start"),
                    $"The session '{session.Id}' is on {Day(day)}, {_calendar.Describe(day)}. Sessions are held on working days.");
            }

            if (days is { } visitDays && (day < visitDays.First || day > visitDays.Last))
            {
                context.AddIssue(OnSiteIssueCodes.SessionOutsideOnSiteDays, SessionsAt.Append(i).Append("start"),
                    $"The session '{session.Id}' is on {Day(day)}, outside the on-site days ({Day(visitDays.First)} to {Day(visitDays.Last)}). Move it into the visit, or correct the timeline.");
            }
        }
    }

    /// <summary>PC0807 to PC0810 on the week as a whole, and PC0814 for what could not be checked.</summary>
    private void CheckWeek(OnSiteVisit visit, ValidationContext<OnSiteVisit> context)
    {
        var days = OnSiteDays(visit);
        var notChecked = new List<string>();
        if (visit.Kind == RecordKind.PastReview)
        {
            notChecked.Add("the themes and lines of enquiry covered, the groups heard and the sessions required on the first and last days (this is a record of a past review, whose sources give only part of the week)");
        }
        else
        {
            CheckCoverage(visit, context);
            if (days is { } visitDays)
            {
                CheckRequirements(visit, visitDays, context);
            }
            else if (_edition is { OnSiteRequirements.Count: > 0 })
            {
                notChecked.Add("the sessions required on the first and last days");
            }
        }

        if (days is null && visit.Timetable.Sessions.Count > 0)
        {
            notChecked.Insert(0, "whether the sessions fall on the on-site days (the on-site days are not given as days)");
        }

        if (notChecked.Count > 0)
        {
            context.AddIssue(OnSiteIssueCodes.TimetableNotFullyChecked, JsonPointer.Root.Append("timetable"), $"These timetable rules were not checked: {string.Join("; ", notChecked)}.");
        }
    }

    private void CheckCoverage(OnSiteVisit visit, ValidationContext<OnSiteVisit> context)
    {
        var coverage = TimetableCoverage.Of(visit.Timetable, _edition?.Themes.Select(t => t.Code) ?? [], visit.LinesOfEnquiry.Select(l => l.Id), []);
        foreach (var gap in coverage.Themes.Where(r => r.IsGap))
        {
            var name = _edition!.Themes.First(t => t.Code.Value == gap.Code).Name;
            context.AddIssue(OnSiteIssueCodes.ThemeNotCovered, JsonPointer.Root.Append("timetable"),
                $"No session covers the theme '{name}' ({gap.Code}). Add it to the themes of the sessions that look at it, or plan one that does.");
        }

        for (var i = 0; i < coverage.LinesOfEnquiry.Count; i++)
        {
            if (coverage.LinesOfEnquiry[i].IsGap)
            {
                context.AddIssue(OnSiteIssueCodes.LineOfEnquiryNotCovered, JsonPointer.Root.Append("linesOfEnquiry").Append(IndexOf(visit.LinesOfEnquiry, coverage.LinesOfEnquiry[i].Code, line => line.Id)),
                    $"No session covers the line of enquiry '{coverage.LinesOfEnquiry[i].Code}'. Add it to the lines of enquiry of the sessions that look at it, or plan one that does.");
            }
        }

        if (_edition is null)
        {
            return;
        }

        var heard = new HashSet<RoleGroupCode>(visit.Timetable.Sessions.SelectMany(s => s.Participants).Select(p => p.RoleGroup));
        foreach (var group in _edition.OnSiteGroups.Distinct().Where(g => !heard.Contains(g)))
        {
            context.AddIssue(OnSiteIssueCodes.GroupNotHeard, JsonPointer.Root.Append("timetable"),
                $"No session hears {Describe(group)} ({group}), whom the {_edition.Name} edition says the team hears on site. Plan an interview or a focus group with them.");
        }
    }

    private void CheckRequirements(OnSiteVisit visit, (LocalDate First, LocalDate Last) days, ValidationContext<OnSiteVisit> context)
    {
        if (_edition is null)
        {
            return;
        }

        foreach (var requirement in _edition.OnSiteRequirements)
        {
            var day = requirement.Day == RequiredDay.First ? days.First : days.Last;
            var met = visit.Timetable.Sessions.Any(s => s.Kind.Code == requirement.Kind && s.Date == day
                && (requirement.With is null || s.Participants.Any(p => p.RoleGroup == requirement.With)));
            if (!met)
            {
                var kind = SessionKind.TryFromCode(requirement.Kind, out var known) ? known.DisplayName.ToLowerInvariant() : $"'{requirement.Kind}' session";
                var with = requirement.With is null ? string.Empty : $" with {Describe(requirement.With)}";
                var which = requirement.Day == RequiredDay.First ? "first" : "last";
                context.AddIssue(OnSiteIssueCodes.RequiredSessionMissing, JsonPointer.Root.Append("timetable"),
                    $"There is no {kind}{with} on the {which} on-site day ({Day(day)}): the {_edition.Name} edition requires one. Add it to the timetable.");
            }
        }
    }

    /// <summary>Names a role group in the plural for a message: <c>front-line staff</c>; a code of an edition's own as <c>the group 'code'</c>.</summary>
    private static string Describe(RoleGroupCode group) => group.Value switch
    {
        "senior-officer" => "senior officers",
        "elected-member" => "elected members",
        "partner-agency" => "partner agencies",
        "front-line-staff" => "front-line staff",
        "young-people" => "young people",
        "parents-and-carers" => "parents and carers",
        _ => $"the group '{group}'",
    };

    private static string Day(LocalDate day) => day.ToString("dddd d MMMM uuuu", CultureInfo.InvariantCulture);

    private static string When(LocalDateTime time) => time.ToString("ddd d MMM uuuu HH:mm", CultureInfo.InvariantCulture);
}
