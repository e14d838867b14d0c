using CmaRenewal.Core.People;

namespace CmaRenewal.Infrastructure.Access;

/// <summary>A person as the access rules judge them: who, in which home clinic, with which role.</summary>
public sealed record PersonRef(long Id, long ClinicId, PersonRole Role);
