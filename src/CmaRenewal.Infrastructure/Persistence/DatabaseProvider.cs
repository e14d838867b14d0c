namespace CmaRenewal.Infrastructure.Persistence;

/// <summary>The databases the app runs on: SQLite on one machine, SQL Server when scaled out.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
