using System.Net;

namespace PeerChallenge.Reports.Templating;

/// <summary>Writes values into HTML: text and attribute values HTML-encoded (<c>&lt; &gt; &amp; " '</c>).</summary>
internal sealed class HtmlTemplateContext : EncodingTemplateContext
{
    /// <inheritdoc />
    protected override string Encode(string text) => WebUtility.HtmlEncode(text);
}
