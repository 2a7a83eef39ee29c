using Scriban;

namespace PeerChallenge.Reports.Templating;

/// <summary>The report's templates, embedded in the assembly and parsed once.</summary>
internal static class ReportTemplates
{
    /// <summary>Gets the HTML page.</summary>
    internal static Template Html { get; } = Load("report.html.sbn");

    /// <summary>Gets the Markdown document.</summary>
    internal static Template Markdown { get; } = Load("report.md.sbn");

    /// <summary>Reads an embedded file of the templates folder (the style sheet).</summary>
    /// <exception cref="InvalidOperationException">The file is not embedded (a build mistake).</exception>
    internal static string Text(string name)
    {
        var resource = "PeerChallenge.Reports.Templates." + name;
        using var stream = typeof(ReportTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The template {resource} is not embedded in {typeof(ReportTemplates).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Template Load(string name)
    {
        var template = Template.Parse(Text(name), name);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"The template {name} does not parse: {string.Join("; ", template.Messages)}");
        }

        return template;
    }
}
