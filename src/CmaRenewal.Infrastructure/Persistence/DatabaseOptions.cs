using System.ComponentModel.DataAnnotations;

namespace CmaRenewal.Infrastructure.Persistence;

/// <summary>
/// <c>Database:Provider</c> (Sqlite, the default, or SqlServer) and the connection string from
/// <c>ConnectionStrings:CmaRenewal</c>, which SQL Server requires and SQLite defaults to a file in the data folder.
/// </summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";
    public const string ConnectionStringName = "CmaRenewal";
    public const string SqliteFileName = "cmarenewal.db";

    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The validated <see cref="Provider"/>. A method, not a property: options validation reads every property,
    /// including on invalid options.
    /// </summary>
    public DatabaseProvider ResolveProvider() =>
        TryParse(Provider) ?? throw new InvalidOperationException($"Unknown Database:Provider '{Provider}'.");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var provider = TryParse(Provider);
        if (provider is null)
            yield return new ValidationResult(
                $"Database:Provider must be Sqlite or SqlServer, not '{Provider}'.", [nameof(Provider)]);
        else if (string.IsNullOrWhiteSpace(ConnectionString))
            yield return new ValidationResult(
                $"ConnectionStrings:{ConnectionStringName} is required when Database:Provider is {provider}.",
                [nameof(ConnectionString)]);
    }

    /// <summary>Names only, any case: "1" or "Postgres" are mistakes, not providers.</summary>
    internal static DatabaseProvider? TryParse(string? value) =>
        Enum.GetValues<DatabaseProvider>().Cast<DatabaseProvider?>()
            .FirstOrDefault(p => string.Equals(p.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase));
}
