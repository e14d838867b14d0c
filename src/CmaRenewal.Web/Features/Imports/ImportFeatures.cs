using System.Text;
using CmaRenewal.Infrastructure.Identity;

namespace CmaRenewal.Web.Features.Imports;

public static class ImportFeatures
{
    /// <summary>CSV imports of people, credentials and CE activities (the upload page; the verb uses the same service).</summary>
    public static IHostApplicationBuilder AddImportFeatures(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<CsvImport>();
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
