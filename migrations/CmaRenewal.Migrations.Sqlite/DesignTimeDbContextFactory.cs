using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace CmaRenewal.Migrations.Sqlite;

/// <summary>
/// Lets dotnet-ef build the SQLite model without starting the web app. The file name only matters to
/// <c>database update</c>; pass another connection string after <c>--</c>.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CmaRenewalDbContext>
{
    public CmaRenewalDbContext CreateDbContext(string[] args) =>
        new(CmaRenewalDbOptions.Create(DatabaseProvider.Sqlite, args.FirstOrDefault() ?? "Data Source=design-time.db"));
}
