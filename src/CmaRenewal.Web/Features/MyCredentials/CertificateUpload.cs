using CmaRenewal.Application.Certificates;
using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Infrastructure.Storage;
using Microsoft.AspNetCore.Components.Forms;

namespace CmaRenewal.Web.Features.MyCredentials;

/// <summary>A certificate chosen in the browser, read and checked before it is sent to a use case (the form and the attach button).</summary>
internal static class CertificateUpload
{
    /// <summary>The file ready to save, or the sentence saying why it cannot be.</summary>
    public static async Task<(PendingCertificate? File, string? Problem)> ReadAsync(IBrowserFile file, CancellationToken ct)
    {
        if (file.Size > CertificateSniffer.MaxBytes) return (null, CertificateIntake.TooBig);
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream(CertificateSniffer.MaxBytes, ct)) await stream.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        return CertificateIntake.Problem(bytes) is { } problem ? (null, problem) : (new PendingCertificate(file.Name, bytes), null);
    }
}
