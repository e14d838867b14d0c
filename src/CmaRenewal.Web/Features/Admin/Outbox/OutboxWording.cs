using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Web.Features.Admin.Outbox;

/// <summary>
/// An outbox row's status and purpose as the admin reads them. The enum names stay the machine values (filters,
/// <c>data-status</c>); only what is shown is translated.
/// </summary>
public static class OutboxWording
{
    private static readonly AppText Text = new(typeof(OutboxWording));

    public static string Status(OutboxStatus status) => Text["Status" + status];

    public static string Purpose(OutboxPurpose purpose) => Text["Purpose" + purpose];
}
