using PdfSharp.Fonts;

namespace CmaRenewal.Infrastructure.Pdf;

/// <summary>
/// Serves DejaVu Sans (regular and bold) from the assembly's resources, so transcripts look the same on any server
/// whatever fonts it has installed. PDFsharp's resolver is process-wide and may only ever be given this one instance.
/// </summary>
public sealed class TranscriptFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans", Bold = "DejaVuSans-Bold";

    private static readonly TranscriptFonts Instance = new();
    private static readonly Lock Gate = new();

    private TranscriptFonts()
    {
    }

    /// <summary>Makes this the font resolver; safe to call before every transcript.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance)) GlobalFontSettings.FontResolver = Instance;
        }
    }

    // Every family asked for is DejaVu Sans: the transcript names no other, and a stray request must not fail a download.
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        using var resource = typeof(TranscriptFonts).Assembly.GetManifestResourceStream($"CmaRenewal.Fonts.{faceName}.ttf");
        if (resource is null) return null;
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    }
}
