using System.Text.Json;
using CmaRenewal.Application.AuditPacks;

namespace CmaRenewal.UnitTests.AuditPacks;

/// <summary><c>manifest.json</c> is read by auditors' tools: camelCase names, ISO dates, absent rather than null.</summary>
public sealed class AuditPackManifestTests
{
    private static readonly AuditPackManifest Manifest = new(
        new DateTimeOffset(2026, 11, 27, 3, 30, 0, TimeSpan.Zero),
        new ManifestPerson(3, "Maria Lopez", "maria@example.test", "Main St"),
        new ManifestCredential(1, "CMA-AAMA", "Certified Medical Assistant", null),
        new ManifestCycle(2, D("2025-03-10"), D("2030-03-31"), D("2025-03-10"), D("2030-03-01"), D("2026-11-26"), true),
        [new ManifestFile("transcript.pdf", "aa11", 2048), new ManifestFile("certificates/a-17.pdf", "bb22", 10, 17, false)],
        [new ManifestMissing(18, "BLS refresher")]);

    [Fact]
    public async Task Write_TheFieldsAuditorsRead()
    {
        using var root = await WrittenAsync();

        var json = root.RootElement;
        Assert.Equal("2026-11-27T03:30:00+00:00", json.GetProperty("generatedAt").GetString());
        Assert.Equal("Main St", json.GetProperty("person").GetProperty("clinic").GetString());
        Assert.False(json.GetProperty("credential").TryGetProperty("number", out _));
        Assert.Equal("2030-03-31", json.GetProperty("cycle").GetProperty("expires").GetString());
        Assert.True(json.GetProperty("cycle").GetProperty("current").GetBoolean());
        var transcript = json.GetProperty("files")[0];
        Assert.Equal(["path", "sha256", "size"], transcript.EnumerateObject().Select(p => p.Name));
        var certificate = json.GetProperty("files")[1];
        Assert.Equal((17, false), (certificate.GetProperty("activityId").GetInt64(), certificate.GetProperty("matchesUpload").GetBoolean()));
        Assert.Equal("BLS refresher", json.GetProperty("missingCertificates")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Read_GivesBackWhatWasWritten()
    {
        using var stream = new MemoryStream();
        await Manifest.WriteAsync(stream, TestContext.Current.CancellationToken);
        stream.Position = 0;

        var read = await AuditPackManifest.ReadAsync(stream, TestContext.Current.CancellationToken);

        Assert.Equal(Manifest.GeneratedAt, read?.GeneratedAt);
        Assert.Equal(Manifest.Person, read?.Person);
        Assert.Equal(Manifest.Credential, read?.Credential);
        Assert.Equal(Manifest.Cycle, read?.Cycle);
        Assert.Equal(Manifest.Files, read?.Files ?? []);
        Assert.Equal(Manifest.MissingCertificates, read?.MissingCertificates ?? []);
    }

    private static async Task<JsonDocument> WrittenAsync()
    {
        using var stream = new MemoryStream();
        await Manifest.WriteAsync(stream, TestContext.Current.CancellationToken);
        return JsonDocument.Parse(stream.ToArray());
    }
}
