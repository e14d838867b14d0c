using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.TestKit.Persistence;

/// <summary>The app's services take an <see cref="IDbContextFactory{TContext}"/>; this one serves fixed options.</summary>
public sealed class OptionsDbContextFactory(DbContextOptions<CmaRenewalDbContext> options) : IDbContextFactory<CmaRenewalDbContext>
{
    public CmaRenewalDbContext CreateDbContext() => new(options);
}
