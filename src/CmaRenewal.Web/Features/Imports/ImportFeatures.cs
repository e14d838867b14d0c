using System.Diagnostics.CodeAnalysis;
using System.Text;
using CmaRenewal.Application.Imports;
using CmaRenewal.Infrastructure.Identity;

// The feature folder is Imports, like its neighbours' plural names; no Visual Basic code consumes this assembly.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace",
    Target = "~N:CmaRenewal.Web.Features.Imports", Justification = "Feature folder name; the app is not consumed from VB.")]

namespace CmaRenewal.Web.Features.Imports;

public static class ImportFeatures
{
    /// <summary>CSV imports of people, credentials and CE activities (the upload page; the verb runs the same use case).</summary>
    public static IHostApplicationBuilder AddImportFeatures(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<ImportHandler>();
        return builder;
    }

    /// <summary><c>GET /import/templates/{people|credentials|activities}.csv</c>: header plus one example row, for managers and admins.</summary>
    public static WebApplication MapImportFeatures(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/import/templates/{name}.csv", (string name) => ImportColumns.TryParse(name, out var kind)
                ? Results.File(Encoding.UTF8.GetBytes(ImportColumns.Template(kind)), "text/csv; charset=utf-8", $"{kind.Name()}.csv")
                : Results.NotFound())
            .RequireAuthorization(AppClaims.ManagerPolicy);
        return app;
    }
}
