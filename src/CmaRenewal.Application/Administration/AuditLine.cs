using CmaRenewal.Core.Auditing;

namespace CmaRenewal.Application.Administration;

/// <summary>One field's change in words: "Amount: 1.5 → 2".</summary>
public sealed record AuditChange(string Field, string? Before, string? After)
{
    public string Text => (Before, After) switch
    {
        (null, _) => $"{Field}: {After}",
        (_, null) => $"{Field}: {Before} {AuditFormatter.Removed}",
        _ => $"{Field}: {Before} → {After}",
    };
}

/// <summary>
/// One audit entry as the history reads it: who (a name where the actor is a person), what ("Changed credential
/// CMA-AAMA of Maria Lopez") and one line per changed field. The entity's type and id stay for filtering.
/// </summary>
public sealed record AuditLine(long Id, DateTime AtUtc, string Actor, string? ActorName, AuditAction Action, string EntityType,
    string EntityId, string What, IReadOnlyList<AuditChange> Changes);

/// <summary>Names for the ids an audit page mentions; an id missing here (a deleted row) is shown as "person #12".</summary>
public sealed record AuditNames(
    IReadOnlyDictionary<long, string> People,
    IReadOnlyDictionary<long, string> Clinics,
    IReadOnlyDictionary<long, string> Credentials,
    IReadOnlyDictionary<string, string> Actors)
{
    public static AuditNames None { get; } = new(new Dictionary<long, string>(), new Dictionary<long, string>(),
        new Dictionary<long, string>(), new Dictionary<string, string>());

    public string Person(long id) => People.TryGetValue(id, out var name) ? name : AuditFormatter.Numbered("PersonNumber", id);
    public string Clinic(long id) => Clinics.TryGetValue(id, out var name) ? name : AuditFormatter.Numbered("ClinicNumber", id);
    public string Credential(long id) => Credentials.TryGetValue(id, out var name) ? name : AuditFormatter.Numbered("CredentialNumber", id);
}
