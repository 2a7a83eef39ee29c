using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Serialization;

/// <summary>
/// The JSON settings of the interchange format: camelCase names, codes as strings, NodaTime ISO dates
/// (<c>yyyy-MM-dd</c>, and date-times to the minute, <c>yyyy-MM-ddTHH:mm</c>), nulls left out, indented output, source-generated metadata.
/// </summary>
public static class PeerChallengeJson
{
    // Declared before Options: static fields are initialised in order, and building Options reads it.
    private static readonly HashSet<(Type Type, string Property)> ListsAddedIn11 =
    [
        (typeof(ChallengeRecord), "methods"), (typeof(ChallengeRecord), "earlierReviews"), (typeof(ChallengeRecord), "sources"), (typeof(ChallengeRecord), "citations"),
        (typeof(ChallengeRecord), "documents"), (typeof(ChallengeRecord), "evidence"), (typeof(ChallengeRecord), "questionnaires"),
        (typeof(Organisations.Organisation), "names"), (typeof(Team.TeamMember), "sources"), (typeof(LineOfEnquiry), "sources"),
        (typeof(Edition), "auditGrades"), (typeof(Edition), "onSiteGroups"), (typeof(Edition), "onSiteRequirements"),
        (typeof(Evidence.CaseAudit), "criteria"), (typeof(Evidence.CaseAudit), "cases"), (typeof(Evidence.AuditCriterion), "themes"),
        (typeof(Evidence.AuditedCase), "agencies"), (typeof(Evidence.AuditedCase), "grades"),
        (typeof(ChallengeRecord), "findings"), (typeof(Edition), "findingKinds"),
    ];

    /// <summary>The form of a local date and time in the format: to the minute, <c>yyyy-MM-ddTHH:mm</c> (the sessions of the timetable).</summary>
    internal static readonly LocalDateTimePattern MinutePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    /// <summary>Gets the read-only serializer options of the format. Use them to serialize parts of a record the same way.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Gets the metadata of <see cref="ChallengeRecord"/> under <see cref="Options"/>.</summary>
    public static JsonTypeInfo<ChallengeRecord> ChallengeRecordTypeInfo { get; } = (JsonTypeInfo<ChallengeRecord>)Options.GetTypeInfo(typeof(ChallengeRecord));

    /// <summary>Gets the metadata of <see cref="Edition"/> under <see cref="Options"/>.</summary>
    public static JsonTypeInfo<Edition> EditionTypeInfo { get; } = (JsonTypeInfo<Edition>)Options.GetTypeInfo(typeof(Edition));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(PeerChallengeJsonContext.Default.Options)
        {
            TypeInfoResolver = PeerChallengeJsonContext.Default.WithAddedModifier(RequireSchemaVersion).WithAddedModifier(LeaveOutEmptyNewLists),
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

            // A property named twice is refused, not "last one wins": the reader reports it (PC0004).
            AllowDuplicateProperties = false,
        };
        // The converters are built here rather than taken from NodaConverters: its static initialiser also builds
        // the interval and period converters, whose code is not trim-safe (IL2026/IL3050 in a PublishAot app).
        options.Converters.Add(new NodaPatternConverter<LocalDate>(LocalDatePattern.Iso, RequireIsoCalendar));
        options.Converters.Add(new NodaPatternConverter<LocalDateTime>(MinutePattern, RequireIsoCalendar));
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// A document must say its version: <c>schemaVersion</c> is required in JSON, though <see cref="ChallengeRecord.SchemaVersion"/>
    /// defaults to <see cref="SchemaVersion.Current"/> for records built in code.
    /// </summary>
    private static void RequireSchemaVersion(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type == typeof(ChallengeRecord))
        {
            typeInfo.Properties.Single(p => p.Name == "schemaVersion").IsRequired = true;
        }
    }

    /// <summary>
    /// The lists added in format 1.1 are written only when they hold something, so that a record written before they
    /// existed is written back as it was read. Left out, each reads as empty.
    /// </summary>
    private static void LeaveOutEmptyNewLists(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (ListsAddedIn11.Contains((typeInfo.Type, property.Name)))
            {
                property.ShouldSerialize = static (_, value) => value is IReadOnlyCollection<object> { Count: > 0 };
            }
        }
    }

    private static void RequireIsoCalendar(LocalDate date) => RequireIsoCalendar(date.Calendar);

    private static void RequireIsoCalendar(LocalDateTime dateTime) => RequireIsoCalendar(dateTime.Calendar);

    private static void RequireIsoCalendar(CalendarSystem calendar)
    {
        if (calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"Dates in the interchange format are in the ISO calendar; this one is in the {calendar.Name} calendar.");
        }
    }
}
