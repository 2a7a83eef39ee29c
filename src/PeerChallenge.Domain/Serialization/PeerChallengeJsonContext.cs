using System.Text.Json.Serialization;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Serialization;

/// <summary>The source-generated serialization metadata of the interchange format (no reflection, AOT-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    MaxDepth = 64)]
[JsonSerializable(typeof(ChallengeRecord))]
[JsonSerializable(typeof(Edition))]
[JsonSerializable(typeof(Export.ExportProfile))]
internal sealed partial class PeerChallengeJsonContext : JsonSerializerContext;
