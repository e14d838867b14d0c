using System.Security.Cryptography;
using CmaRenewal.Application.Certificates;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Certificates;

/// <summary>Uploads are judged by content, stored under the data folder's certificates/, and refused past 10 MB.</summary>
public sealed class CertificateIntakeTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private string Folder => Path.Combine(app.DataDirectory, "certificates");

    [Fact]
    public async Task PngBytesNamedPdf_AreStoredAsPng_WithTheirDigest()
    {
        var (file, error) = await AcceptAsync("scan.pdf", CertificateBytes.Png);

        Assert.Null(error);
        Assert.Equal(CertificateSniffer.Png, file!.ContentType);
        Assert.Equal("scan.pdf", file.FileName);
        Assert.Equal(CertificateBytes.Png.Length, file.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(CertificateBytes.Png)), file.Sha256);
        Assert.Equal(CertificateBytes.Png, await File.ReadAllBytesAsync(Path.Combine(Folder, file.StorageKey), Ct));
    }

    [Fact]
    public async Task TextNamedPdf_IsRefused_AndNothingIsStored()
    {
        var (file, error) = await AcceptAsync("certificate.pdf", CertificateBytes.Text);

        Assert.Null(file);
        Assert.Equal(CertificateIntake.WrongType, error);
        Assert.True(!Directory.Exists(Folder) || Directory.GetFiles(Folder).Length == 0);
    }

    [Fact]
    public async Task TenMegabytesPlusOneByte_IsRefused_ButExactlyTenIsAccepted()
    {
        var tooBig = new byte[CertificateSniffer.MaxBytes + 1];
        CertificateBytes.Pdf.CopyTo(tooBig, 0);
        var justRight = tooBig[..^1];

        Assert.Equal((null, CertificateIntake.TooBig), await AcceptAsync("big.pdf", tooBig));
        Assert.Equal(CertificateSniffer.Pdf, (await AcceptAsync("ok.pdf", justRight)).File!.ContentType);
    }

    [Fact]
    public async Task StoredFile_OpensByKey_AndAForeignKeyOpensNothing()
    {
        var (file, _) = await AcceptAsync("card.jpg", CertificateBytes.Jpeg);
        var store = app.Services.GetRequiredService<ICertificateStore>();

        await using (var stream = store.OpenRead(file!.StorageKey)!)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, Ct);
            Assert.Equal(CertificateBytes.Jpeg, copy.ToArray());
        }
        Assert.Null(store.OpenRead("../cmarenewal.db"));
    }

    private async Task<(Core.ContinuingEducation.CertificateFile? File, string? Error)> AcceptAsync(string name, byte[] content)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CertificateIntake>().AcceptAsync(name, new MemoryStream(content), Ct);
    }
}
