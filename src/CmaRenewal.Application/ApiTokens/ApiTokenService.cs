using CmaRenewal.Application.Localization;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.ApiTokens;

/// <summary>A token as its owner's list shows it: never the secret, only its first characters.</summary>
public sealed record ApiTokenRow(
    long Id, string Name, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? LastUsedAt, DateTime? RevokedAt)
{
    public bool IsUsableAt(DateTime now) => RevokedAt is null && (ExpiresAt is not { } expiry || now < expiry);
}

/// <summary>A new token and its secret, which is shown once and then only its hash exists.</summary>
public sealed record NewApiToken(ApiTokenRow Token, string Secret);

/// <summary>
/// Personal access tokens of one account: made, listed and revoked by their owner only. An expiry date is the last
/// day the token works (it stops at the end of that day, UTC). The actor is the account (its user id): tokens belong
/// to a sign-in, not to a person's role, so one account never sees or touches another's.
/// </summary>
public sealed class ApiTokenService(IDbContextFactory<CmaRenewalDbContext> factory, TimeProvider time)
{
    private static readonly AppText Text = new(typeof(ApiTokenService));

    public const int MaxActivePerUser = 20;

    public async Task<IReadOnlyList<ApiTokenRow>> ListAsync(string userId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(t => new ApiTokenRow(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt))
            .ToListAsync(ct);
    }

    public static string Gone => Text["Gone"];

    public async Task<UseCaseResult<NewApiToken>> CreateAsync(string userId, string? name, DateOnly? lastDay, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name)) errors["Name"] = Text["NameTheToken"];
        else if (name.Trim().Length > ApiToken.NameMaxLength) errors["Name"] = Text.Format("NameTooLong", ApiToken.NameMaxLength);
        DateTime? expiresAt = lastDay?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        if (expiresAt <= now) errors["ExpiresOn"] = Text["ChooseExpiry"];
        if (errors.Count > 0) return UseCaseResult<NewApiToken>.Invalid(errors);

        await using var db = await factory.CreateDbContextAsync(ct);
        var active = await db.ApiTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), ct);
        if (active >= MaxActivePerUser) return UseCaseResult<NewApiToken>.Invalid("Name", Text.Format("TooManyTokens", MaxActivePerUser));
        var (token, secret) = ApiToken.Create(userId, name!.Trim(), now, expiresAt);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return UseCaseResult<NewApiToken>.Done(
            new NewApiToken(new ApiTokenRow(token.Id, token.Name, token.Prefix, token.CreatedAt, token.ExpiresAt, null, null), secret));
    }

    /// <summary>Done with the token's id; not found when the owner has no such token. Revoking twice keeps the first time.</summary>
    public async Task<UseCaseResult<long>> RevokeAsync(string userId, long tokenId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct);
        if (token is null) return UseCaseResult<long>.NotFound(Gone);
        token.Revoke(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return UseCaseResult<long>.Done(tokenId);
    }
}
