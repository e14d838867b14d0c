using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace CmaRenewal.Migrations.SqlServer;

/// <summary>
/// Lets dotnet-ef build the SQL Server model without a server: adding migrations and scripting them never connect.
/// Pass a real connection string after <c>--</c> for <c>database update</c>.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CmaRenewalDbContext>
{
    private const string NoServer = "Server=(none);Database=CmaRenewal;Integrated Security=false;TrustServerCertificate=True";

    public CmaRenewalDbContext CreateDbContext(string[] args) =>
        new(CmaRenewalDbOptions.Create(DatabaseProvider.SqlServer, args.FirstOrDefault() ?? NoServer));
}
