using CmaRenewal.Application.Common;

namespace CmaRenewal.Application.Emails;

/// <summary>
/// How emails write dates, amounts and counts. Dates are the recipient's calendar dates (milestones are already
/// days in their zone), spelled out because an email is read away from the app, in the recipient's language (the
/// renderer switches the culture to it, so a server's locale never changes what people get).
/// </summary>
public static class EmailFormat
{
    public static string Date(DateOnly day) => PlainFormat.Date(day);

    public static string ShortDate(DateOnly day) => PlainFormat.ShortDate(day);

    /// <summary>Dollars as "$125.00" (the rule packs' fees and the app's fee form are in USD); other currencies keep their code.</summary>
    public static string Money(decimal amount, string? currency) => PlainFormat.Money(amount, currency);

    public static string Days(int count) => count == 1 ? EmailWords.Get("DaysOne") : EmailWords.Format("DaysMany", count);
}
