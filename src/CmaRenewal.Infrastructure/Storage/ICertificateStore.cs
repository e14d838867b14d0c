namespace CmaRenewal.Infrastructure.Storage;

/// <summary>
/// Where certificate bytes live. Saving returns the key, digest and size that go on the activity's
/// <c>CertificateFile</c>; opening by key returns null when no such file is stored.
/// </summary>
public interface ICertificateStore
{
    Task<StoredCertificate> SaveAsync(Stream content, CancellationToken ct);

    Stream? OpenRead(string storageKey);

    /// <summary>Removes a file no row refers to (a save that failed after the file was stored); unknown keys are ignored.</summary>
    void Delete(string storageKey);
}

/// <summary>A saved file: <see cref="Sha256"/> is lower-case hex of exactly the stored bytes.</summary>
public sealed record StoredCertificate(string StorageKey, string Sha256, long SizeBytes);
