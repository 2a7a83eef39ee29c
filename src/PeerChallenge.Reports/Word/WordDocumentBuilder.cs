using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PeerChallenge.Reports.Word;

/// <summary>
/// Builds a Word document part by part: styles with real heading levels (so the navigation pane and the table of
/// contents work), bulleted lists, tables with a repeating header row, a TOC field Word fills in when it opens the
/// file, and the security marking in the header and footer of every page.
/// </summary>
internal sealed class WordDocumentBuilder
{
    private const int BulletNumberingId = 1;
    private readonly Body body = new();

    /// <summary>Adds a heading of level 1 to 3 (the Title style for level 0).</summary>
    internal void Heading(int level, string text) =>
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = level == 0 ? "Title" : $"Heading{level}" }), TextRun(text)));

    /// <summary>Adds a paragraph of plain text, with an optional bold lead-in (a finding's label).</summary>
    internal void Paragraph(string text, string? lead = null, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        if (lead is not null)
        {
            paragraph.Append(TextRun(lead + " ", bold: true));
        }

        paragraph.Append(TextRun(text));
        body.Append(paragraph);
    }

    /// <summary>Adds one item of a bulleted list, with an optional bold lead-in and a note in grey after it.</summary>
    internal void Bullet(string text, string? lead = null, string? note = null)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = "ListParagraph" },
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId })));
        if (lead is not null)
        {
            paragraph.Append(TextRun(lead + " ", bold: true));
        }

        paragraph.Append(TextRun(text));
        if (note is not null)
        {
            paragraph.Append(TextRun(" " + note, note: true));
        }

        body.Append(paragraph);
    }

    /// <summary>Adds a table with a caption, a header row repeated on every page, and a row heading in the first column.</summary>
    internal void Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Caption" }, new KeepNext()), TextRun(caption)));
        var width = 9000 / Math.Max(1, headers.Count);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableLook { Val = "04A0", FirstRow = true, FirstColumn = true, NoHorizontalBand = false, NoVerticalBand = true },
                new TableCaption { Val = caption }),
            new TableGrid([.. headers.Select(_ => new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) })]));
        table.Append(Row(headers, header: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, header: false));
        }

        body.Append(table);
        body.Append(new Paragraph());
    }

    /// <summary>Adds a table of contents field of heading levels 1 to 3, marked dirty so Word builds it on opening.</summary>
    internal void TableOfContents()
    {
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOCHeading" }), TextRun("Contents")));
        body.Append(new Paragraph(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            TextRun("The table of contents is built when the document opens; if it is not, right-click here and choose Update Field."),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
    }

    /// <summary>Writes the document to a stream: the parts, the header and footer with the marking, A4 pages.</summary>
    internal void Save(Stream output, string title, string marking)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        document.PackageProperties.Title = title;
        document.PackageProperties.Creator = "PeerChallenge.Reports";
        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = WordStyles.Create();
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = Bullets();
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(MarkingParagraph(marking));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(MarkingParagraph(marking));
        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1440, Right = 1134U, Bottom = 1440, Left = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
        main.Document = new Document(body);
    }

    private static Paragraph MarkingParagraph(string marking) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = "Marking" }),
        TextRun(marking));

    private static TableRow Row(IReadOnlyList<string?> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            row.Append(new TableCell(new Paragraph(TextRun(cells[i] ?? string.Empty, bold: header || i == 0))));
        }

        return row;
    }

    private static Run TextRun(string text, bool bold = false, bool note = false)
    {
        var run = new Run();
        if (bold || note)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (note)
            {
                properties.Append(new Color { Val = "505A5F" });
            }

            run.Append(properties);
        }

        run.Append(new Text(WordText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Numbering Bullets() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "\u2022" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 0 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletNumberingId });
}
