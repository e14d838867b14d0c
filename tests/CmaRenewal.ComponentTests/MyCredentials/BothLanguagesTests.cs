using CmaRenewal.Application.Common;
using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Application.Localization;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Core.Rules;
using CmaRenewal.Web.Features.ApiTokens;
using CmaRenewal.Web.Features.Calendar;
using CmaRenewal.Web.Features.MyCredentials;
using CmaRenewal.Web.Features.MyCredentials.History;

namespace CmaRenewal.ComponentTests.MyCredentials;

/// <summary>The assistant's own components read in the culture they are rendered in: English, or Spanish.</summary>
public sealed class BothLanguagesTests : MudBlazorTestContext
{
    private static readonly EngineBuilder HalfDone = new EngineBuilder("CMA-AAMA", "2020-03-10")
        .Ce("2020-06-01", 30, Units.AamaCeu, "general");

    [Theory]
    [InlineData("en", "Total points", "Milestones", "Fee (recertification) due")]
    [InlineData("es", "Total de puntos", "Hitos", "Cuota (recertificación): vence el")]
    public void CredentialCard_ProgressFeeAndMilestones(string language, string total, string milestones, string fee)
    {
        using (AppCulture.Use(language))
        {
            var result = HalfDone.EvaluateOn("2022-06-01");
            var cut = Render<CredentialCard>(p => p.Add(c => c.Credential, new CredentialView(1, result.PackCode, "Certified Medical Assistant (AAMA)",
                "0123", HalfDone.CertifiedOn, null, null, null, Guid.NewGuid(), HalfDone.Credential, result, Core.AuditPacks.AuditReadiness.Ready)));

            Assert.Contains(total, cut.Find("[data-testid=progress-total]").TextContent, StringComparison.Ordinal);
            Assert.Equal(milestones, cut.Find("[data-testid=milestones]").GetAttribute("aria-label"));
            Assert.StartsWith(fee, cut.Find("[data-testid=fee-due]").TextContent.Trim(), StringComparison.Ordinal);
            var expiration = cut.Find($"[data-milestone={Core.Compliance.MilestoneKind.Expiration}]").TextContent;
            Assert.Contains(PlainFormat.Date(result.Cycle.Expires), expiration, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en", "Course title", "Counts toward", "Save")]
    [InlineData("es", "Título del curso", "Cuenta para", "Guardar")]
    public void CeActivityForm_LabelsAndButtons(string language, string title, string countsToward, string save)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render<CeActivityForm>(p => p.Add(f => f.Today, new DateOnly(2026, 6, 15))
                .Add(f => f.Credentials, [new CredentialOption(1, "CMA-AAMA", new HashSet<string> { Units.AamaCeu })]));

            Assert.Contains(title, cut.Markup, StringComparison.Ordinal);
            Assert.Contains(countsToward, cut.Markup, StringComparison.Ordinal);
            Assert.Equal(save, cut.Find("[data-testid=ce-save]").TextContent.Trim());
        }
    }

    [Theory]
    [InlineData("en", "No CE logged yet.", "Page 1 of 1 · 0 entries")]
    [InlineData("es", "Aún no hay EC registrada.", "Página 1 de 1 · 0 registros")]
    public void ActivityHistory_EmptyHistory(string language, string none, string position)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render<ActivityHistory>(p => p.Add(h => h.History, HistoryPage.Empty));

            Assert.Contains(none, cut.Find("[data-testid=history-table]").TextContent, StringComparison.Ordinal);
            Assert.Equal(position, cut.Find("[data-testid=history-position]").TextContent.Trim());
        }
    }

    [Theory]
    [InlineData("en", "Get calendar address", "You have no API tokens.", "Expires today")]
    [InlineData("es", "Obtener la dirección del calendario", "No tiene tokens de API.", "Vence hoy")]
    public void FeedCard_TokenTable_AndReminderLabels(string language, string getAddress, string noTokens, string expiresToday)
    {
        using (AppCulture.Use(language))
        {
            var card = Render<CalendarFeedCard>(p => p.Add(c => c.Title, "-").Add(c => c.What, "-"));
            var tokens = Render<ApiTokenTable>(p => p.Add(t => t.Rows, []).Add(t => t.Now, new DateTime(2026, 6, 15, 0, 0, 0, DateTimeKind.Utc)));

            Assert.Equal(getAddress, card.Find("[data-testid=calendar-feed-create]").TextContent.Trim());
            Assert.Equal(noTokens, tokens.Find("[data-testid=tokens-none]").TextContent.Trim());
            Assert.Equal(expiresToday, UpcomingRemindersList.LabelOf(new ReminderRung(ReminderKind.ExpiresToday, new DateOnly(2026, 6, 15), 0, new DateOnly(2026, 6, 15))));
        }
    }

    [Theory]
    [InlineData("en", "Pages are numbered from 1; showing page 1.")]
    [InlineData("es", "Las páginas se numeran desde 1; se muestra la página 1.")]
    public void HistoryAddress_SaysWhatWasWrongInTheReadersLanguage(string language, string problem)
    {
        using (AppCulture.Use(language))
        {
            Assert.Equal(problem, HistoryAddress.Read(0, null, null).Problem);
        }
    }
}
