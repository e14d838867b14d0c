namespace CmaRenewal.Core.Auditing;

/// <summary>
/// Port: who is making the change being saved, as it should read in the audit trail (a user name, or "system" for
/// jobs and imports). The web app supplies the signed-in user per circuit.
/// </summary>
public interface ICurrentActor
{
    string Name { get; }
}
