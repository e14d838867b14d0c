using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>
/// Records the DbContexts created and the SQL commands each sent against one app's data folder while it is alive,
/// through EF Core's DiagnosticListener. Other tests run in parallel in this process, so events on other databases
/// are ignored. Commands run on a raw <c>DbCommand</c> (the CE totals reader) bypass EF and are not seen.
/// </summary>
public sealed class EfTraffic : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string dataDirectory;
    private readonly IDisposable allListeners;
    private readonly ConcurrentBag<IDisposable> subscriptions = [];
    private readonly ConcurrentQueue<EfCommand> commands = new();
    private int contexts;

    public EfTraffic(string dataDirectory)
    {
        this.dataDirectory = dataDirectory;
        allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Contexts => contexts;
    public IReadOnlyList<EfCommand> Commands => [.. commands];

    public void Dispose()
    {
        allListeners.Dispose();
        foreach (var subscription in subscriptions) subscription.Dispose();
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name) subscriptions.Add(value.Subscribe(this));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == CoreEventId.ContextInitialized.Name && value.Value is ContextInitializedEventData init && IsOurs(init.Context))
            Interlocked.Increment(ref contexts);
        else if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData command
                 && command.Command.Connection?.ConnectionString.Contains(dataDirectory, StringComparison.Ordinal) == true)
            commands.Enqueue(new EfCommand(command.Context?.ContextId.InstanceId ?? Guid.Empty, command.Command.CommandText));
    }

    private bool IsOurs(DbContext context) =>
        context.Database.GetConnectionString()?.Contains(dataDirectory, StringComparison.Ordinal) == true;

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }
}

/// <summary>One SQL command and the DbContext instance that sent it.</summary>
public sealed record EfCommand(Guid Context, string Sql);
