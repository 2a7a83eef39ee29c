namespace PeerChallenge.Reports.Templating;

/// <summary>Text a template writes as it is, not encoded: only for text the report makes itself (a CSS string it escaped), never for the record's text.</summary>
internal sealed record RawText(string Text)
{
    public override string ToString() => Text;
}
