using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Web.Components;
using CmaRenewal.Web.Features.Access;
using Microsoft.AspNetCore.Components;

namespace CmaRenewal.Web.Features.Admin;

/// <summary>
/// An admin page or editor: it hands the signed-in admin to the use cases as their actor, with the component's
/// cancellation, as the CE and credential pages do.
/// </summary>
public abstract class AdminComponent : CancellableComponent
{
    [Inject] private CurrentUser Me { get; set; } = null!;

    protected Task<AccessScope> ActorAsync() => Me.ScopeAsync(Cancellation);
}
