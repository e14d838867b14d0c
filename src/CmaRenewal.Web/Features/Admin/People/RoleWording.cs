using CmaRenewal.Application.Localization;
using CmaRenewal.Core.People;

namespace CmaRenewal.Web.Features.Admin.People;

/// <summary>A role as people read it; the enum name stays the machine value (claims, API).</summary>
public static class RoleWording
{
    private static readonly AppText Text = new(typeof(RoleWording));

    public static string Label(PersonRole role) => Text[role.ToString()];
}
