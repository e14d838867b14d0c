namespace CmaRenewal.Infrastructure.Identity;

/// <summary>Claim types and policy names the app adds on top of Identity's.</summary>
public static class AppClaims
{
    /// <summary>The signed-in account's <c>Person</c> id.</summary>
    public const string PersonId = "cma:person";

    /// <summary>The person's chosen language (absent: the browser's language decides).</summary>
    public const string Language = "cma:language";

    public const string AdminPolicy = "Admin";
    public const string ManagerPolicy = "Manager";
}
