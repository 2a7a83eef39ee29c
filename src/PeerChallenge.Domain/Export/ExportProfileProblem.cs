using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Export;

/// <summary>What is wrong with an <see cref="ExportProfile"/>: where in the profile, and why, in plain words.</summary>
/// <param name="Path">The JSON Pointer of the profile's property it is about, for example <c>/parts/2/treatments/0</c>.</param>
/// <param name="Message">The problem, for example "'shred' is not a treatment. Known: keep, drop, ...".</param>
public sealed record ExportProfileProblem(JsonPointer Path, string Message)
{
    /// <summary>Returns the problem as "pointer: message", with <c>/</c> for the whole profile.</summary>
    /// <returns>For example <c>/parts/2/part: 'notes' is not a part of the record. ...</c>.</returns>
    public override string ToString() => $"{(Path.IsRoot ? "/" : Path.ToString())}: {Message}";
}
