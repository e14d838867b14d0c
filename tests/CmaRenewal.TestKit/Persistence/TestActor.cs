using CmaRenewal.Core.Auditing;

namespace CmaRenewal.TestKit.Persistence;

/// <summary>A named actor, so tests can tell whose changes the audit trail recorded.</summary>
public sealed record TestActor(string Name) : ICurrentActor
{
    public const string DefaultName = "test.user@example.org";
}
