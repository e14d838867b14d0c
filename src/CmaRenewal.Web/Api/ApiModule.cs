using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CmaRenewal.Core.People;
using CmaRenewal.Application.ApiTokens;
using CmaRenewal.Application.People;
using CmaRenewal.Application.Exports;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Scalar.AspNetCore;

namespace CmaRenewal.Web.Api;

/// <summary>
/// The REST API under <c>/api/v1</c>: personal access tokens only (never the cookie, so no cross-site request can
/// act for a signed-in browser), RFC 7807 problems for every error, an OpenAPI document at <c>/openapi/v1.json</c>
/// and a reference page at <c>/api/docs</c> whose script is served by the app itself.
/// </summary>
public static class ApiModule
{
    public const string Prefix = "/api/v1";
    public const string DocumentName = "v1";
    public const string DocsPath = "/api/docs";

    /// <summary>Signed in with a token; role checks add <see cref="ManagerPolicy"/>.</summary>
    public const string TokenPolicy = "ApiToken";

    /// <summary>A manager or admin, signed in with a token.</summary>
    public const string ManagerPolicy = "ApiManager";

    /// <summary>An admin, signed in with a token.</summary>
    public const string AdminPolicy = "ApiAdmin";

    public static IHostApplicationBuilder AddCmaApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(TokenPolicy, p => p.AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName).RequireAuthenticatedUser())
            .AddPolicy(ManagerPolicy, p => p.AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName)
                .RequireRole(nameof(PersonRole.Manager), nameof(PersonRole.Admin)))
            .AddPolicy(AdminPolicy, p => p.AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName).RequireRole(nameof(PersonRole.Admin)));
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(SnakeCaseAliases.Add);
        });
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddSchemaTransformer((schema, _, _) =>
            {
                foreach (var alias in schema.Properties?.Keys.Where(SnakeCaseAliases.IsAlias).ToList() ?? []) schema.Properties!.Remove(alias);
                return Task.CompletedTask;
            });
        });
        services.AddScoped<ApiTokenService>();
        services.AddScoped<ApiCaller>();
        services.AddScoped<PeopleQuery>();
        services.TryAddScoped<ComplianceExportRows>();
        return builder;
    }

    /// <summary>
    /// Maps every <c>/api/v1</c> resource group, the OpenAPI document and the reference page. Returns the group so
    /// later resources (the audit pack) join it with the same token policy, filters and problem handling.
    /// </summary>
    public static RouteGroupBuilder MapApiV1(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), api =>
        {
            api.Use(ProblemsOnlyAsync);
        });
        var group = app.MapGroup(Prefix)
            .RequireAuthorization(TokenPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPeople();
        group.MapCredentials();
        group.MapActivities();
        group.MapCompliance();
        group.MapComplianceExport();
        group.MapEvaluate();
        group.MapAuditPack();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference(DocsPath, options => options
            .WithTitle("CmaRenewal API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .AddDocument(DocumentName)
            // The test machines and many clinics' servers have no internet: no fonts from a CDN, and none of the
            // hosted extras (AI agent, telemetry, developer toolbar) that would call out.
            .DisableDefaultFonts()
            .DisableAgent()
            .DisableTelemetry()
            .HideDeveloperTools()
            .AddPreferredSecuritySchemes("Bearer"));
        return group;
    }

    // An API client wants a problem document, never the app's HTML "not found" page: status-code pages are off under
    // /api, and an error answered without a body (a JSON body that does not parse, an unknown route) gets one.
    private static async Task ProblemsOnlyAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        string? detail = null;
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted && ex.StatusCode != StatusCodes.Status413PayloadTooLarge)
        {
            // Development throws for unreadable input; other environments answer 400 with no body. Both end here. The
            // framework's own message names parameter types, so a 400 gets ours.
            context.Response.StatusCode = ex.StatusCode;
            detail = ex.StatusCode == StatusCodes.Status400BadRequest ? null : ex.Message;
        }
        catch (Exception ex) when (ex is not BadHttpRequestException && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            // Anything else is our fault: the operator gets the exception, the client a generic problem. An exception's
            // text can quote SQL, paths or settings, so none of it is sent.
            ApiLog.Unexpected(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiLog).FullName!),
                context.Request.Method, context.Request.Path, ex);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            detail = ApiProblems.StatusDetail(StatusCodes.Status500InternalServerError);
        }
        // A body past the size limit is answered by RequestBodyModule, which also closes the connection.
        if (context.Response.StatusCode is < 400 or StatusCodes.Status413PayloadTooLarge || context.Response.HasStarted
            || context.Response.ContentLength > 0) return;
        var status = context.Response.StatusCode;
        detail ??= ApiProblems.StatusDetail(status);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = ApiProblems.StatusTitle(status), Detail = detail },
        });
    }
}
