namespace CmaRenewal.Web.Features.Access;

/// <summary>How far the signed-in user may go with one person: not at all (unknown or invisible), see, or also change.</summary>
public enum PersonAccess
{
    None,
    See,
    Change,
}
