using System.Text.RegularExpressions;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Reminders;
using static CmaRenewal.ComponentTests.Emails.EmailTestKit;

namespace CmaRenewal.ComponentTests.Emails;

/// <summary>
/// A reminders email reads in its recipient's language, whatever the culture of the code that sends it: the same
/// model, snapshotted in English and in Spanish (links' tokens blanked, since each render signs new ones).
/// </summary>
public sealed partial class EmailLanguageTests
{
    private static readonly StaffDigestSnapshot Digest = new(
        [new StaffDigestRow(1, "Tom Nguyen", "Riverside", "RMA-AMT", CredentialStatus.InGrace, Dates.D("2026-10-31"), "4 more points")], 9);

    private static Reminder[] Day() => [Reminder(ReminderKind.CeDue, Aama), Reminder(ReminderKind.FeeDue, Aama), Reminder(ReminderKind.StaffDigest, Digest)];

    private const string EnglishText = """
        3 reminders for Nov 30

        CONTINUING EDUCATION
        CMA-AAMA: CE due in 30 days
        You still need 6 more points: at least 4 clinical, complete by Dec 30, 2026.

        FEES
        CMA-AAMA: fee due in 30 days
        Your fee of $125.00 is due by Dec 30, 2026.

        YOUR STAFF
        {0} credential needs attention
        1 of 9 credentials need attention:
        - Tom Nguyen (Riverside) · RMA-AMT · {1} · expires Oct 31, 2026 · 4 more points

        --
        You get this email because your credentials are tracked in CmaRenewal and you manage staff there. At most one email a day, in your local morning.
        Email preferences: https://renewals.example.org/me/profile
        Stop CE reminders: https://renewals.example.org/email/unsubscribe?token=…
        Stop fee reminders: https://renewals.example.org/email/unsubscribe?token=…
        Stop staff digests and escalations: https://renewals.example.org/email/unsubscribe?token=…
        Snooze all reminders for 7 days: https://renewals.example.org/email/snooze?token=…

        """;

    private const string SpanishText = """
        3 recordatorios para el {2}

        EDUCACIÓN CONTINUA (EC)
        CMA-AAMA: la EC vence en 30 días
        Todavía necesita 6 more points: at least 4 clinical; complételo a más tardar el 30 dic 2026.

        CUOTAS DE RENOVACIÓN
        CMA-AAMA: la cuota de renovación vence en 30 días
        Su cuota de renovación de $125.00 vence el 30 dic 2026.

        SU PERSONAL
        {0} credencial necesita atención
        1 de 9 credenciales necesitan atención:
        - Tom Nguyen (Riverside) · RMA-AMT · {1} · vence el 31 oct 2026 · 4 more points

        --
        Recibe este correo porque sus credenciales se controlan en CmaRenewal y usted administra personal allí. Como máximo un correo al día, por la mañana en su hora local.
        Preferencias de correo: https://renewals.example.org/me/profile
        Dejar de recibir recordatorios de EC: https://renewals.example.org/email/unsubscribe?token=…
        Dejar de recibir recordatorios de cuotas de renovación: https://renewals.example.org/email/unsubscribe?token=…
        Dejar de recibir resúmenes del personal y escalamientos: https://renewals.example.org/email/unsubscribe?token=…
        Pausar todos los recordatorios durante 7 días: https://renewals.example.org/email/snooze?token=…

        """;

    [Fact]
    public async Task Snapshot_English()
    {
        var email = await new EmailTestKit().RenderForAsync("en", "2026-11-30", Day());

        Assert.Equal(Expected(EnglishText, "en"), Blank(email.TextBody));
        Assert.Equal("3 reminders for Nov 30", email.Subject);
        Assert.Equal("en", Parse(email.HtmlBody).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Snapshot_Spanish_SameModel()
    {
        var email = await new EmailTestKit().RenderForAsync("es", "2026-11-30", Day());

        Assert.Equal(Expected(SpanishText, "es"), Blank(email.TextBody));
        Assert.Equal("es", Parse(email.HtmlBody).DocumentElement.GetAttribute("lang"));
        var html = VisibleText(email.HtmlBody);
        Assert.Contains("Todavía necesita 6 more points: at least 4 clinical; complételo a más tardar el 30 dic 2026.", html, StringComparison.Ordinal);
        Assert.Contains("Su cuota de renovación de $125.00 vence el 30 dic 2026.", html, StringComparison.Ordinal);
        Assert.Equal(["Educación continua (EC)", "Cuotas de renovación", "Su personal"],
            Parse(email.HtmlBody).QuerySelectorAll("[data-section]").Select(e => e.GetAttribute("data-section")));
        Assert.Equal(["Persona", "Credencial", "Estado", "Vence", "Todavía necesita"], Parse(email.HtmlBody).QuerySelectorAll("th").Select(e => e.TextContent));
        Assert.Contains("30 dic 2026", Parse(email.HtmlBody).QuerySelectorAll("strong").Select(e => e.TextContent));
    }

    [Fact]
    public async Task ASpanishRecipient_GetsSpanish_WhileTheSenderRunsInEnglish()
    {
        using var sender = AppCulture.Use("en");

        var email = await new EmailTestKit().RenderForAsync("es", "2026-12-29", Reminder(ReminderKind.FeeDue, Aama));

        Assert.Equal("CMA-AAMA: la cuota de renovación vence en 1 día", email.Subject);
        Assert.StartsWith("CMA-AAMA: la cuota de renovación vence en 1 día", email.TextBody, StringComparison.Ordinal);
        Assert.Equal(AppCulture.English, System.Globalization.CultureInfo.CurrentUICulture);
    }

    [Fact]
    public async Task ARecipientWithNoLanguage_GetsEnglish_WhileTheSenderRunsInSpanish()
    {
        using var sender = AppCulture.Use("es");

        var email = await new EmailTestKit().RenderForAsync(null, "2026-12-29", Reminder(ReminderKind.FeeDue, Aama));

        Assert.Equal("CMA-AAMA: fee due in 1 day", email.Subject);
        Assert.Contains("Your fee of $125.00 is due by Dec 30, 2026.", VisibleText(email.HtmlBody), StringComparison.Ordinal);
    }

    // The status words are the glossary's, read in the email's language (ComplianceWording).
    private static string Expected(string template, string language)
    {
        using var culture = AppCulture.Use(language);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, template, 1,
            Application.Compliance.ComplianceWording.Status(CredentialStatus.InGrace),
            Application.Emails.EmailFormat.ShortDate(Dates.D("2026-11-30"))).ReplaceLineEndings("\n");
    }

    private static string Blank(string text) => Token().Replace(text.ReplaceLineEndings("\n"), "token=…");

    [GeneratedRegex(@"token=[^\s]+")]
    private static partial Regex Token();
}
