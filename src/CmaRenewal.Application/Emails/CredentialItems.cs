using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Application.Emails;

public sealed record CeDueItem(string PackCode, int DaysLeft, DateOnly CompleteBy, string StillNeed) : EmailItem(ReminderKind.CeDue)
{
    public override string Title => $"{PackCode}: CE due in {EmailFormat.Days(DaysLeft)}";

    public override IEnumerable<string> TextLines() => [$"You still need {StillNeed}, complete by {EmailFormat.Date(CompleteBy)}."];
}

public sealed record FeeDueItem(string PackCode, int DaysLeft, DateOnly DueOn, decimal? Amount, string? Currency) : EmailItem(ReminderKind.FeeDue)
{
    public override string Title => $"{PackCode}: fee due in {EmailFormat.Days(DaysLeft)}";

    /// <summary>"$125.00", or null when the rule pack publishes no amount.</summary>
    public string? AmountText => Amount is { } amount ? EmailFormat.Money(amount, Currency) : null;

    public override IEnumerable<string> TextLines() =>
        [AmountText is null ? $"Your fee is due by {EmailFormat.Date(DueOn)}." : $"Your fee of {AmountText} is due by {EmailFormat.Date(DueOn)}."];
}

public sealed record ExpiresSoonItem(string PackCode, int DaysLeft, DateOnly Expires, string StatusReason) : EmailItem(ReminderKind.ExpiresSoon)
{
    public override string Title => $"{PackCode} expires in {EmailFormat.Days(DaysLeft)}";

    public override IEnumerable<string> TextLines() => [$"Your {PackCode} expires on {EmailFormat.Date(Expires)}.", StatusReason];
}

public sealed record ExpiresTodayItem(string PackCode, DateOnly Expires, DateOnly GraceEnds) : EmailItem(ReminderKind.ExpiresToday)
{
    public override string Title => $"{PackCode} expires today";

    public string NextStep => GraceEnds > Expires
        ? $"You can still renew with CE until {EmailFormat.Date(GraceEnds)}, but you may not use the credential while it is expired."
        : "After today it is no longer valid; renew as soon as you can.";

    public override IEnumerable<string> TextLines() => [$"Your {PackCode} expires today, {EmailFormat.Date(Expires)}.", NextStep];
}

public sealed record InGraceItem(string PackCode, DateOnly Expires, DateOnly GraceEnds, string StillNeed, bool CeShort) : EmailItem(ReminderKind.InGrace)
{
    public override string Title => $"{PackCode} expired: renew by {EmailFormat.Date(GraceEnds)}";

    public override IEnumerable<string> TextLines() => CeShort
        ? [$"Your {PackCode} expired on {EmailFormat.Date(Expires)}. You can still renew with CE until {EmailFormat.Date(GraceEnds)}.", $"You still need {StillNeed}."]
        : [$"Your {PackCode} expired on {EmailFormat.Date(Expires)}. You can still renew with CE until {EmailFormat.Date(GraceEnds)}."];
}

public sealed record LapsedItem(string PackCode, DateOnly GraceEnds, string WhatNow) : EmailItem(ReminderKind.Lapsed)
{
    public override string Title => $"{PackCode} has lapsed";

    public override IEnumerable<string> TextLines() =>
        [$"The last day to renew your {PackCode} with CE was {EmailFormat.Date(GraceEnds)}.", $"What now: {WhatNow}"];
}

public sealed record MissingCredentialItem(string Codes, string AddYours) : EmailItem(ReminderKind.MissingCredential)
{
    public override string Title => AddYours;

    public override IEnumerable<string> TextLines() =>
        [$"Your role requires {(Codes.Contains('|', StringComparison.Ordinal) ? "one of " + Codes.Replace("|", ", ", StringComparison.Ordinal) : Codes)}, and none is on file yet.",
         "Add it on My credentials so its deadlines are tracked."];
}
