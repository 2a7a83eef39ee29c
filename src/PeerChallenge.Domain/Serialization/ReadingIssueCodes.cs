using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Serialization;

/// <summary>The issue codes of reading a document (PC00xx): JSON that is malformed, too large or too deep, properties that are repeated, missing or of the wrong type, values and codes that cannot be read, versions, files.</summary>
public static class ReadingIssueCodes
{
    /// <summary>PC0001: the file is not well-formed JSON.</summary>
    public static readonly IssueCode MalformedJson = IssueCode.Error("PC0001", "malformed-json", "The file is not well-formed JSON (a missing comma, bracket or quote, or text that is not JSON at all).");

    /// <summary>PC0002: the document is larger than the reader's size limit.</summary>
    public static readonly IssueCode DocumentTooLarge = IssueCode.Error("PC0002", "document-too-large", "The document is larger than the reader accepts (16 MiB by default; see ChallengeReaderOptions.MaxDocumentBytes).");

    /// <summary>PC0003: the document nests objects or arrays too deeply.</summary>
    public static readonly IssueCode NestingTooDeep = IssueCode.Error("PC0003", "nesting-too-deep", "Objects and arrays are nested deeper than 64 levels.");

    /// <summary>PC0004: an object has the same property twice.</summary>
    public static readonly IssueCode DuplicateProperty = IssueCode.Error("PC0004", "duplicate-property", "An object names the same property twice, so it is not clear which value is meant.");

    /// <summary>PC0005: a value has the wrong JSON type.</summary>
    public static readonly IssueCode WrongType = IssueCode.Error("PC0005", "wrong-type", "A value has the wrong JSON type, for example a number where text is expected, or a list where an object is expected.");

    /// <summary>PC0006: a required property is missing.</summary>
    public static readonly IssueCode MissingProperty = IssueCode.Error("PC0006", "missing-property", "A property the format requires is missing.");

    /// <summary>PC0007: a value cannot be read: a date that is not a date, an identifier in the wrong form.</summary>
    public static readonly IssueCode InvalidValue = IssueCode.Error("PC0007", "invalid-value", "A value has the right JSON type but cannot be read, for example a date that is not a calendar date in yyyy-MM-dd form or an organisation identifier not in the org-id style, or text (a value or a property name) with a lone surrogate escape, which is not a character.");

    /// <summary>PC0008: a code is not in its closed codelist.</summary>
    public static readonly IssueCode UnknownCode = IssueCode.Error("PC0008", "unknown-code", "A code is not one of the codes of its codelist (see docs/codelists.md).");

    /// <summary>PC0009: the schema version is missing, malformed or of a major version this reader does not support.</summary>
    public static readonly IssueCode UnsupportedSchemaVersion = IssueCode.Error("PC0009", "unsupported-schema-version", "The document's schemaVersion is not a version this library reads (major version 1).");

    /// <summary>PC0010: the document is from a newer minor version; unknown properties are kept.</summary>
    public static readonly IssueCode NewerSchemaVersion = IssueCode.Warning("PC0010", "newer-schema-version", "The document was written for a newer minor version of the format. It is read, and properties this version does not know are kept and written back unchanged.");

    /// <summary>PC0011: the file cannot be opened or read at all.</summary>
    public static readonly IssueCode FileUnreadable = IssueCode.Error("PC0011", "file-unreadable", "The file does not exist or cannot be opened or read (a wrong path, a folder, no permission).");

    /// <summary>PC0012: a property the format does not have, in a document of this version or older, not named as a local field.</summary>
    public static readonly IssueCode UnknownProperty = IssueCode.Warning("PC0012", "unknown-property", "A property is not part of the format version the document says it follows, and its name does not start with x- (the prefix of local fields). It is kept and written back, but it may be a misspelt property whose value is being ignored.");

    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly<IssueCode>([MalformedJson, DocumentTooLarge, NestingTooDeep, DuplicateProperty, WrongType, MissingProperty, InvalidValue, UnknownCode, UnsupportedSchemaVersion, NewerSchemaVersion, FileUnreadable, UnknownProperty]);
}
