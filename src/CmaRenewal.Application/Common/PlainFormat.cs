using System.Globalization;

namespace CmaRenewal.Application.Common;

/// <summary>
/// How text read away from the app (emails, calendar events) writes dates and amounts: dates spelled out, invariant
/// culture so a server's locale never changes what people get.
/// </summary>
public static class PlainFormat
{
    public static string Date(DateOnly day) => day.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>Dollars as "$125.00" (the rule packs' fees and the app's fee form are in USD); other currencies keep their code.</summary>
    public static string Money(decimal amount, string? currency) =>
        currency is null or "USD"
            ? "$" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture)
            : amount.ToString("#,##0.00", CultureInfo.InvariantCulture) + " " + currency;
}
