using System.Globalization;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CmaRenewal.Infrastructure.Pdf;

/// <summary>
/// Draws the CE transcript of one credential cycle: holder, credential, cycle, requirement totals against what the
/// engine counted, and a table of every counted activity (repeated header on each page), with page numbers and the
/// time it was generated. Landscape Letter, so the nine columns fit; long titles wrap within their column, units are
/// printed by name ("NHA credits", not "nha-credit"), and an activity without a certificate says "missing".
/// </summary>
public sealed class TranscriptPdf : IDisposable
{
    private const double Margin = 36, LineHeight = 13, RowHeight = 14, CellLineHeight = 10;
    // Instance fields, not static: a font is resolved when created, which must follow TranscriptFonts.Register.
    private readonly XFont titleFont = new(TranscriptFonts.Family, 15, XFontStyleEx.Bold);
    private readonly XFont headingFont = new(TranscriptFonts.Family, 10.5, XFontStyleEx.Bold);
    private readonly XFont bodyFont = new(TranscriptFonts.Family, 9);
    private readonly XFont smallFont = new(TranscriptFonts.Family, 7.5);
    private readonly XFont cellFont = new(TranscriptFonts.Family, 8);
    private readonly XFont cellBoldFont = new(TranscriptFonts.Family, 8, XFontStyleEx.Bold);

    // Column titles and widths (points); 720 points fit between the margins.
    private static readonly (string Title, double Width)[] Columns =
    [
        ("Date", 56), ("Title", 170), ("Provider", 100), ("Category", 80), ("As printed", 80),
        ("Counted", 70), ("Approved", 48), ("Verification", 64), ("Certificate", 52),
    ];

    private readonly PdfDocument document = new();
    private readonly CycleEvidence evidence;
    private readonly DateTimeOffset generatedAt;
    private XGraphics? gfx;
    private PdfPage? page;
    private double y;

    private TranscriptPdf(CycleEvidence evidence, DateTimeOffset generatedAt)
    {
        this.evidence = evidence;
        this.generatedAt = generatedAt;
    }

    /// <summary>Writes the transcript to <paramref name="output"/> (synchronously: PDFsharp has no async save).</summary>
    public static void Write(CycleEvidence evidence, DateTimeOffset generatedAt, Stream output)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        TranscriptFonts.Register();
        using var pdf = new TranscriptPdf(evidence, generatedAt);
        pdf.Draw();
        pdf.document.Save(output, closeStream: false);
    }

    public void Dispose()
    {
        gfx?.Dispose();
        document.Dispose();
    }

    private CeProgress? Progress => evidence.Result.Progress;

    private void Draw()
    {
        var (person, credential, cycle) = (evidence.Person, evidence.Credential, evidence.Cycle.Window);
        document.Info.Title = $"CE transcript: {person.FullName}, {credential.PackCode}, cycle {cycle.Start:yyyy-MM-dd} to {cycle.Expires:yyyy-MM-dd}";
        document.Info.Author = "CmaRenewal";
        document.Info.Subject = $"{credential.PackTitle} {credential.Number}".Trim();
        document.Info.CreationDate = generatedAt.UtcDateTime;

        NewPage();
        Text($"CE transcript — {credential.PackTitle}", titleFont, 20);
        Text($"{person.FullName} · {person.Email} · {person.ClinicName}", bodyFont);
        Text($"Credential {credential.PackCode}{(credential.Number is null ? "" : $", number {credential.Number}")}", bodyFont);
        var window = evidence.Cycle.IsCurrent ? "current cycle" : $"past cycle, closed by the renewal of {evidence.Cycle.ClosedBy:yyyy-MM-dd}";
        Text($"Cycle {cycle.Number} ({window}): {cycle.Start:yyyy-MM-dd} to {cycle.Expires:yyyy-MM-dd}" +
            (cycle.HasGrace ? $", grace to {cycle.GraceEnds:yyyy-MM-dd}" : ""), bodyFont);
        Text($"CE counts from {cycle.EarnFrom:yyyy-MM-dd} through {cycle.EarnThrough:yyyy-MM-dd}; judged as of {evidence.Result.AsOf:yyyy-MM-dd}.", bodyFont);
        Text($"Status: {evidence.Result.Status} — {evidence.Result.StatusReason}", bodyFont);
        y += 6;
        DrawRequirements();
        y += 8;
        DrawActivities();
        DrawFooters();
    }

    private void DrawRequirements()
    {
        Text("Requirements", headingFont, 16);
        if (Progress is not { } progress)
        {
            Text("No continuing education is required for this credential.", bodyFont);
            return;
        }
        (string, double)[] columns = [("Requirement", 220), ("Required", 80), ("Earned", 80), ("Still need", 80)];
        Row(columns, ["", "", "", ""], cellBoldFont, header: [.. columns.Select(c => c.Item1)]);
        Row(columns, [$"Total ({progress.UnitName})", F(progress.Total.Required), F(progress.Total.Counted), F(progress.Total.Remaining)], cellFont);
        foreach (var category in progress.Categories)
            Row(columns, [category.Name, F(category.Minimum), F(category.Counted), F(category.Remaining)], cellFont);
        if (progress.Approved is { } approved)
            Row(columns, [$"From {progress.ApprovedLabel ?? "approved"} providers", F(approved.Required), F(approved.Counted), F(approved.Remaining)], cellFont);
        y += 2;
        Text($"Still need: {evidence.Result.StillNeed.Summary}", bodyFont);
    }

    private void DrawActivities()
    {
        Text($"Counted activities ({evidence.Counted.Count})", headingFont, 16);
        if (evidence.Counted.Count == 0)
        {
            Text("No activity counts toward this cycle.", bodyFont);
            return;
        }
        var unit = Progress?.UnitName ?? "";
        ActivityHeader();
        foreach (var a in evidence.Counted)
        {
            var counted = a.Counted == a.Worth ? $"{F(a.Counted)} {unit}" : $"{F(a.Counted)} of {F(a.Worth)} {unit}";
            string[] cells = [
                a.CompletedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Title, a.Provider, a.CategoryText,
                $"{F(a.Amount)} {Units.Label(a.Unit)}", counted, a.ApprovedProvider ? "yes" : "no", a.Verification.ToString(),
                a.Certificate is null ? "missing" : "yes",
            ];
            if (y + RowHeightOf(Columns, cells, cellFont) > page!.Height.Point - Margin - 20)
            {
                NewPage();
                ActivityHeader();
            }
            Row(Columns, cells, cellFont);
        }
    }

    private void ActivityHeader() => Row(Columns, [.. Columns.Select(_ => "")], cellBoldFont, header: [.. Columns.Select(c => c.Title)]);

    // A cell's text wraps inside its column (a long course title takes two or three lines), so the row is as tall as its
    // tallest cell; nothing is cut off.
    private void Row((string Title, double Width)[] columns, string[] cells, XFont font, string[]? header = null)
    {
        var x = Margin;
        var texts = header ?? cells;
        var height = RowHeightOf(columns, texts, font);
        for (var i = 0; i < columns.Length; i++)
        {
            var lines = Wrap(texts[i], font, columns[i].Width - 4);
            for (var l = 0; l < lines.Count; l++)
                gfx!.DrawString(lines[l], font, XBrushes.Black, new XRect(x, y + l * CellLineHeight, columns[i].Width - 4, RowHeight), XStringFormats.TopLeft);
            x += columns[i].Width;
        }
        y += height;
        if (header is not null) gfx!.DrawLine(XPens.Gray, Margin, y - 2, x, y - 2);
    }

    private double RowHeightOf((string Title, double Width)[] columns, string[] texts, XFont font) =>
        RowHeight + (columns.Select((c, i) => Wrap(texts[i], font, c.Width - 4).Count).Max() - 1) * CellLineHeight;

    private void Text(string text, XFont font, double height = LineHeight)
    {
        foreach (var line in Wrap(text, font, page!.Width.Point - 2 * Margin))
        {
            gfx!.DrawString(line, font, XBrushes.Black, new XRect(Margin, y, page.Width.Point - 2 * Margin, height), XStringFormats.TopLeft);
            y += height;
        }
    }

    /// <summary>The text in lines no wider than <paramref name="width"/>, broken between words (inside a word only when it alone is wider).</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (gfx!.MeasureString(candidate, font).Width <= width)
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0) lines.Add(line);
            line = word;
            while (line.Length > 1 && gfx.MeasureString(line, font).Width > width)
            {
                var cut = line.Length - 1;
                while (cut > 1 && gfx.MeasureString(line[..cut], font).Width > width) cut--;
                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }
        lines.Add(line);
        return lines;
    }

    private void NewPage()
    {
        gfx?.Dispose();
        page = document.AddPage();
        page.Size = PageSize.Letter;
        page.Orientation = PageOrientation.Landscape;
        gfx = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    private void DrawFooters()
    {
        gfx?.Dispose();
        gfx = null;
        var count = document.PageCount;
        var stamp = $"Generated {generatedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC by CmaRenewal · {evidence.Person.FullName} · {evidence.Credential.PackCode} cycle {evidence.Cycle.Window.Start:yyyy-MM-dd}";
        for (var i = 0; i < count; i++)
        {
            var p = document.Pages[i];
            using var footer = XGraphics.FromPdfPage(p, XGraphicsPdfPageOptions.Append);
            var line = new XRect(Margin, p.Height.Point - Margin, p.Width.Point - 2 * Margin, 12);
            footer.DrawString(stamp, smallFont, XBrushes.Gray, line, XStringFormats.TopLeft);
            footer.DrawString($"Page {i + 1} of {count}", smallFont, XBrushes.Gray, line, XStringFormats.TopRight);
        }
    }

    private static string F(decimal amount) => StillNeed.Format(amount);
}
