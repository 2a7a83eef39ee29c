using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// A document an evidence item draws on, as the trace of a finding shows it (<see cref="FindingTrace"/>): the id the item
/// cites, and the document of the record's library with that id, or null when the library has none ("not in the
/// record", which the evidence rules report as PC0701).
/// </summary>
/// <remarks>Made by <see cref="FindingTrace.Of"/>. Equality is by value.</remarks>
public sealed record TracedDocument
{
    internal TracedDocument(string id, Document? document)
    {
        Id = id;
        Document = document;
    }

    /// <summary>Gets the document id the evidence item cites, for example <c>doc-2</c>. Never null.</summary>
    public string Id { get; }

    /// <summary>Gets the document of the record's library with <see cref="Id"/> (the first, if the library has it twice); null when it has none.</summary>
    public Document? Document { get; }

    /// <summary>Gets a value indicating whether the record's library has the document (<see cref="Document"/> is not null).</summary>
    public bool InRecord => Document is not null;
}
