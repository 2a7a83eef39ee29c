using System.Text;
using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Corpus;

/// <summary>Builds one annotated note: plain text, personal data (with the written form it takes) and domain phrases.</summary>
internal sealed class NoteBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<(PersonalDataKind, int, int)> _personal = [];
    private readonly List<string?> _forms = [];
    private readonly List<(int, int)> _domain = [];

    public NoteBuilder Plain(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>Adds personal data; <paramref name="form"/> names its written form for the per-form figures (null: derived from its shape).</summary>
    public NoteBuilder Pii(PersonalDataKind kind, string value, string? form = null)
    {
        _personal.Add((kind, _text.Length, value.Length));
        _forms.Add(form);
        _text.Append(value);
        return this;
    }

    public NoteBuilder Domain(string phrase)
    {
        _domain.Add((_text.Length, phrase.Length));
        _text.Append(phrase);
        return this;
    }

    public AnnotatedNote Build() => new(_text.ToString(), _personal, _domain) { Forms = _forms };
}
