using CmaRenewal.Web.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CmaRenewal.Web.Api;

/// <summary>
/// Names the API, gives its server as <c>App:BaseUrl</c> (not the Host the document was fetched with), and says every
/// operation takes a personal access token as a bearer token.
/// </summary>
internal sealed class ApiDocumentTransformer(AppBaseUrl baseUrl) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "CmaRenewal API",
            Version = "v1",
            Description = "People, credentials, CE activities, compliance and what-if evaluation. Authenticate with a personal access " +
                "token made on /me/tokens, sent as 'Authorization: Bearer cma_…'; it acts with its owner's permissions. " +
                "Errors are RFC 7807 problem documents; lists take page and pageSize and return items with the total.",
        };
        document.Servers = [new OpenApiServer { Url = baseUrl.Origin }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "cma_…",
            Description = "A personal access token from /me/tokens.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
        return Task.CompletedTask;
    }
}
