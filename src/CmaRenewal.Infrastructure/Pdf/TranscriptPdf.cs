using System.Globalization;
using System.Resources;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Common;
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
/// printed by name ("NHA credits", not "nha-credit"), and an activity without a certificate says "missing". Its words,
/// dates, status words (<see cref="TranscriptGlossary"/>) and the packs' words (<see cref="PackWords"/>) are in the
/// current UI culture (the request's: the pack is downloaded from a page or the API); the document's title and the
/// footer's generation stamp keep ISO dates, as the manifest and the file names do.
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

    // TranscriptPdf.resx / .es.resx; Infrastructure reads its pair directly (AppText lives in Application).
    private static readonly ResourceManager Words = new(typeof(TranscriptPdf).FullName!, typeof(TranscriptPdf).Assembly);

    // Column titles' keys and widths (points); 720 points fit between the margins.
    private static readonly (string Title, double Width)[] ColumnKeys =
    [
        ("ColDate", 56), ("ColTitle", 170), ("ColProvider", 100), ("ColCategory", 80), ("ColAsPrinted", 80),
        ("ColCounted", 70), ("ColApproved", 48), ("ColVerification", 64), ("ColCertificate", 52),
    ];

    private readonly (string Title, double Width)[] Columns = [.. ColumnKeys.Select(c => (W(c.Title), c.Width))];

    private readonly PdfDocument document = new();
    private readonly CycleEvidence evidence;
    private readonly DateTimeOffset generatedAt;
    private readonly TranscriptGlossary glossary;
    private XGraphics? gfx;
    private PdfPage? page;
    private double y;

    private TranscriptPdf(CycleEvidence evidence, DateTimeOffset generatedAt, TranscriptGlossary glossary)
    {
        this.evidence = evidence;
        this.generatedAt = generatedAt;
        this.glossary = glossary;
    }

    /// <summary>Writes the transcript to <paramref name="output"/> (synchronously: PDFsharp has no async save).</summary>
    public static void Write(CycleEvidence evidence, DateTimeOffset generatedAt, Stream output, TranscriptGlossary glossary)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(glossary);
        TranscriptFonts.Register();
        using var pdf = new TranscriptPdf(evidence, generatedAt, glossary);
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
        document.Info.Title = W("InfoTitle", person.FullName, credential.PackCode, Iso(cycle.Start), Iso(cycle.Expires));
        document.Info.Author = "CmaRenewal";
        document.Info.Subject = $"{credential.PackTitle} {credential.Number}".Trim();
        document.Info.CreationDate = generatedAt.UtcDateTime;

        NewPage();
        Text(W("Heading", credential.PackTitle), titleFont, 20);
        Text($"{person.FullName} · {person.Email} · {person.ClinicName}", bodyFont);
        Text(credential.Number is null ? W("CredentialLine", credential.PackCode) : W("CredentialNumberLine", credential.PackCode, credential.Number), bodyFont);
        var window = evidence.Cycle.IsCurrent ? W("CurrentCycle") : W("PastCycle", evidence.Cycle.ClosedBy is { } closedBy ? Day(closedBy) : "");
        Text(W("CycleLine", cycle.Number, window, Day(cycle.Start), Day(cycle.Expires)) + (cycle.HasGrace ? W("GraceTo", Day(cycle.GraceEnds)) : ""), bodyFont);
        Text(W("CountsFrom", Day(cycle.EarnFrom), Day(cycle.EarnThrough), Day(evidence.Result.AsOf)), bodyFont);
        Text(W("StatusLine", glossary.Status(evidence.Result.Status), StatusJudge.Reason(evidence.Result)), bodyFont);
        y += 6;
        DrawRequirements();
        y += 8;
        DrawActivities();
        DrawFooters();
    }

    private void DrawRequirements()
    {
        Text(W("Requirements"), headingFont, 16);
        if (Progress is not { } progress)
        {
            Text(W("NoCeRequired"), bodyFont);
            return;
        }
        (string, double)[] columns = [(W("ColRequirement"), 220), (W("ColRequired"), 80), (W("ColEarned"), 80), (W("ColStillNeed"), 80)];
        Row(columns, ["", "", "", ""], cellBoldFont, header: [.. columns.Select(c => c.Item1)]);
        Row(columns, [W("TotalRow", PackWords.Of(progress.UnitName)), F(progress.Total.Required), F(progress.Total.Counted), F(progress.Total.Remaining)], cellFont);
        foreach (var category in progress.Categories)
            Row(columns, [PackWords.Of(category.Name), F(category.Minimum), F(category.Counted), F(category.Remaining)], cellFont);
        if (progress.Approved is { } approved)
            Row(columns, [W("ApprovedRow", progress.ApprovedLabel is { } label ? PackWords.Of(label) : W("ApprovedDefault")),
                F(approved.Required), F(approved.Counted), F(approved.Remaining)], cellFont);
        y += 2;
        Text(W("StillNeedLine", evidence.Result.StillNeed.Reworded()), bodyFont);
    }

    private void DrawActivities()
    {
        Text(W("CountedActivities", evidence.Counted.Count), headingFont, 16);
        if (evidence.Counted.Count == 0)
        {
            Text(W("NoActivity"), bodyFont);
            return;
        }
        var unit = PackWords.Of(Progress?.UnitName ?? "");
        ActivityHeader();
        foreach (var a in evidence.Counted)
        {
            var counted = a.Counted == a.Worth ? $"{F(a.Counted)} {unit}" : W("CountedOf", F(a.Counted), F(a.Worth), unit);
            string[] cells = [
                Day(a.CompletedOn), a.Title, a.Provider, a.CategoryText,
                $"{F(a.Amount)} {glossary.Unit(a.Unit, a.Amount)}", counted, W(a.ApprovedProvider ? "Yes" : "No"), W("Verification" + a.Verification),
                W(a.Certificate is null ? "Missing" : "Yes"),
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
        var stamp = W("Footer", generatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), evidence.Person.FullName,
            evidence.Credential.PackCode, Day(evidence.Cycle.Window.Start));
        for (var i = 0; i < count; i++)
        {
            var p = document.Pages[i];
            using var footer = XGraphics.FromPdfPage(p, XGraphicsPdfPageOptions.Append);
            var line = new XRect(Margin, p.Height.Point - Margin, p.Width.Point - 2 * Margin, 12);
            footer.DrawString(stamp, smallFont, XBrushes.Gray, line, XStringFormats.TopLeft);
            footer.DrawString(W("PageOf", i + 1, count), smallFont, XBrushes.Gray, line, XStringFormats.TopRight);
        }
    }

    private static string F(decimal amount) => StillNeed.Format(amount);

    private static string Day(DateOnly day) => ReadableDate.Of(day);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string W(string key) =>
        Words.GetString(key, CultureInfo.CurrentUICulture) ?? throw new MissingManifestResourceException($"No text '{key}' in TranscriptPdf.resx.");

    private static string W(string key, params object?[] values) => string.Format(CultureInfo.CurrentCulture, W(key), values);
}
