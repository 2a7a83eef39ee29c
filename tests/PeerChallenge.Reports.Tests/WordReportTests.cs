using FsCheck.Xunit;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;

namespace PeerChallenge.Reports.Tests;

/// <summary>The Word report: valid Open XML, real headings, a table of contents, the marking in header and footer.</summary>
public sealed class WordReportTests
{
    private static readonly byte[] Docx = Reports.Word(Reports.Rotherham2011, new ReportOptions { AsOf = new LocalDate(2012, 9, 1) });

    [Fact]
    public void The_open_xml_validator_reports_no_errors()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Property(MaxTest = 15, Arbitrary = [typeof(Arbitraries)])]
    public void Any_record_gives_a_document_the_validator_accepts(GeneratedReport generated)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Reports.Word(generated.Record)), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Sections_are_real_headings_with_outline_levels()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["Key messages", "Findings by theme", "Strengths and areas per theme", "Timeline", "Action plan", "The peer team", "Methods and evidence", "About this report"], headings);
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(2, styles["Heading3"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
    }

    [Fact]
    public void It_has_a_table_of_contents_field_that_word_updates_on_opening()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx), false);
        var code = Assert.Single(document.MainDocumentPart!.Document!.Descendants<FieldCode>());
        Assert.StartsWith(" TOC \\o \"1-3\"", code.Text, StringComparison.Ordinal);
        Assert.True(document.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
    }

    [Fact]
    public void The_marking_is_in_the_header_and_the_footer_of_every_page()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx), false);
        var main = document.MainDocumentPart!;
        var section = Assert.Single(main.Document!.Body!.Elements<SectionProperties>());
        var header = (HeaderPart)main.GetPartById(section.GetFirstChild<HeaderReference>()!.Id!.Value!);
        var footer = (FooterPart)main.GetPartById(section.GetFirstChild<FooterReference>()!.Id!.Value!);
        Assert.Equal(HeaderFooterValues.Default, section.GetFirstChild<HeaderReference>()!.Type!.Value);
        Assert.Equal("PROTECT", header.Header!.InnerText);
        Assert.Equal("PROTECT", footer.Footer!.InnerText);
        Assert.Null(section.GetFirstChild<TitlePage>());
    }

    [Fact]
    public void Tables_repeat_their_header_row_and_the_team_has_no_names()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx), false);
        var tables = document.MainDocumentPart!.Document!.Descendants<Table>().ToList();
        Assert.All(tables, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
        var text = document.MainDocumentPart.Document.InnerText;
        Assert.All(Reports.Rotherham2011.Team, m => Assert.DoesNotContain(m.Name!, text, StringComparison.Ordinal));
        Assert.Contains("(overdue)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_refused_with_a_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => WordReportWriter.Write(Reports.Rotherham2011, new NonSeekable()));
        Assert.Contains("seekable", error.Message, StringComparison.Ordinal);
    }

    private sealed class NonSeekable : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
