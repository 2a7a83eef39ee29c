using PeerChallenge.Domain.OnSite;
using static PeerChallenge.Domain.Tests.OnSite.TimetableTestRecords;

namespace PeerChallenge.Domain.Tests.OnSite;

/// <summary>The timetable as a Mermaid Gantt chart: a section per group of sessions, a bar per session, labels Mermaid cannot misread.</summary>
public sealed class TimetableMermaidWriterTests
{
    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');

    [Fact]
    public void By_day_there_is_a_section_per_day_and_a_bar_per_session_from_start_to_end()
    {
        var lines = Lines(TimetableMermaidWriter.Write(Week, "Rotherham on-site week"));

        Assert.Equal(["```mermaid", "gantt", "    title Rotherham on-site week", "    dateFormat YYYY-MM-DD HH:mm", "    axisFormat %a %H:%M"], lines[..5]);
        Assert.Equal(["    section Monday 3 October 2011", "    section Friday 7 October 2011"], lines.Where(l => l.StartsWith("    section", StringComparison.Ordinal)));
        Assert.Equal(Week.Sessions.Count, lines.Count(l => l.Contains(" :2011-10-", StringComparison.Ordinal)));
        Assert.Contains("    09.00 Opening meeting with partner agency, senior officer (s-01) :2011-10-03 09:00, 2011-10-03 10:30", lines);
        Assert.Contains("    11.00 Focus group with front-line staff (s-03) :2011-10-03 11:00, 2011-10-03 12:30", lines);
        Assert.Equal("```", lines[^1]);
    }

    [Fact]
    public void Sections_can_be_any_grouping_with_the_names_given()
    {
        var lines = Lines(TimetableMermaidWriter.Write(Week.ByTeamMember(), id => $"Peer {id}"));

        Assert.Equal("    title Peer challenge on-site week", lines[2]);
        Assert.Equal(["tm-1", "tm-2", "tm-3", "tm-4", "tm-5", "tm-6"], lines.Where(l => l.StartsWith("    section Peer ", StringComparison.Ordinal)).Select(l => l["    section Peer ".Length..]));
        Assert.Equal(Week.Sessions.Sum(s => s.TeamMembers.Count), lines.Count(l => l.Contains(" :2011-10-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Text_mermaid_would_read_as_syntax_is_replaced()
    {
        var odd = Week with { Sessions = [Week.Sessions[0] with { Id = "s:1;#2" }] };

        var lines = Lines(TimetableMermaidWriter.Write(odd.ByDay(), _ => "Day: one; #1\nnext", "Week: 1; #2"));

        Assert.Equal("    title Week - 1, no.2", lines[2]);
        Assert.Equal("    section Day - one, no.1 next", lines[5]);
        Assert.Matches(@"^    [^:;#]+ :2011-10-03 09:00, 2011-10-03 10:30$", lines[6]);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => TimetableMermaidWriter.Write(null!));
        Assert.Throws<ArgumentNullException>(() => TimetableMermaidWriter.Write<string>(null!, s => s));
        Assert.Throws<ArgumentNullException>(() => TimetableMermaidWriter.Write(Week.ByTeamMember(), null!));
    }

    [Theory]
    [InlineData("senior-officer", "senior officer")]
    [InlineData("front-line-staff", "front-line staff")]
    [InlineData("parents-and-carers", "parents and carers")]
    [InlineData("youth-offending-team", "youth offending team")]
    [InlineData("carers", "carers")]
    public void A_role_group_in_words_has_spaces_for_hyphens_and_keeps_front_line(string code, string words) =>
        Assert.Equal(words, RoleGroupCode.Parse(code).ToWords());
}
