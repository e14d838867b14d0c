using System.Globalization;
using System.Text;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Infrastructure.Storage;

namespace CmaRenewal.Application.AuditPacks;

/// <summary>File names inside and of the pack: derived only from stored data, so the same cycle always gives the same names.</summary>
public static class AuditPackNames
{
    public const string Transcript = "transcript.pdf";
    public const string Manifest = "manifest.json";

    public static string Certificate(CountedActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var file = activity.Certificate ?? throw new ArgumentException("The activity has no certificate.", nameof(activity));
        var extension = CertificateSniffer.ExtensionFor(file.ContentType);
        // Slug never returns "" (it says "untitled"), so a name with no usable extension is caught before slugging.
        var typed = Path.GetExtension(file.FileName);
        if (extension.Length == 0) extension = typed.Any(char.IsAsciiLetterOrDigit) ? "." + Slug(typed) : ".bin";
        return string.Create(CultureInfo.InvariantCulture,
            $"certificates/{activity.CompletedOn:yyyy-MM-dd}-{Slug(activity.Title, 60)}-{activity.Id}{extension}");
    }

    public static string Pack(CycleEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return string.Create(CultureInfo.InvariantCulture,
            $"audit-pack-{Slug(evidence.Person.FullName, 40)}-{Slug(evidence.Credential.PackCode)}-{evidence.Cycle.Window.Start:yyyy-MM-dd}.zip");
    }

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens; accents dropped, everything else a separator.</summary>
    public static string Slug(string text, int maxLength = 80)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            if (slug.Length >= maxLength) break;
        }
        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "untitled" : result;
    }
}
