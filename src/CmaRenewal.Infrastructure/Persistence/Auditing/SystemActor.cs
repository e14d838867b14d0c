using CmaRenewal.Core.Auditing;

namespace CmaRenewal.Infrastructure.Persistence.Auditing;

/// <summary>The actor when no person is behind a change: jobs, imports, the command line.</summary>
public sealed class SystemActor : ICurrentActor
{
    public const string SystemName = "system";

    public string Name => SystemName;
}
