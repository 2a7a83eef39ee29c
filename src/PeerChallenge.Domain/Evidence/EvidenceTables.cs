using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// Every table a record's questionnaires and case audit give, after disclosure control: for each questionnaire the
/// responses by role group and, for each question with a response scale, its options by role group; then the case
/// audit's grades per criterion and per agency.
/// </summary>
/// <remarks>
/// <para>
/// A question's own distribution (<see cref="QuestionnaireTables.ForQuestion"/>) is not published as a table of its own:
/// it is the <c>Total</c> row of the question's table by role group, and publishing it apart, with its own (different)
/// secondary suppression, could give away a cell the table by role group withholds.
/// </para>
/// <para>
/// Each table is protected on its own: no suppressed cell can be worked out from the cells and totals of its own rows
/// and columns. The responses by role group and a question's <c>Total</c> column differ only by respondents who left the
/// question unanswered, so someone comparing the two tables learns how many did.
/// </para>
/// <para>Pure, and linear in the responses and audited cases.</para>
/// </remarks>
public static class EvidenceTables
{
    /// <summary>Makes the tables to publish.</summary>
    /// <param name="questionnaires">The questionnaires, in the record's order.</param>
    /// <param name="audit">The case audit; null when there is none.</param>
    /// <param name="edition">The record's edition, whose grading scale gives the case audit's columns; null for the grades found.</param>
    /// <param name="profile">The disclosure profile.</param>
    /// <returns>The tables, in the order described above, with their highest marking; no tables when there is nothing to count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="questionnaires"/> or <paramref name="profile"/> is null, or a questionnaire is.</exception>
    /// <exception cref="ArgumentException">A questionnaire's role group, option label or an audit's criterion, agency or grade is <c>Total</c> (kept for totals).</exception>
    public static PublishedTables Publish(IEnumerable<Questionnaire> questionnaires, CaseAudit? audit, Edition? edition, DisclosureProfile profile)
    {
        ArgumentNullException.ThrowIfNull(questionnaires);
        ArgumentNullException.ThrowIfNull(profile);
        var tables = new List<StatisticalTable>();
        foreach (var questionnaire in questionnaires)
        {
            ArgumentNullException.ThrowIfNull(questionnaire, nameof(questionnaires));
            var counts = new QuestionnaireTables(questionnaire);
            if (counts.ByGroup() is { } byGroup)
            {
                tables.Add(DisclosureControl.Apply(byGroup, profile));
            }

            var asked = new HashSet<string>(StringComparer.Ordinal);
            foreach (var question in questionnaire.Questions)
            {
                if (question.Id is not null && !question.IsFreeText && asked.Add(question.Id)
                    && counts.ForQuestionByGroup(question.Id) is { } table)
                {
                    tables.Add(DisclosureControl.Apply(table, profile));
                }
            }
        }

        if (audit is not null)
        {
            tables.AddRange(CaseAuditTables.Publish(audit, edition, profile));
        }

        return new PublishedTables(profile, tables);
    }
}
