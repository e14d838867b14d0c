using System.Globalization;
using System.Net;
using System.Text;
using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>
/// The fallback when the host registers no <see cref="IOutboxRenderer"/> (jobs and tools without the web project's
/// Razor templates): a plain list, one line per reminder, from each reminder's snapshot.
/// </summary>
public sealed class PlainOutboxRenderer : IOutboxRenderer
{
    public static readonly PlainOutboxRenderer Instance = new();

    // The fallback has no translations: it reads in English whatever the recipient's language.
    public Task<RenderedEmail> RenderAsync(OutboxEmail email, IReadOnlyList<Reminder> reminders, string? language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(reminders);
        var lines = reminders.SelectMany(Lines).ToList();
        var text = new StringBuilder("Here is where your credentials stand:\n\n");
        foreach (var line in lines) text.Append("- ").Append(line).Append('\n');
        var html = "<p>Here is where your credentials stand:</p><ul>"
            + string.Concat(lines.Select(l => $"<li>{WebUtility.HtmlEncode(l)}</li>")) + "</ul>";
        return Task.FromResult(new RenderedEmail(email.Subject, html, text.ToString(), email.ListUnsubscribe));
    }

    private static IEnumerable<string> Lines(Reminder reminder)
    {
        if (reminder.Kind == ReminderKind.StaffDigest)
            return ReminderPayloads.StaffDigest(reminder).Rows.Select(r =>
                Invariant($"{r.PersonName} ({r.ClinicName}), {r.PackCode}: {r.Status}{(r.Expires is { } e ? Invariant($", expires {e:yyyy-MM-dd}") : "")}. {r.StillNeed}"));
        if (reminder.Kind == ReminderKind.MissingCredential) return [ReminderLines.Missing(ReminderPayloads.Missing(reminder))];
        var c = ReminderPayloads.Credential(reminder);
        var who = c.PersonName is null ? "" : c.PersonName + ", ";
        return [Invariant($"{who}{c.CredentialName}: {c.StatusReason} Still needed: {c.StillNeed}. Expires {c.Expires:yyyy-MM-dd}.")];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
