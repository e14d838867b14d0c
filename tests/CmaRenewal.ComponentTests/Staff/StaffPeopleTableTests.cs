using CmaRenewal.Application.Localization;
using CmaRenewal.Application.People;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Web.Features.Staff.People;

namespace CmaRenewal.ComponentTests.Staff;

/// <summary>"Manage staff": the manager of a clinic sees its people with their role and state in the reader's language.</summary>
public sealed class StaffPeopleTableTests : MudBlazorTestContext
{
    private static readonly AccessScope Manager = new(1, PersonRole.Manager, new HashSet<long> { 10 });

    private static readonly IReadOnlyList<StaffMember> People =
    [
        new(2, "Ana Lopez", "ana@example.org", 10, "Riverside", PersonRole.Assistant, IsActive: true),
        new(3, "Ben Ray", "ben@example.org", 10, "Riverside", PersonRole.Assistant, IsActive: false),
    ];

    [Theory]
    [InlineData("en", "Role", "Assistant", "Active", "Deactivate", "Reactivate")]
    [InlineData("es", "Función", "Asistente", "Activo", "Desactivar", "Reactivar")]
    public void PeopleAndTheirActions_ReadInTheCulture(string language, string roleHeader, string role, string active, string deactivate, string reactivate)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render<StaffPeopleTable>(p => p.Add(t => t.People, People).Add(t => t.Access, Manager));

            Assert.Contains(roleHeader, cut.FindAll("th").Select(th => th.TextContent.Trim()));
            var ana = cut.FindAll("tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
            Assert.Equal(["Ana Lopez", "ana@example.org", "Riverside", role, active, deactivate], ana);
            Assert.Equal(reactivate, cut.FindAll("tbody tr")[1].QuerySelector("button")!.TextContent.Trim());
        }
    }
}
