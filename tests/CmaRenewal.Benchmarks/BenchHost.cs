using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.Benchmarks;

/// <summary>The app's own modules (persistence, engine, queries) over the benchmark database, on a fixed date.</summary>
internal static class BenchHost
{
    public static IHost Create(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Benchmark" });
        builder.Configuration["Storage:DataDirectory"] = Path.GetDirectoryName(databasePath);
        builder.Configuration["ConnectionStrings:CmaRenewal"] = SqliteFiles.ConnectionStringFor(databasePath);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(BenchSettings.AsOf, TimeOnly.MinValue, TimeSpan.Zero)));
        builder.AddCmaPersistence();
        builder.AddCmaCompliance();
        builder.AddCmaReminders();
        return builder.Build();
    }
}
