using PeerChallenge.Domain;
using PeerChallenge.Reports.Content;
using Scriban;

namespace PeerChallenge.Reports.Templating;

/// <summary>Renders a record's report content through one of the templates, values encoded by the context.</summary>
internal static class TemplateRendering
{
    private static readonly string Css = ReportTemplates.Text("report.css");

    internal static string Render(Template template, EncodingTemplateContext context, ChallengeRecord record, ReportOptions? options)
    {
        ArgumentNullException.ThrowIfNull(record);
        var content = ReportContentBuilder.Build(record, options ?? ReportOptions.Default);
        context.PushGlobal(ScriptModel.From(content, Css));
        return template.Render(context);
    }
}
