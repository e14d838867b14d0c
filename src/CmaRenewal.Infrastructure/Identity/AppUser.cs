using Microsoft.AspNetCore.Identity;

namespace CmaRenewal.Infrastructure.Identity;

/// <summary>
/// A sign-in account. Who the person is (name, clinic, role, active) lives on <c>Person</c>; the account only links
/// to it, so deactivating a person blocks sign-in without losing their history.
/// </summary>
public sealed class AppUser : IdentityUser
{
    public long? PersonId { get; set; }
}
