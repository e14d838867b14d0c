using System.Security.Cryptography;
using System.Text;
using CmaRenewal.Core.Common;

namespace CmaRenewal.Infrastructure.Identity;

/// <summary>
/// A personal access token for the REST API. It acts with its owner's permissions. Only the SHA-256 of the secret
/// is stored: the secret is shown once, when the token is made, and cannot be recovered afterwards.
/// </summary>
public sealed class ApiToken
{
    public const int NameMaxLength = 100;
    public const int PrefixLength = 8;
    public const int HashLength = 64;

    /// <summary>Every secret starts with this, so a leaked one is recognisable (and greppable by secret scanners).</summary>
    public const string SecretPrefix = "cma_";

    // For EF Core.
    private ApiToken()
    {
        UserId = Name = Prefix = SecretHash = "";
    }

    private ApiToken(string userId, string name, string secret, DateTime createdAt, DateTime? expiresAt)
    {
        UserId = Require.Text(userId, 450, nameof(userId));
        Name = Require.Text(name, NameMaxLength, nameof(name));
        Prefix = secret[..PrefixLength];
        SecretHash = Hash(secret);
        CreatedAt = Require.Utc(createdAt, nameof(createdAt));
        if (expiresAt is { } expiry && Require.Utc(expiry, nameof(expiresAt)) <= createdAt)
            throw new ArgumentException("The expiry must be in the future.", nameof(expiresAt));
        ExpiresAt = expiresAt;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; }
    public string Name { get; private set; }

    /// <summary>The secret's first characters, to tell tokens apart in the list without revealing them.</summary>
    public string Prefix { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the whole secret.</summary>
    public string SecretHash { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime? ExpiresAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public DateTime? LastUsedAt { get; private set; }

    /// <summary>Makes a token and its secret; the caller shows the secret once and never stores it.</summary>
    public static (ApiToken Token, string Secret) Create(string userId, string name, DateTime now, DateTime? expiresAt)
    {
        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new ApiToken(userId, name, secret, now, expiresAt), secret);
    }

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public bool IsUsableAt(DateTime now) => RevokedAt is null && (ExpiresAt is not { } expiry || now < expiry);

    public void Revoke(DateTime now) => RevokedAt ??= Require.Utc(now, nameof(now));

    public void MarkUsed(DateTime now) => LastUsedAt = Require.Utc(now, nameof(now));
}
