using CmaRenewal.Core.Reminders;
using static CmaRenewal.Application.Emails.EmailWords;

namespace CmaRenewal.Application.Emails;

public sealed record CeDueItem(string PackCode, int DaysLeft, DateOnly CompleteBy, string StillNeed) : EmailItem(ReminderKind.CeDue)
{
    public override string Title => Format("CeDueTitle", PackCode, EmailFormat.Days(DaysLeft));

    public override IEnumerable<EmailLine> Lines() => [Line("CeDueLine", StillNeed, EmailFormat.Date(CompleteBy))];
}

public sealed record FeeDueItem(string PackCode, int DaysLeft, DateOnly DueOn, decimal? Amount, string? Currency) : EmailItem(ReminderKind.FeeDue)
{
    public override string Title => Format("FeeDueTitle", PackCode, EmailFormat.Days(DaysLeft));

    /// <summary>"$125.00", or null when the rule pack publishes no amount.</summary>
    public string? AmountText => Amount is { } amount ? EmailFormat.Money(amount, Currency) : null;

    public override IEnumerable<EmailLine> Lines() =>
        [AmountText is null ? Line("FeeDueLine", EmailFormat.Date(DueOn)) : Line("FeeDueAmountLine", AmountText, EmailFormat.Date(DueOn))];
}

public sealed record ExpiresSoonItem(string PackCode, int DaysLeft, DateOnly Expires, string StatusReason) : EmailItem(ReminderKind.ExpiresSoon)
{
    public override string Title => Format("ExpiresSoonTitle", PackCode, EmailFormat.Days(DaysLeft));

    public override IEnumerable<EmailLine> Lines() => [Line("ExpiresSoonLine", PackCode, EmailFormat.Date(Expires)), EmailLine.Plain(StatusReason)];
}

public sealed record ExpiresTodayItem(string PackCode, DateOnly Expires, DateOnly GraceEnds) : EmailItem(ReminderKind.ExpiresToday)
{
    public override string Title => Format("ExpiresTodayTitle", PackCode);

    public string NextStep => GraceEnds > Expires ? Format("ExpiresTodayGrace", EmailFormat.Date(GraceEnds)) : Get("ExpiresTodayNoGrace");

    public override IEnumerable<EmailLine> Lines() => [Line("ExpiresTodayLine", PackCode, EmailFormat.Date(Expires)), EmailLine.Plain(NextStep)];
}

public sealed record InGraceItem(string PackCode, DateOnly Expires, DateOnly GraceEnds, string StillNeed, bool CeShort) : EmailItem(ReminderKind.InGrace)
{
    public override string Title => Format("InGraceTitle", PackCode, EmailFormat.Date(GraceEnds));

    public override IEnumerable<EmailLine> Lines()
    {
        var expired = Line("InGraceLine", PackCode, EmailFormat.Date(Expires), EmailFormat.Date(GraceEnds));
        return CeShort ? [expired, Line("InGraceStillNeed", StillNeed)] : [expired];
    }
}

public sealed record LapsedItem(string PackCode, DateOnly GraceEnds, string WhatNow) : EmailItem(ReminderKind.Lapsed)
{
    public override string Title => Format("LapsedTitle", PackCode);

    public override IEnumerable<EmailLine> Lines() => [Line("LapsedLine", PackCode, EmailFormat.Date(GraceEnds)), Line("LapsedWhatNow", WhatNow)];
}

public sealed record MissingCredentialItem(string Codes, string AddYours) : EmailItem(ReminderKind.MissingCredential)
{
    public override string Title => AddYours;

    public override IEnumerable<EmailLine> Lines() =>
    [
        Codes.Contains('|', StringComparison.Ordinal)
            ? Line("MissingRequiresOneOf", Codes.Replace("|", ", ", StringComparison.Ordinal))
            : Line("MissingRequires", Codes),
        Line("MissingAddIt"),
    ];
}
