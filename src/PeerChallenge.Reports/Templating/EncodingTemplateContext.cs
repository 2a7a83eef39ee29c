using Scriban;
using Scriban.Parsing;

namespace PeerChallenge.Reports.Templating;

/// <summary>
/// A template context that encodes every value a template writes (<c>{{ value }}</c>) for its output language, so a
/// template cannot forget to: the template's own text is written as it is, every value through <see cref="Encode"/>,
/// except a <see cref="RawText"/> the report made itself.
/// </summary>
internal abstract class EncodingTemplateContext : TemplateContext
{
    protected EncodingTemplateContext()
    {
        // A county-scale record has thousands of findings and actions: no loop limit. A variable the template names
        // that the model does not have is a mistake in the template, not an empty string.
        LoopLimit = int.MaxValue;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawText raw => base.Write(span, raw.Text),
        _ => base.Write(span, Encode(ObjectToString(textAsObject) ?? string.Empty)),
    };

    /// <summary>Encodes one value for the output.</summary>
    protected abstract string Encode(string text);
}
