using DocumentFormat.OpenXml.Wordprocessing;

namespace PeerChallenge.Reports.Word;

/// <summary>The styles of the Word report: Arial throughout, headings with outline levels 1 to 3, a caption, a list paragraph, a bordered table and the marking.</summary>
internal static class WordStyles
{
    internal static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", basedOn: null, isDefault: true),
        Paragraph("Title", "Title", "Normal", size: 48, bold: true, after: 240),
        Heading(1, 36),
        Heading(2, 28),
        Heading(3, 24),
        Paragraph("TOCHeading", "TOC Heading", "Normal", size: 28, bold: true, before: 240, keepNext: true),
        Paragraph("Caption", "caption", "Normal", size: 20, bold: true, before: 120),
        Paragraph("ListParagraph", "List Paragraph", "Normal", indent: 720),
        Paragraph("Marking", "Security marking", "Normal", size: 20, bold: true, centred: true),
        new Style(
            new StyleName { Val = "Table Grid" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 59 },
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U, Color = "B1B4B6" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U, Color = "B1B4B6" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U, Color = "B1B4B6" },
                    new RightBorder { Val = BorderValues.Single, Size = 4U, Color = "B1B4B6" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Color = "B1B4B6" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Color = "B1B4B6" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableGrid" },
        new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed())
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });

    private static Style Heading(int level, int size)
    {
        var style = Paragraph($"Heading{level}", $"heading {level}", "Normal", size: size, bold: true, before: level == 1 ? 360 : 240, keepNext: true, outline: level - 1);
        return style;
    }

    private static Style Paragraph(
        string id,
        string name,
        string? basedOn,
        bool isDefault = false,
        int? size = null,
        bool bold = false,
        int? before = null,
        int? after = null,
        bool keepNext = false,
        int? outline = null,
        int? indent = null,
        bool centred = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
            style.Append(new NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext());
        }

        if (before is not null || after is not null)
        {
            var spacing = new SpacingBetweenLines { After = (after ?? 120).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            if (before is not null)
            {
                spacing.Before = before.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            paragraph.Append(spacing);
        }

        if (indent is not null)
        {
            paragraph.Append(new Indentation { Left = indent.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (centred)
        {
            paragraph.Append(new Justification { Val = JustificationValues.Center });
        }

        if (outline is not null)
        {
            paragraph.Append(new OutlineLevel { Val = outline.Value });
        }

        if (paragraph.HasChildren)
        {
            style.Append(paragraph);
        }

        if (bold || size is not null)
        {
            var run = new StyleRunProperties();
            if (bold)
            {
                run.Append(new Bold());
            }

            if (size is not null)
            {
                run.Append(new FontSize { Val = size.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                run.Append(new FontSizeComplexScript { Val = size.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }

            style.Append(run);
        }

        return style;
    }
}
