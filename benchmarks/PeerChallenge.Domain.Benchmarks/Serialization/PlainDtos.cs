using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeerChallenge.Domain.Benchmarks.Serialization;

// The obvious hand-written alternative to the library's reader and writer: mutable classes mirroring the JSON, lists,
// dates as strings, unknown properties in [JsonExtensionData], read and written by System.Text.Json's reflection
// serializer with camelCase names. No checks, no codes, no validation: the floor a typed reader is measured against.
#pragma warning disable CA1002 // Do not expose generic lists: the point is the plain, obvious DTO.
#pragma warning disable CA2227 // Collection properties should be read only: the reflection serializer sets them.

/// <summary>The record as a plain DTO.</summary>
public sealed class ChallengeRecordDto
{
    public string? SchemaVersion { get; set; }

    public string? Id { get; set; }

    public string? Edition { get; set; }

    public JsonElement? EditionDefinition { get; set; }

    public string? Title { get; set; }

    public OrganisationDto? HostCouncil { get; set; }

    public List<OrganisationDto>? PartnerAgencies { get; set; }

    public List<TeamMemberDto>? Team { get; set; }

    public TimelineDto? Timeline { get; set; }

    public OfstedNotificationDto? OfstedNotification { get; set; }

    public ContactDto? Contact { get; set; }

    public List<LineOfEnquiryDto>? LinesOfEnquiry { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>An organisation as a plain DTO.</summary>
public sealed class OrganisationDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Sector { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>A team member as a plain DTO.</summary>
public sealed class TeamMemberDto
{
    public string? Id { get; set; }

    public string? Role { get; set; }

    public string? Name { get; set; }

    public string? JobTitle { get; set; }

    public OrganisationDto? HomeOrganisation { get; set; }

    public string? Sector { get; set; }

    public bool ElectedMember { get; set; }

    public bool? OnSite { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>The timeline as a plain DTO, dates as strings.</summary>
public sealed class TimelineDto
{
    public string? LeadInStart { get; set; }

    public string? OnSiteStart { get; set; }

    public string? OnSiteEnd { get; set; }

    public string? DraftReportDue { get; set; }

    public string? CouncilCommentsDue { get; set; }

    public string? FinalReportDue { get; set; }

    public string? ActionPlanDue { get; set; }

    public string? ProgressReviewDue { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>The Ofsted notification as a plain DTO.</summary>
public sealed class OfstedNotificationDto
{
    public bool Notified { get; set; }

    public string? NotifiedOn { get; set; }

    public string? NotifiedBy { get; set; }

    public List<InspectionWindowDto>? InspectionWindows { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>An inspection window as a plain DTO.</summary>
public sealed class InspectionWindowDto
{
    public string? Id { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public string? Description { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>The contact as a plain DTO.</summary>
public sealed class ContactDto
{
    public string? Name { get; set; }

    public string? JobTitle { get; set; }

    public string? Telephone { get; set; }

    public string? Email { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>A line of enquiry as a plain DTO.</summary>
public sealed class LineOfEnquiryDto
{
    public string? Id { get; set; }

    public string? Statement { get; set; }

    public List<string>? Themes { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
