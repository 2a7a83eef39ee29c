using PeerChallenge.Domain;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Serialization;

// Usage: PeerChallenge.Domain.PackageConsumer RECORD.json [SCHEMA-DIR]
// Exit codes: 0 valid (warnings allowed), 1 validation errors, 2 the record cannot be read,
// 3 an embedded schema differs from the published file in SCHEMA-DIR, 64 bad usage.
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: PeerChallenge.Domain.PackageConsumer RECORD.json [SCHEMA-DIR]");
    return 64;
}

var library = typeof(ChallengeRecord).Assembly;
Console.WriteLine($"PeerChallenge.Domain {library.GetName().Version} from {library.Location}");

ChallengeReadResult<ChallengeRecord> read;
using (var stream = File.OpenRead(args[0]))
{
    read = ChallengeRecordReader.Read(stream);
}

foreach (var issue in read.Issues)
{
    Console.WriteLine(issue);
}

if (!read.Succeeded)
{
    Console.Error.WriteLine($"{args[0]}: cannot be read as a challenge record.");
    return 2;
}

var issues = new ChallengeRecordValidator().ValidateRecord(read.Value);
foreach (var issue in issues)
{
    Console.WriteLine(issue);
}

var errors = issues.Count(i => i.IsError);
Console.WriteLine($"{args[0]}: {read.Value.Id.Value}, {read.Value.Team.Count} team members, {errors} errors, {issues.Count - errors} warnings.");
if (errors > 0)
{
    return 1;
}

if (args.Length == 2)
{
    foreach (var name in ChallengeSchemas.Names)
    {
        var published = File.ReadAllText(Path.Combine(args[1], ChallengeSchemas.FileName(name)));
        if (!string.Equals(published, ChallengeSchemas.Get(name), StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"The {name} schema embedded in the package differs from {ChallengeSchemas.FileName(name)} in {args[1]}.");
            return 3;
        }

        Console.WriteLine($"Embedded schema {ChallengeSchemas.FileName(name)} matches the published file.");
    }

    if (!string.Equals(File.ReadAllText(Path.Combine(args[1], "export-profile.schema.json")), ExportProfileReader.Schema, StringComparison.Ordinal))
    {
        Console.Error.WriteLine($"The export profile schema embedded in the package differs from export-profile.schema.json in {args[1]}.");
        return 3;
    }

    Console.WriteLine("Embedded schema export-profile.schema.json matches the published file.");
}

// The reports package renders the same record.
var html = PeerChallenge.Reports.HtmlReportWriter.Write(read.Value);
var findings = System.Text.RegularExpressions.Regex.Count(html, "<li class=\"finding\"");
if (findings != read.Value.Findings.Count)
{
    Console.Error.WriteLine($"The HTML report lists {findings} findings; the record has {read.Value.Findings.Count}.");
    return 4;
}

Console.WriteLine($"Rendered the report: {html.Length} characters of HTML, {findings} findings.");
return 0;
